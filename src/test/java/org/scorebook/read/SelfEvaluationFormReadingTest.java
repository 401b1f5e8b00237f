package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.kinds.selfevaluation.SelfEvaluation;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Message;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.ScoringMethod;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.TestWorkbooks;

class SelfEvaluationFormReadingTest {
  private static final String SHEET = "项目支出绩效自评表";

  @Test
  void aWorkbookWithTheFormsTitleIsReadAsASelfEvaluation() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().read();

    assertThat(evaluation.kind()).isEqualTo(SelfEvaluation.IDENTITY);
    assertThat(evaluation.indicators().sheetName()).isEqualTo(SHEET);
    assertThat(evaluation.printedForm()).isPresent();
  }

  @Test
  void theFormIsFoundAmongOtherSheetsOfAnExport() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().afterSheets("项目基本信息", "资金明细").read();

    assertThat(evaluation.kind()).isEqualTo(SelfEvaluation.IDENTITY);
    assertThat(evaluation.project().name()).isEqualTo("上海市行政审批标准化管理系统运维项目");
  }

  @Test
  void aFormWithoutItsTitleIsRecognisedByItsIndicatorHeader() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().title(null).read();

    assertThat(evaluation.kind()).isEqualTo(SelfEvaluation.IDENTITY);
  }

  @Test
  void headerFieldsAreFoundByTheirLabelsWhateverTheirSpacingOrName() throws Exception {
    Evaluation evaluation =
        SelfEvaluationForms.form()
            .nameLabel("项 目 名 称")
            .unitLabel("项目单位")
            .yearLine("(2019年度)")
            .read();

    ProjectInfo project = evaluation.project();
    assertThat(project.name()).isEqualTo("上海市行政审批标准化管理系统运维项目");
    assertThat(project.field(ProjectInfo.UNIT)).isEqualTo("上海市机构编制委员会办公室审改处");
    assertThat(project.field(ProjectInfo.DEPARTMENT)).isEqualTo("上海市机构编制委员会办公室");
    assertThat(project.field(ProjectInfo.YEAR)).isEqualTo("2019");
    assertThat(project.cellOf(ProjectInfo.NAME)).isEqualTo(CellRef.of(SHEET, 2, 2));
  }

  @Test
  void aContactAddressInTheSignatureBlockIsWhereResultsAreMailed() throws Exception {
    Builder form = SelfEvaluationForms.form();
    int signature = form.totalRow() + 2;
    Evaluation evaluation =
        form.edit(
                workbook -> {
                  var row = workbook.getSheet(SHEET).createRow(signature);
                  row.createCell(0).setCellValue("填报人");
                  row.createCell(1).setCellValue("王芳");
                  row.createCell(5).setCellValue("联系邮箱：");
                  row.createCell(7).setCellValue("wangfang@example.cn");
                })
            .read();

    assertThat(evaluation.project().emails()).containsExactly("wangfang@example.cn");
    assertThat(evaluation.project().cellOf(ProjectInfo.EMAIL))
        .isEqualTo(CellRef.of(SHEET, signature, 7));
  }

  @Test
  void theScoredFundsLineGivesTheBudgetAndSpending() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().funds(120, 96.5).read();

    assertThat(evaluation.project().budget().value()).isEqualTo(120);
    assertThat(evaluation.project().spending().value()).isEqualTo(96.5);
    assertThat(evaluation.printedForm().orElseThrow().funds())
        .extracting(line -> line.label())
        .containsExactly("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");
    assertThat(evaluation.printedForm().orElseThrow().executionRateCell())
        .contains(CellRef.of(SHEET, Builder.FUNDS_ROW, Builder.RATE_COLUMN));
  }

  @Test
  void levelColumnsGiveTheTreeAndTheBudgetLineComesLastAtLevelOne() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().read();

    assertThat(evaluation.indicators().rows())
        .extracting(IndicatorRow::code, IndicatorRow::shownCode)
        .startsWith(
            tuple("A", "产出指标"),
            tuple("A1", "数量指标"),
            tuple("A1.1", "定期维护检查次数"),
            tuple("A1.2", "运维成果报告"),
            tuple("A2", "质量指标"))
        .contains(tuple("C1.1", "使用单位满意度"))
        .endsWith(tuple("D", "预算执行"));
    IndicatorRow budget = last(evaluation);
    assertThat(budget.method()).isEqualTo(ScoringMethod.BUDGET_EXECUTION);
    assertThat(budget.row()).isEqualTo(Builder.FUNDS_ROW);
    assertThat(budget.full().value()).isEqualTo(10);
  }

  @Test
  void levelNamesRepeatedOnEveryRowGiveTheSameTree() throws Exception {
    Evaluation merged = SelfEvaluationForms.form().read();
    Evaluation repeated = SelfEvaluationForms.form().repeatedLevelNames().read();

    assertThat(repeated.indicators().rows())
        .extracting(IndicatorRow::code, IndicatorRow::name)
        .isEqualTo(
            merged.indicators().rows().stream().map(r -> tuple(r.code(), r.name())).toList());
  }

  @Test
  void aFormWithoutTheLeftmostPerformanceColumnIsReadTheSame() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().withoutPerformanceColumn().read();

    IndicatorRow leaf = leaf(evaluation, "系统可用率");
    assertThat(leaf.targetText()).isEqualTo("≥99%");
    assertThat(leaf.actualText()).isEqualTo("99.6%");
    assertThat(leaf.full().value()).isEqualTo(5);
  }

  @Test
  void provincialHeadersForTargetAndActualAreReadTheSame() throws Exception {
    Builder form =
        SelfEvaluationForms.form()
            .title(null)
            .edit(
                workbook -> {
                  var header = workbook.getSheet(SHEET).getRow(Builder.TABLE_HEADER_ROW);
                  header.getCell(4).setCellValue("年度目标值");
                  header.getCell(5).setCellValue("全年实际完成值");
                });

    Evaluation evaluation = form.read();

    assertThat(evaluation.kind()).isEqualTo(SelfEvaluation.IDENTITY);
    IndicatorRow leaf = leaf(evaluation, "系统可用率");
    assertThat(leaf.targetText()).isEqualTo("≥99%");
    assertThat(leaf.actualText()).isEqualTo("99.6%");
  }

  @Test
  void aLeafKeepsItsTargetAndActualAsTypedAndItsTypedScore() throws Exception {
    Evaluation evaluation = SelfEvaluationForms.form().read();

    IndicatorRow leaf = leaf(evaluation, "平均故障修复时间");
    assertThat(leaf.method()).isEqualTo(ScoringMethod.ANNUAL_TARGET);
    assertThat(leaf.targetText()).isEqualTo("<2小时");
    assertThat(leaf.actualText()).isEqualTo("2.5小时");
    assertThat(leaf.previousScore().shown()).isEqualTo("8");
    assertThat(leaf.reason()).isEqualTo("3 月数据库故障修复用时较长。");
  }

  @Test
  void aTotalPointingAtDeletedCellsIsNotedAtTheTotal() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Evaluation evaluation = form.total(TestWorkbooks.formulaCell("H13+#REF!+H15")).read();

    CellRef total = CellRef.of(SHEET, form.totalRow(), form.column("得分"));
    assertThat(evaluation.printedForm().orElseThrow().totalCell()).contains(total);
    assertThat(evaluation.readMessages())
        .filteredOn(m -> m.where().equals(total))
        .extracting(Message::text)
        .singleElement()
        .asString()
        .contains("#REF!");
  }

  @Test
  void theOldXlsFormatIsReadTheSame(@TempDir Path dir) throws Exception {
    Evaluation xlsx = SelfEvaluationForms.form().read();
    try (HSSFWorkbook xls = SelfEvaluationForms.form().buildXls()) {
      Evaluation evaluation = WorkbookReader.read(xls, "自评表.xls", Kinds.ALL.readers());

      assertThat(evaluation.kind()).isEqualTo(SelfEvaluation.IDENTITY);
      assertThat(evaluation.indicators().rows()).isEqualTo(xlsx.indicators().rows());
    }
  }

  @Test
  void aFormWithoutAnIndicatorHeaderIsUnreadableWithTheSheetNamed() throws IOException {
    Builder form =
        SelfEvaluationForms.form()
            .edit(
                workbook ->
                    workbook
                        .getSheet(SHEET)
                        .getRow(Builder.TABLE_HEADER_ROW)
                        .getCell(3)
                        .setCellValue("指标"));

    org.assertj.core.api.Assertions.assertThatThrownBy(form::read)
        .isInstanceOf(UnreadableWorkbookException.class)
        .hasMessageContaining(SHEET);
  }

  private static IndicatorRow leaf(Evaluation evaluation, String name) {
    return evaluation.indicators().rows().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static IndicatorRow last(Evaluation evaluation) {
    var rows = evaluation.indicators().rows();
    return rows.get(rows.size() - 1);
  }
}
