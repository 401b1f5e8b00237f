package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TestWorkbooks.evaluation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Outcome;
import org.scorebook.testing.TestWorkbooks;

/** Amounts of money carry their unit, typed after the number or in the label's brackets. */
class MoneyUnitsTest {

  private static TestWorkbooks.Builder withBudget(String label, Object budget) {
    return evaluation()
        .project("项目名称", "测试")
        .project(label, budget)
        .project("实际支出", 50)
        .indicator("A", "决策", 100)
        .leaf("A1", "执行率", 100)
        .formula("分值 * min(实际支出 / 预算金额, 1)");
  }

  private static NumberReading budget(TestWorkbooks.Builder builder) {
    Evaluation evaluation = builder.read();
    assertThat(evaluation.readMessages()).isEmpty();
    return evaluation.project().budget();
  }

  @Test
  void aValueTypedInYuanIsConvertedToWanYuan() {
    assertThat(budget(withBudget("预算金额", "1000000元"))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额", "1,234,500 元"))).isEqualTo(NumberReading.of(123.45));
  }

  @Test
  void aValueTypedInWanOrWanYuanIsTakenAsIs() {
    assertThat(budget(withBudget("预算金额", "100万"))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额", "100万元"))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额", "１００万元"))).isEqualTo(NumberReading.of(100));
  }

  @Test
  void aPlainNumberUnderALabelInYuanIsDividedBy10000() {
    assertThat(budget(withBudget("预算金额（元）", 1_000_000))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额(元)", "1000000"))).isEqualTo(NumberReading.of(100));
  }

  @Test
  void aPlainNumberUnderALabelInWanYuanOrWithoutUnitIsTakenAsIs() {
    assertThat(budget(withBudget("预算资金（万元）", 100))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额（万元）", 100))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额", 100))).isEqualTo(NumberReading.of(100));
  }

  @Test
  void theValuesOwnUnitWinsOverTheLabels() {
    assertThat(budget(withBudget("预算金额（元）", "100万元"))).isEqualTo(NumberReading.of(100));
    assertThat(budget(withBudget("预算金额（万元）", "1000000元"))).isEqualTo(NumberReading.of(100));
  }

  @Test
  void aNumberFormattedWithAUnitIsInTheUnitItShows() {
    TestWorkbooks.Builder builder =
        withBudget("预算金额（万元）", 1_000_000)
            .edit(
                workbook -> {
                  var sheet = workbook.getSheet("项目信息");
                  var style = workbook.createCellStyle();
                  style.setDataFormat(workbook.createDataFormat().getFormat("#,##0\"元\""));
                  for (var row : sheet) {
                    if (row.getCell(0).getStringCellValue().startsWith("预算金额")) {
                      row.getCell(1).setCellStyle(style);
                    }
                  }
                });
    assertThat(budget(builder)).isEqualTo(NumberReading.of(100));
  }

  @Test
  void spendingUnderTheAliasCarriesItsLabelsUnit() {
    Evaluation evaluation =
        evaluation().project("项目名称", "测试").project("实际支出", null).project("决算金额（元）", 950_000).read();
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(95));
  }

  @Test
  void anAmountAbove100YiYuanIsAnErrorAtItsCellNamingTheUnitAssumed() {
    Evaluation inWan = withBudget("预算金额", 20_000_000).read();
    assertThat(inWan.readMessages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.where().sheet()).isEqualTo("项目信息");
              assertThat(m.problem()).contains("20000000").contains("按万元计算").contains("（元）");
            });
    assertThat(inWan.project().budget().isValue()).isFalse();

    Evaluation inYuan = withBudget("预算金额（元）", 2e13).read();
    assertThat(inYuan.readMessages())
        .singleElement()
        .satisfies(m -> assertThat(m.problem()).contains("按元计算"));
  }

  private static java.util.List<Message> unitWarnings(Evaluation evaluation) {
    return evaluation.readMessages().stream().filter(m -> !m.isError()).toList();
  }

  @Test
  void spendingTypedInWanYuanUnderALabelInYuanIsAWarningNamingWanYuan() {
    Evaluation evaluation =
        evaluation().project("项目名称", "测试").project("预算金额", 19.369).project("实际支出（元）", 19).read();

    assertThat(unitWarnings(evaluation))
        .hasSize(2)
        .extracting(Message::problem)
        .containsOnly("预算金额 19.369 与实际支出 19 相差约一万倍：19 可能是以万元填写的（即 19 万元）；如果是，请在数字后写「万元」");
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(0.0019));
  }

  @Test
  void spendingTypedInYuanBesideABudgetInWanYuanIsAWarningAtBothCells() {
    Evaluation evaluation =
        evaluation().project("项目名称", "测试").project("预算金额", 19.369).project("实际支出", 190000).read();

    assertThat(unitWarnings(evaluation))
        .extracting(Message::where)
        .containsExactly(evaluation.project().cellOf("预算金额"), evaluation.project().cellOf("实际支出"));
    assertThat(unitWarnings(evaluation).get(0).problem()).contains("190000 可能是以元填写的（即 19 万元）");
  }

  @Test
  void anExecutionRateBelowOnePercentIsAWarningEvenWithoutATenThousandFoldGap() {
    Evaluation evaluation =
        evaluation().project("项目名称", "测试").project("预算金额", 100).project("实际支出", 0.5).read();

    assertThat(unitWarnings(evaluation))
        .hasSize(2)
        .extracting(Message::problem)
        .containsOnly("实际支出 0.5 只有预算金额 100 的 0.5%（不到 1%）：请核对两个金额是否用的是同一单位（元或万元）");
  }

  @Test
  void amountsInTheSameUnitAtAnOrdinaryRateGetNoWarning() {
    for (double spending : new double[] {1, 50, 100, 250}) {
      Evaluation evaluation =
          evaluation()
              .project("项目名称", "测试")
              .project("预算金额（元）", 1_000_000)
              .project("实际支出", spending + "万元")
              .read();
      assertThat(evaluation.readMessages()).isEmpty();
    }
  }

  @Test
  void anImplausibleAmountIsNeverScoredWith(@TempDir Path folder) {
    Path file = withBudget("预算金额", 20_000_000).saveTo(folder.resolve("x.xlsx"));
    Outcome outcome = Scorebook.score(file);
    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);
    var card = ((Outcome.HasErrors) outcome).scorecard().orElseThrow();
    assertThat(card.messages())
        .filteredOn(m -> m.where().sheet().equals("指标评分"))
        .extracting(Message::problem)
        .anyMatch(p -> p.contains("预算金额"));
  }

  @Test
  void anAmountInYuanInAWorkbookWrittenByFastexcelIsConvertedToo() throws Exception {
    byte[] bytes = withBudget("预算金额（元）", 1_000_000).project("实际支出", "950000元").fastexcelBytes();
    try (var workbook =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(bytes))) {
      Evaluation evaluation = WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
      assertThat(evaluation.readMessages()).isEmpty();
      assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(100));
      assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(95));
    }
  }

  @Test
  void anAmountInYuanInAnXlsWorkbookIsConvertedToo() throws Exception {
    try (var workbook = withBudget("预算金额（元）", 1_000_000).buildXls()) {
      assertThat(WorkbookReader.read(workbook, "x.xls", Kinds.ALL.readers()).project().budget())
          .isEqualTo(NumberReading.of(100));
    }
  }
}
