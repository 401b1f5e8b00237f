package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.SelfEvaluationForms;

/** Amounts and targets whose units do not match, as a user processing the workbook sees them. */
class UnitsCommandLineTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final String CONTRACT = "2017年合作交流综合信息服务平台建设运维项目.xlsx";

  @TempDir Path folder;

  private CliRunner.Result process(Path file) {
    return CliRunner.run("process", file.toString(), "--out", folder.resolve("out").toString());
  }

  /** The 2017 sample with 项目信息's 预算金额 set to {@code budget}; the sample itself is not touched. */
  private Path contractWithBudget(Object budget) throws Exception {
    Path copy = folder.resolve("预算.xlsx");
    try (InputStream in = Files.newInputStream(SAMPLES.resolve(CONTRACT));
        Workbook workbook = WorkbookFactory.create(in);
        OutputStream out = Files.newOutputStream(copy)) {
      Sheet project = workbook.getSheet("项目信息");
      for (Row row : project) {
        if (row.getCell(0) != null && row.getCell(0).toString().startsWith("预算金额")) {
          if (budget instanceof Number number) {
            row.getCell(1).setCellValue(number.doubleValue());
          } else {
            row.getCell(1).setCellValue(budget.toString());
          }
        }
      }
      workbook.write(out);
    }
    return copy;
  }

  @Test
  void aBudgetTypedInYuanUnderAWanYuanLabelIsAWarningAtBothAmountsNamingYuan() throws Exception {
    CliRunner.Result run = process(contractWithBudget(193690));

    String expected = "预算金额 193690 与实际支出 19 相差约一万倍：193690 可能是以元填写的（即 19.369 万元）";
    assertThat(run.out()).contains("84.18 分");
    assertThat(run.out().lines().filter(line -> line.contains(expected)))
        .extracting(line -> line.strip().split(" ")[1])
        .containsExactly("项目信息!B9", "项目信息!B10");
  }

  @Test
  void aBudgetTypedWithYuanAfterItNeedsNoWarningAndScoresAsTheSample() throws Exception {
    CliRunner.Result run = process(contractWithBudget("193690元"));

    assertThat(run.out()).contains("87.12 分").doesNotContain("一万倍");
  }

  @Test
  void aFormsBudgetInYuanBesideSpendingInWanYuanIsAWarningAtBothFundsCells() throws Exception {
    Path form = SelfEvaluationForms.form().funds(58000, 5.6).saveTo(folder.resolve("自评表.xlsx"));

    CliRunner.Result run = process(form);

    String expected = "全年预算数 58000 与全年执行数 5.6 相差约一万倍：58000 可能是以元填写的（即 5.8 万元）";
    assertThat(run.out().lines().filter(line -> line.contains(expected)))
        .extracting(line -> line.strip().split(" ")[1])
        .containsExactly("项目支出绩效自评表!D6", "项目支出绩效自评表!E6");
  }

  @Test
  void aTargetWithoutPercentAgainstAPercentageKeepsTheFormsTotalAndSaysSoAtTheTarget()
      throws Exception {
    SelfEvaluationForms.Builder builder = SelfEvaluationForms.form();
    SelfEvaluationForms.Leaf leaf = builder.leaf("使用单位满意度");
    builder.replace(
        leaf.third(),
        new SelfEvaluationForms.Leaf(
            leaf.first(), leaf.second(), leaf.third(), "≥90", "93%", 10, 10, null));
    Path form = builder.saveTo(folder.resolve("自评表.xlsx"));

    CliRunner.Result run = process(form);

    assertThat(run.out()).contains("96.16 分（优）");
    assertThat(run.out())
        .contains("项目支出绩效自评表!E22 [使用单位满意度] 年度指标值「≥90」没有写单位，而实际完成值「93%」是百分数：年度指标值按 90% 计分");
  }

  @Test
  void aYearsCountWithoutItsPeriodAgainstAWeeklyTargetIsAnErrorAtTheActual() throws Exception {
    SelfEvaluationForms.Builder builder = SelfEvaluationForms.form();
    SelfEvaluationForms.Leaf leaf = builder.leaf("定期维护检查次数");
    builder.replace(
        leaf.third(),
        new SelfEvaluationForms.Leaf(
            leaf.first(), leaf.second(), leaf.third(), "每周4次", "150次", 15, 15, null));
    Path form = builder.saveTo(folder.resolve("自评表.xlsx"));

    CliRunner.Result run = process(form);

    assertThat(run.out())
        .contains("错误 项目支出绩效自评表!F13 [定期维护检查次数] 实际完成值「150次」没有写明周期")
        .contains("未给出总分");
  }

  @Test
  void theSamplesKeepTheirTotalsWithoutAnyWarningAboutUnits() throws Exception {
    String out =
        CliRunner.run("process", SAMPLES.toString(), "--out", folder.resolve("out").toString())
            .out();

    assertThat(out).contains("96.16 分（优）", "87.12 分（良）", "88.20 分（良）");
    assertThat(out).doesNotContain("一万倍", "不到 1%", "按元计", "周期");
  }
}
