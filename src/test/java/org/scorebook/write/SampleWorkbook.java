package org.scorebook.write;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;

/**
 * A small evaluation in the shape of seed 001 (2017 platform maintenance), built twice: as a POI
 * workbook the way an evaluator fills it, and as the scorecard the reader and scorer would make of
 * it.
 *
 * <p>指标评分 has its header on row 1 and eight columns A–H, so the writer appends 得分 at I, 得分率 at J
 * and 校验结果 at K; the sheet 其他 holds a user formula {@code =指标评分!I3*2} on the 得分 of A1.
 */
final class SampleWorkbook {
  static final String INDICATORS = "指标评分";
  static final String PROJECT = "项目信息";
  static final String OTHER = "其他";
  static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2024, 5, 6, 14, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
  static final String VERSION = "0.1.0-test";

  static final List<String> HEADERS =
      List.of("指标编码", "指标名称", "分值", "评分公式", "目标值", "实际值", "人工得分", "评分说明");
  static final int SCORE_COLUMN = 8;
  static final int RATE_COLUMN = 9;
  static final int CHECK_COLUMN = 10;

  /** code, name, level, leaf, full, score (NaN for none). Sheet rows 1.. in this order. */
  record Line(String code, String name, int level, boolean leaf, double full, double score) {}

  static final List<Line> LINES =
      List.of(
          new Line("A", "项目决策", 1, false, 10, 9),
          new Line("A1", "立项依据充分性", 2, true, 6, 6),
          new Line("A2", "绩效目标合理性", 2, true, 4, 3),
          new Line("B", "项目管理", 1, false, 25, 16.94),
          new Line("B1", "资金管理", 2, false, 25, 16.94),
          new Line("B1.1", "预算执行率", 3, true, 25, 16.94),
          new Line("C", "项目绩效", 1, false, 65, 61.18),
          new Line("C1", "用户满意程度", 2, true, 65, 61.18));

  private SampleWorkbook() {}

  static Workbook xlsx() {
    return fill(new XSSFWorkbook());
  }

  static Workbook xls() {
    return fill(new HSSFWorkbook());
  }

  private static Workbook fill(Workbook workbook) {
    Sheet project = workbook.createSheet(PROJECT);
    String[][] facts = {
      {"项目名称", "2017年合作交流综合信息服务平台建设运维项目"},
      {"项目单位", "上海市人民政府合作交流办公室"},
      {"主管部门", "上海市人民政府合作交流办公室"},
      {"评价机构", "上海科技咨询有限公司"},
      {"评价年度", "2017"},
    };
    for (int r = 0; r < facts.length; r++) {
      Row row = project.createRow(r);
      row.createCell(0).setCellValue(facts[r][0]);
      row.createCell(1).setCellValue(facts[r][1]);
    }
    Row budget = project.createRow(facts.length);
    budget.createCell(0).setCellValue("预算金额（万元）");
    budget.createCell(1).setCellValue(19.369);
    Row spending = project.createRow(facts.length + 1);
    spending.createCell(0).setCellValue("实际支出（万元）");
    spending.createCell(1).setCellValue(19.0);

    Sheet indicators = workbook.createSheet(INDICATORS);
    Row header = indicators.createRow(0);
    for (int c = 0; c < HEADERS.size(); c++) {
      header.createCell(c).setCellValue(HEADERS.get(c));
    }
    for (int i = 0; i < LINES.size(); i++) {
      Line line = LINES.get(i);
      Row row = indicators.createRow(i + 1);
      row.createCell(0).setCellValue(line.code());
      row.createCell(1).setCellValue(line.name());
      row.createCell(2).setCellValue(line.full());
      if (line.leaf()) {
        row.createCell(6).setCellValue(line.score());
      }
    }
    Sheet other = workbook.createSheet(OTHER);
    other.createRow(0).createCell(0).setCellFormula(INDICATORS + "!I3*2");
    return workbook;
  }

  /** A scorecard builder, by default the clean case: total 87.12, grade 良, one warning. */
  static Card card() {
    return new Card();
  }

  static final class Card {
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, Double> scores = new LinkedHashMap<>();
    private Map<String, String> findings =
        Map.of(
            Findings.ACHIEVEMENTS, "通过项目实施，平台故障等问题得到了及时解决，用户满意度达到预期目标。",
            Findings.PROBLEMS, "项目实施方案和过程管理有待进一步完善。");
    private List<Line> lines = LINES;
    private String sheetName = INDICATORS;

