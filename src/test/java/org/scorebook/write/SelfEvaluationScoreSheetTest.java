package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/** The 评分汇总 sheet of a self-evaluation form, read back without POI. */
class SelfEvaluationScoreSheetTest {
  private static final String SUMMARY = WorkbookWriter.SCORE_SHEET;
  // The form's columns on the score sheet.
  private static final int FIRST = 0;
  private static final int SECOND = 1;
  private static final int THIRD = 2;
  private static final int TARGET = 3;
  private static final int ACTUAL = 4;
  private static final int FULL = 5;
  private static final int SCORE = 6;
  private static final int RATE = 7;
  private static final int REASON = 8;

  @TempDir Path folder;

  private Path output;

  private Readback processed(Builder form) throws Exception {
    Path input = form.saveTo(folder.resolve("in.xlsx"));
    output = folder.resolve("out.xlsx");
    try (InputStream in = Files.newInputStream(input);
        Workbook workbook = WorkbookFactory.create(in)) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "自评表.xlsx", Kinds.ALL.readers()));
      WorkbookWriter.write(workbook, card, output, VERSION, WRITTEN_AT);
    }
    return Readback.of(output);
  }

  /** The first row at or after {@code from} whose {@code column} reads {@code text}. */
  private static int findFrom(Readback out, int from, int column, String text) {
    return out.rows(SUMMARY).keySet().stream()
        .filter(r -> r >= from && text.equals(out.text(SUMMARY, r, column)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + text + " in column " + column));
  }

  private static int treeHeader(Readback out) {
    return out.find(SUMMARY, REASON, "偏差原因分析及改进措施");
  }

  @Test
  void projectBlockShowsTheFormsHeaderAndTheGoalSideBySide() throws Exception {
    Readback out = processed(SelfEvaluationForms.form());

    assertThat(out.text(SUMMARY, 0, 0)).isEqualTo("上海市行政审批标准化管理系统运维项目绩效评价评分汇总");
    assertThat(out.text(SUMMARY, 1, 0)).startsWith("总分 96.16 分，评价等级：优。");
    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "项目名称"), 1)).isEqualTo("上海市行政审批标准化管理系统运维项目");
    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "主管部门"), 1)).isEqualTo("上海市机构编制委员会办公室");
    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "项目单位"), 1)).isEqualTo("上海市机构编制委员会办公室审改处");
    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "评价年度"), 1)).isEqualTo("2016");
    assertThat(out.contains(SUMMARY, "评价机构")).isFalse();
    int goal = out.find(SUMMARY, 0, "预期目标");
    assertThat(out.text(SUMMARY, goal, ACTUAL)).isEqualTo("实际完成情况");
    assertThat(out.text(SUMMARY, goal + 1, 0)).isEqualTo("确保系统稳定运行。");
    assertThat(out.text(SUMMARY, goal + 1, ACTUAL)).isEqualTo("系统全年稳定运行。");
  }

  @Test
  void fundsTableShowsTheLinesWithRateAndScoreOnTheAnnualTotal() throws Exception {
    Readback out = processed(SelfEvaluationForms.form());

    int header = out.find(SUMMARY, 0, "项目资金（万元）");
    assertThat(out.text(SUMMARY, header, 6)).isEqualTo("执行率");
    assertThat(out.text(SUMMARY, header, 7)).isEqualTo("得分");
    int total = out.find(SUMMARY, 0, "年度资金总额");
    assertThat(total).isEqualTo(header + 1);
    assertThat(out.number(SUMMARY, total, 2)).isEqualByComparingTo("5.8");
    assertThat(out.number(SUMMARY, total, 3)).isEqualByComparingTo("5.8");
    assertThat(out.number(SUMMARY, total, 4)).isEqualByComparingTo("5.6");
    assertThat(out.number(SUMMARY, total, 5)).isEqualByComparingTo("10");
    assertThat(out.number(SUMMARY, total, 6).doubleValue()).isCloseTo(5.6 / 5.8, within(1e-12));
    assertThat(out.cell(SUMMARY, total, 6).getDataFormatString()).isEqualTo("0.00%");
    assertThat(out.number(SUMMARY, total, 7)).isEqualByComparingTo("9.66");
    int carried = out.find(SUMMARY, 0, "上年结转资金");
    assertThat(out.text(SUMMARY, carried, 3)).isEqualTo("—");
    assertThat(out.text(SUMMARY, carried, 7)).isEmpty();
  }

  @Test
  void fundsWrittenInYuanAreShownInWanYuanUnderTheWanYuanHeadingAndSaidSo() throws Exception {
    Builder form =
        SelfEvaluationForms.form()
            .fundsHeader("项目资金（元）")
            .plannedBudget(58000)
            .funds(58000, "56000");
    Readback out = processed(form);

    assertThat(out.text(SUMMARY, 1, 0)).startsWith("总分 96.16 分，评价等级：优。");
    int header = out.find(SUMMARY, 0, "项目资金（万元）");
    int total = out.find(SUMMARY, 0, "年度资金总额");
    assertThat(total).isEqualTo(header + 1);
    for (int line : new int[] {total, out.find(SUMMARY, 0, "其中：当年财政拨款")}) {
      assertThat(out.number(SUMMARY, line, 2)).isEqualByComparingTo("5.8");
      assertThat(out.number(SUMMARY, line, 3)).isEqualByComparingTo("5.8");
      assertThat(out.number(SUMMARY, line, 4)).isEqualByComparingTo("5.6");
    }
    assertThat(out.number(SUMMARY, total, 7)).isEqualByComparingTo("9.66");
    assertThat(out.contains(SUMMARY, "58000")).isFalse();
    assertThat(out.contains(SUMMARY, "表头是「项目资金（元）」，金额按元计")).isTrue();
  }

  @Test
  void levelOneTableHoldsTheFourPartsTotalAndGrade() throws Exception {
    Readback out = processed(SelfEvaluationForms.form());

    int output = out.find(SUMMARY, 0, "产出指标");
    assertThat(out.text(SUMMARY, output - 1, 0)).isEqualTo("一级指标");
    assertThat(out.text(SUMMARY, output - 1, FULL)).isEqualTo("分值");
    assertThat(out.text(SUMMARY, output - 1, SCORE)).isEqualTo("得分");
    assertThat(out.text(SUMMARY, output - 1, RATE)).isEqualTo("得分率");
    String[] names = {"产出指标", "效益指标", "满意度指标", "预算执行"};
    String[] fulls = {"50", "30", "10", "10"};
    String[] scores = {"47.5", "29", "10", "9.66"};
    for (int i = 0; i < names.length; i++) {
      assertThat(out.text(SUMMARY, output + i, 0)).isEqualTo(names[i]);
      assertThat(out.number(SUMMARY, output + i, FULL)).isEqualByComparingTo(fulls[i]);
      assertThat(out.number(SUMMARY, output + i, SCORE)).isEqualByComparingTo(scores[i]);
    }
    assertThat(out.number(SUMMARY, output, RATE).doubleValue()).isCloseTo(0.95, within(1e-12));
    int total = output + names.length;
    assertThat(out.text(SUMMARY, total, 0)).isEqualTo("总分");
    assertThat(out.number(SUMMARY, total, FULL)).isEqualByComparingTo("100");
    assertThat(out.number(SUMMARY, total, SCORE)).isEqualByComparingTo("96.16");
    assertThat(out.text(SUMMARY, total + 1, 0)).isEqualTo("评价等级");
    assertThat(out.text(SUMMARY, total + 1, FULL)).isEqualTo("优");
  }

  @Test
  void treeShowsEveryLeafWithItsTargetActualScoreAndReason() throws Exception {
    Readback out = processed(SelfEvaluationForms.form());

    int header = treeHeader(out);
    assertThat(out.text(SUMMARY, header, FIRST)).isEqualTo("一级指标");
    assertThat(out.text(SUMMARY, header, THIRD)).isEqualTo("三级指标");
    assertThat(out.text(SUMMARY, header, TARGET)).isEqualTo("年度指标值");
    assertThat(out.text(SUMMARY, header, ACTUAL)).isEqualTo("实际完成值");
    for (Leaf leaf : SelfEvaluationForms.sampleLeaves()) {
      int row = findFrom(out, header, THIRD, leaf.third());
      assertThat(out.text(SUMMARY, row, TARGET)).as(leaf.third()).isEqualTo(leaf.target());
      assertThat(out.text(SUMMARY, row, ACTUAL)).as(leaf.third()).isEqualTo(leaf.actual());
      assertThat(out.number(SUMMARY, row, FULL))
          .as(leaf.third())
          .isEqualByComparingTo(leaf.full().toString());
      assertThat(out.text(SUMMARY, row, REASON))
          .as(leaf.third())
          .isEqualTo(leaf.reason() == null ? "" : leaf.reason());
    }
    int slow = findFrom(out, header, THIRD, "平均故障修复时间");
    assertThat(out.number(SUMMARY, slow, SCORE)).isEqualByComparingTo("7.5");
    assertThat(out.number(SUMMARY, slow, RATE).doubleValue()).isCloseTo(0.75, within(1e-12));
    int timeliness = findFrom(out, header, SECOND, "时效指标");
    assertThat(timeliness).isEqualTo(slow - 1);
    assertThat(out.number(SUMMARY, timeliness, SCORE)).isEqualByComparingTo("7.5");
    int output = findFrom(out, header, FIRST, "产出指标");
    assertThat(output).isEqualTo(header + 1);
    assertThat(out.number(SUMMARY, output, SCORE)).isEqualByComparingTo("47.5");
    int budget = findFrom(out, header, FIRST, "预算执行");
    assertThat(out.number(SUMMARY, budget, SCORE)).isEqualByComparingTo("9.66");
    int total = findFrom(out, header, FIRST, "总分");
    assertThat(total).isEqualTo(budget + 1);
    assertThat(out.number(SUMMARY, total, SCORE)).isEqualByComparingTo("96.16");
  }

  @Test
  void aFormWithErrorsShowsNoTotalAndListsTheMessages() throws Exception {
    Readback out = processed(SelfEvaluationForms.form().funds(null, 5.6));

    assertThat(out.text(SUMMARY, 1, 0)).startsWith("有 1 个错误，不能给出总分和评价等级。请按下方「校验结果」修改自评表中标红的单元格");
    int total = out.find(SUMMARY, 0, "总分");
    assertThat(out.number(SUMMARY, total, FULL)).isEqualByComparingTo("100");
    assertThat(out.number(SUMMARY, total, SCORE)).isNull();
    assertThat(out.text(SUMMARY, total + 1, 0)).isEqualTo("有 1 个错误，不能给出总分和评价等级");
    assertThat(out.contains(SUMMARY, "评价等级：")).isFalse();
    assertThat(out.contains(SUMMARY, "优")).isFalse();
    int header = out.find(SUMMARY, 0, "序号");
    assertThat(out.text(SUMMARY, header, 1)).isEqualTo("内容");
    assertThat(out.text(SUMMARY, header, FULL)).isEqualTo("类型");
    assertThat(out.text(SUMMARY, header, SCORE)).isEqualTo("位置");
    assertThat(out.text(SUMMARY, header, REASON)).isEqualTo("指标");
    int error = findFrom(out, header, FULL, "错误");
    assertThat(out.text(SUMMARY, error, 1)).isEqualTo("全年预算数为空，无法计算执行率");
    assertThat(out.text(SUMMARY, error, SCORE)).isEqualTo("项目支出绩效自评表!D6");
    assertThat(out.text(SUMMARY, error, REASON)).isEqualTo("预算执行");
    int tree = treeHeader(out);
    assertThat(out.number(SUMMARY, findFrom(out, tree, FIRST, "总分"), SCORE)).isNull();
  }

  @Test
  void printsOnLandscapeA4WithTheTreeHeaderOnEveryPage() throws Exception {
    Readback out = processed(SelfEvaluationForms.form());
    int header = treeHeader(out);

    try (InputStream in = Files.newInputStream(output);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(SUMMARY);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
      for (int c = 0; c <= REASON; c++) {
        assertThat(sheet.getColumnWidth(c)).as("column %d", c).isGreaterThanOrEqualTo(9 * 256);
      }
      assertThat(sheet.getColumnWidth(REASON)).isGreaterThanOrEqualTo(26 * 256);
    }
  }
}
