package org.scorebook.write;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.CellRef;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.score.Scorer;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.TestWorkbooks;

/**
 * A small evaluation in the shape of seed 001 (2017 platform maintenance), built with {@link
 * TestWorkbooks}: as the POI workbook an evaluator fills in, and as the scorecard the real reader
 * and scorer make of it.
 *
 * <p>The workbook has the sheets 项目信息, 指标评分, 评价结论 and 其他 (the template's other sheets are left
 * out). 指标评分 has its header on row 1 and the eight input columns A–H only, so the writer appends 得分
 * at I, 得分率 at J and 校验结果 at K; the sheet 其他 holds a user formula {@code =指标评分!I3*2} on the 得分 of
 * A1.
 */
public final class SampleWorkbook {
  static final String INDICATORS = "指标评分";
  static final String PROJECT = "项目信息";
  static final String OTHER = "其他";

  /** The file name the scorecard's evaluation was read from. */
  private static final String SOURCE = "评价-2017.xlsx";

  public static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2024, 5, 6, 14, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
  public static final String VERSION = "0.1.0-test";

  /** The value cell of 预算金额 (19.369) on 项目信息, below the header and seven other facts. */
  static final CellRef BUDGET = CellRef.of(PROJECT, 8, 1);

  static final int SCORE_COLUMN = 8;
  static final int RATE_COLUMN = 9;
  static final int CHECK_COLUMN = 10;

  /** The leaf whose deduction has no 评分说明, which gives the sample's one warning. */
  private static final String UNEXPLAINED = "A2";

  /** The leaf {@link Card#withError} scores by {@link #MISTYPED_FORMULA}. */
  private static final String MISTYPED = "B1.1";

  /** B1.1's 评分公式 for {@link Card#withError}: 预算全额 is a typo for 预算金额. */
  private static final String MISTYPED_FORMULA = "分值 * min(实际支出 / 预算全额, 1)";

  /**
   * A row of 指标评分, sheet rows 1.. in list order. A leaf's {@code score} is typed as its 人工得分; a
   * parent's is what the scorer should sum it to.
   */
  record Line(String code, String name, boolean leaf, double full, double score) {}

  static final List<Line> LINES =
      List.of(
          new Line("A", "项目决策", false, 10, 9),
          new Line("A1", "立项依据充分性", true, 6, 6),
          new Line("A2", "绩效目标合理性", true, 4, 3),
          new Line("B", "项目管理", false, 25, 16.94),
          new Line("B1", "资金管理", false, 25, 16.94),
          new Line("B1.1", "预算执行率", true, 25, 16.94),
          new Line("C", "项目绩效", false, 65, 61.18),
          new Line("C1", "用户满意程度", true, 65, 61.18));

  private SampleWorkbook() {}

  /** The workbook the default {@link #card()} is read from. */
  public static Workbook xlsx() {
    return card().xlsx();
  }

  /** The same workbook in the old .xls format. */
  static Workbook xls() {
    return card().workbook().buildXls();
  }

  /**
   * A scorecard builder, by default the sample as read and scored: total 87.12, grade 良, one
   * warning (A2 scores below full without a 评分说明).
   */
  public static Card card() {
    return new Card();
  }

  public static final class Card {
    private final List<Message> planted = new ArrayList<>();
    private List<Line> lines = LINES;
    private boolean explained;
    private boolean mistyped;

    /** Gives A2 its 评分说明 too, so that reading and scoring find nothing to say. */
    public Card withoutMessages() {
      explained = true;
      return this;
    }

    /**
     * Adds a message to those the scorer finds, as if a rule had found it; an error withholds the
     * total and the grade.
     */
    Card message(Message message) {
      planted.add(message);
      return this;
    }

    /**
     * Scores B1.1 by a formula naming an unknown 预算全额: an error on its 评分公式 (D7), and no score for
     * it, its parents or the total.
     */
    public Card withError() {
      mistyped = true;
      return this;
    }

    /** Replaces the rows of 指标评分. */
    Card lines(List<Line> newLines) {
      lines = newLines;
      return this;
    }

    /** The workbook this card is read from; the caller closes it. */
    public Workbook xlsx() {
      return workbook().build();
    }

    public Scorecard build() {
      Scorecard scored = Scorer.score(workbook().read(SOURCE));
      return planted.isEmpty() ? scored : withPlanted(scored);
    }

    private Scorecard withPlanted(Scorecard scored) {
      List<Message> messages = new ArrayList<>(scored.messages());
      messages.addAll(planted);
      messages.sort(Message.WORKBOOK_ORDER);
      boolean errors = messages.stream().anyMatch(Message::isError);
      return new Scorecard(
          scored.evaluation(),
          scored.indicators(),
          errors ? OptionalDouble.empty() : scored.total(),
          errors ? Optional.empty() : scored.grade(),
          messages);
    }

    /** The sample's sheets with {@link #lines} in 指标评分. */
    private TestWorkbooks.Builder workbook() {
      TestWorkbooks.Builder workbook =
          TestWorkbooks.evaluation()
              .project(ProjectInfo.NAME, "2017年合作交流综合信息服务平台建设运维项目")
              .project(ProjectInfo.UNIT, "上海市人民政府合作交流办公室")
              .project(ProjectInfo.DEPARTMENT, "上海市人民政府合作交流办公室")
              .project(ProjectInfo.EVALUATOR, "上海科技咨询有限公司")
              .project(ProjectInfo.YEAR, "2017")
              .project(ProjectInfo.BUDGET, 19.369)
              .project(ProjectInfo.SPENDING, 19.0)
              .finding(Findings.ACHIEVEMENTS, "通过项目实施，平台故障等问题得到了及时解决，用户满意度达到预期目标。")
              .finding(Findings.PROBLEMS, "项目实施方案和过程管理有待进一步完善。");
      lines.forEach(line -> indicator(workbook, line));
      return workbook
          .withoutSheet(TemplateWriter.GUIDE_SHEET)
          .withoutSheet(TemplateWriter.PARAMETER_SHEET)
          .withoutSheet(TemplateWriter.GRADE_SHEET)
          .withoutOutputColumns()
          .sheet(OTHER)
          .cell(OTHER, "A1", TestWorkbooks.formulaCell("=" + INDICATORS + "!I3*2"));
    }

    /** A parent with its full score; a leaf also with its 人工得分, and a reason for a deduction. */
    private void indicator(TestWorkbooks.Builder workbook, Line line) {
      workbook.indicator(line.code(), line.name(), line.full());
      if (!line.leaf()) {
        return;
      }
      if (mistyped && line.code().equals(MISTYPED)) {
        workbook.formula(MISTYPED_FORMULA);
      } else {
        workbook.manual(line.score());
      }
      boolean unexplained = !explained && line.code().equals(UNEXPLAINED);
      if (line.score() < line.full() && !unexplained) {
        workbook.reason("扣分理由见评价报告");
      }
    }
  }
}