    Card() {
      LINES.forEach(l -> scores.put(l.code(), l.score()));
      messages.add(Message.warning(CellRef.of(INDICATORS, 3, 7), "A2", "得分低于分值，请在「评分说明」中写明扣分理由"));
    }

    Card withoutMessages() {
      messages.clear();
      return this;
    }

    Card message(Message message) {
      messages.add(message);
      return this;
    }

    /** Makes B1.1's formula an error: no score for it, its parents or the total. */
    Card withError() {
      messages.add(Message.error(CellRef.of(INDICATORS, 6, 3), "B1.1", "未知名称「预算执行」，是否是「预算金额」？"));
      scores.put("B1.1", Double.NaN);
      scores.put("B1", Double.NaN);
      scores.put("B", Double.NaN);
      return this;
    }

    Card findings(Map<String, String> newFindings) {
      findings = newFindings;
      return this;
    }

    Card lines(List<Line> newLines) {
      lines = newLines;
      newLines.forEach(l -> scores.put(l.code(), l.score()));
      return this;
    }

    Card sheetName(String name) {
      sheetName = name;
      return this;
    }

    Scorecard build() {
      messages.sort(Message.WORKBOOK_ORDER);
      boolean errors = messages.stream().anyMatch(Message::isError);
      List<ScoredIndicator> scored = new ArrayList<>();
      List<IndicatorRow> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        double score = scores.get(line.code());
        scored.add(
            new ScoredIndicator(
                i + 1,
                line.code(),
                line.name(),
                line.level(),
                line.leaf(),
                line.full(),
                Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score)));
        rows.add(
            new IndicatorRow(
                i + 1,
                line.code(),
                line.code(),
                line.name(),
                NumberReading.of(line.full()),
                "",
                NumberReading.BLANK,
                NumberReading.BLANK,
                line.leaf() ? NumberReading.of(line.score()) : NumberReading.BLANK,
                "",
                IndicatorRow.PreviousValue.NONE));
      }
      Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
      List<IndicatorColumn> typed =
          List.of(
              IndicatorColumn.CODE,
              IndicatorColumn.NAME,
              IndicatorColumn.FULL,
              IndicatorColumn.FORMULA,
              IndicatorColumn.TARGET,
              IndicatorColumn.ACTUAL,
              IndicatorColumn.MANUAL,
              IndicatorColumn.REASON);
      for (int c = 0; c < typed.size(); c++) {
        columns.put(typed.get(c), c);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(ProjectInfo.NAME, "2017年合作交流综合信息服务平台建设运维项目");
      fields.put(ProjectInfo.UNIT, "上海市人民政府合作交流办公室");
      fields.put(ProjectInfo.DEPARTMENT, "上海市人民政府合作交流办公室");
      fields.put(ProjectInfo.EVALUATOR, "上海科技咨询有限公司");
      fields.put(ProjectInfo.YEAR, "2017");
      fields.put(ProjectInfo.BUDGET, "19.369");
      fields.put(ProjectInfo.SPENDING, "19");
      ProjectInfo project =
          new ProjectInfo(
              PROJECT,
              fields,
              Map.of(
                  ProjectInfo.NAME,
                  CellRef.of(PROJECT, 0, 1),
                  ProjectInfo.BUDGET,
                  CellRef.of(PROJECT, 5, 1)),
              NumberReading.of(19.369),
              NumberReading.of(19.0),
              List.of());
      Evaluation evaluation =
          new Evaluation(
              "评价-2017.xlsx",
              project,
              List.of(),
              new IndicatorSheet(sheetName, 0, columns, rows),
              Optional.empty(),
              new Findings(findings),
              List.of());
      double total =
          scored.stream()
              .filter(s -> s.level() == 1)
              .mapToDouble(s -> s.score().orElse(Double.NaN))
              .sum();
      return new Scorecard(
          evaluation,
          scored,
          errors || Double.isNaN(total)
              ? OptionalDouble.empty()
              : OptionalDouble.of(Decimals.round2(total)),
          errors ? Optional.empty() : Optional.of("良"),
          messages);
    }
  }
}
