package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TestWorkbooks.formulaCell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.score.Scorer;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.TestWorkbooks.Builder;

/**
 * Formula cells as files other than Excel's carry them: without a saved result (which is
 * calculated), with one that cannot be calculated (a located error, never 0), and Excel formulas
 * typed where Scorebook expects its own formula text.
 */
class FormulaResultsTest {

  /** Formulas in every place a number is read: project amounts, a parameter, each row's numbers. */
  private static Builder formulasEverywhere() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "公式项目")
        .project("预算金额", formulaCell("10+9.369"))
        .project("实际支出", formulaCell("19"))
        .param("满意度", formulaCell("0.8913"))
        .indicator("A", "产出", formulaCell("40+60"))
        .leaf("A1", "预算执行率", formulaCell("2+3"))
        .formula("分值 * min(实际支出 / 预算金额, 1)")
        .leaf("A2", "满意度", formulaCell("10*2"))
        .formula("if(满意度 >= 0.85, 分值, 0)")
        .leaf("A3", "完成率", formulaCell("25"))
        .formula("分值 * 实际值 / 目标值")
        .target(formulaCell("5*2"))
        .actual(formulaCell("8"))
        .leaf("A4", "管理", formulaCell("50"))
        .manual(formulaCell("4*10"))
        .reason("扣分");
  }

  private static void assertFormulasEverywhereRead(Evaluation evaluation) {
    assertThat(evaluation.readMessages()).isEmpty();
    assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(19.369));
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(19));
    assertThat(evaluation.parameters().get(0).value()).isEqualTo(NumberReading.of(0.8913));
    List<IndicatorRow> rows = evaluation.indicators().rows();
    assertThat(rows.get(0).full()).isEqualTo(NumberReading.of(100));
    assertThat(rows.get(3).target()).isEqualTo(NumberReading.of(10));
    assertThat(rows.get(3).actual()).isEqualTo(NumberReading.of(8));
    assertThat(rows.get(4).manual()).isEqualTo(NumberReading.of(40));
    Scorecard card = Scorer.score(evaluation);
    assertThat(card.messages()).noneMatch(Message::isError);
    assertThat(scoreOf(card, "A1")).isEqualTo(4.90);
    assertThat(scoreOf(card, "A2")).isEqualTo(20.0);
    assertThat(scoreOf(card, "A3")).isEqualTo(20.0);
    assertThat(scoreOf(card, "A4")).isEqualTo(40.0);
  }

  @Test
  void formulasWithoutSavedResultsAreCalculatedWhereverANumberIsRead() {
    assertFormulasEverywhereRead(formulasEverywhere().read());
  }

  @Test
  void formulasWithEmptySavedResultsAreCalculatedNotReadAsZero() {
    assertFormulasEverywhereRead(formulasEverywhere().formulaResultsEmpty().read());
  }

  @Test
  void formulasWithoutSavedResultsAreCalculatedInASavedFile() throws Exception {
    byte[] bytes = formulasEverywhere().formulaResultsEmpty().bytes();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertFormulasEverywhereRead(WorkbookReader.read(workbook, "脚本.xlsx", Kinds.ALL.readers()));
    }
  }

  @Test
  void projectTextFromAFormulaWithoutSavedResultIsCalculated() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", formulaCell("\"公式\"&\"项目\""))
            .project("评价年度", formulaCell("2017+1"))
            .read();
    assertThat(evaluation.project().name()).isEqualTo("公式项目");
    assertThat(evaluation.project().field("评价年度")).isEqualTo("2018");
  }

  @Test
  void readingDoesNotStoreCalculatedResultsInTheWorkbook() throws Exception {
    try (XSSFWorkbook workbook = formulasEverywhere().build()) {
      assertFormulasEverywhereRead(WorkbookReader.read(workbook, "脚本.xlsx", Kinds.ALL.readers()));
      forEachFormula(workbook, cell -> assertThat(cell.getCTCell().isSetV()).isFalse());
    }
  }

  @Test
  void formulasWrittenWithoutResultsReadTheSameAfterALibreOfficeRoundTrip(@TempDir Path folder)
      throws Exception {
    Path input = formulasEverywhere().saveTo(folder.resolve("in").resolve("脚本.xlsx"));
    Path converted = LibreOfficeRoundTrip.toXlsx(input, folder);
    try (OpenedWorkbook opened = WorkbookReader.open(converted, Kinds.ALL.readers())) {
      assertFormulasEverywhereRead(opened.evaluation());
    }
  }

  @Test
  void manualScoreFormulaWithEmptySavedResultScoresItsValue() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", "x")
            .leaf("A", "管理", 100)
            .manual(formulaCell("4"))
            .reason("扣分")
            .formulaResultsEmpty()
            .read();
    assertThat(scoreOf(Scorer.score(evaluation), "A")).isEqualTo(4.0);
  }

  @Test
  void savedResultIsUsedRatherThanCalculatedAgain() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", "x")
            .leaf("A", "管理", 100)
            .manual(formulaCell("4"))
            .reason("扣分")
            .formulaResultsSaved()
            .edit(workbook -> forEachFormula(workbook, cell -> cell.getCTCell().setV("7")))
            .read();
    assertThat(evaluation.indicators().rows().get(0).manual()).isEqualTo(NumberReading.of(7));
  }

  @Test
  void unsupportedFunctionWithoutSavedResultIsAnErrorNamingTheFunction() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", "x")
            .leaf("A", "管理", 100)
            .manual(formulaCell("ISOWEEKNUM(1)*10"))
            .read();
    assertThat(evaluation.indicators().rows().get(0).manual())
        .isInstanceOf(NumberReading.Invalid.class);
    Message message = onlyMessage(evaluation);
    assertThat(message.isError()).isTrue();
    assertThat(message.where().a1()).startsWith("G");
    assertThat(message.problem())
        .contains("=ISOWEEKNUM(1)*10")
        .contains("不能计算其中的函数 ISOWEEKNUM")
        .contains("打开并保存");
    assertThat(Scorer.score(evaluation).total()).isEmpty();
  }

  @Test
  void referenceToAnotherWorkbookWithoutSavedResultIsAnError() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", "x")
            .project("预算金额", formulaCell("1"))
            .edit(
                workbook ->
                    forEachFormula(
                        workbook, cell -> cell.getCTCell().getF().setStringValue("[1]预算!B2")))
            .read();
    Message message = onlyMessage(evaluation);
    assertThat(message.isError()).isTrue();
    assertThat(message.where().sheet()).isEqualTo("项目信息");
    assertThat(message.problem()).contains("=[1]预算!B2").contains("引用了另一个工作簿");
  }

  @Test
  void formulaWhoseCalculationIsAnExcelErrorIsAnErrorQuotingIt() {
    Evaluation evaluation =
        TestWorkbooks.evaluation().project("项目名称", "x").param("满意度", formulaCell("1/0")).read();
    Message message = onlyMessage(evaluation);
    assertThat(message.isError()).isTrue();
    assertThat(message.problem()).contains("=1/0").contains("#DIV/0!");
  }

  @Test
  void excelFormulaInScoringFormulaIsAnErrorQuotingItsSavedResult() {
    Evaluation evaluation =
        TestWorkbooks.evaluation()
            .project("项目名称", "x")
            .leaf("A", "满意度", 100)
            .excelScoringFormula("C2*0.95")
            .formulaResultsSaved()
            .read();
    assertThat(onlyMessage(evaluation)).isEqualTo(Scorer.score(evaluation).messages().get(0));
    Message message = onlyMessage(evaluation);
    assertThat(message.isError()).isTrue();
    assertThat(message.code()).isEqualTo("A");
    assertThat(message.where().a1()).startsWith("D");
    assertThat(message.problem())
        .contains("=C2*0.95")
        .contains("Excel 保存的结果是 95")
        .contains("不能引用单元格")
        .contains("目标值");
  }

  @Test
  void excelFormulaTypedAsTextInScoringFormulaIsAnError() {
    Scorecard card =
        Scorer.score(
            TestWorkbooks.evaluation()
                .project("项目名称", "x")
                .leaf("A", "满意度", 100)
                .formula("=c11 * 0.95")
                .read());
    assertThat(card.messages()).hasSize(1);
    assertThat(card.messages().get(0).problem())
        .contains("「=c11 * 0.95」是 Excel 公式")
        .doesNotContain("保存的结果");
  }

  @Test
  void scoringFormulaWithLeadingEqualsAndNoCellIsStillRead() {
    Scorecard card =
        Scorer.score(
            TestWorkbooks.evaluation()
                .project("项目名称", "x")
                .param("K", 0.5)
                .leaf("A", "满意度", 100)
                .formula("=round(log10(100), 0) * 10 + 分值 * K - 50")
                .read());
    assertThat(card.messages()).noneMatch(Message::isError);
    assertThat(card.total()).hasValue(20.0);
  }

  private static Evaluation readAsXls(Builder builder) throws Exception {
    try (HSSFWorkbook built = builder.buildXls()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      built.write(out);
      try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        return WorkbookReader.read(workbook, "旧版.xls", Kinds.ALL.readers());
      }
    }
  }

  @Test
  void xlsFormulasWrittenWithoutCalculatingAreCalculatedNotReadAsZero() throws Exception {
    assertFormulasEverywhereRead(readAsXls(formulasEverywhere()));
  }

  @Test
  void xlsUncalculatedFormulaThatCannotBeCalculatedIsAnError() throws Exception {
    Evaluation evaluation =
        readAsXls(
            TestWorkbooks.evaluation()
                .project("项目名称", "x")
                .leaf("A", "管理", 100)
                .manual(formulaCell("ISOWEEKNUM(1)*10")));
    assertThat(onlyMessage(evaluation).problem()).contains("不能计算其中的函数 ISOWEEKNUM");
  }

  @Test
  void xlsFormulasWithSavedResultsAndExcelScoringFormulas() throws Exception {
    Builder builder =
        formulasEverywhere()
            .leaf("B", "其他", 0.0001)
            .excelScoringFormula("C9*2")
            .formulaResultsSaved();
    try (HSSFWorkbook built = builder.buildXls()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      built.write(out);
      try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        Evaluation evaluation = WorkbookReader.read(workbook, "旧版.xls", Kinds.ALL.readers());
        assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(19.369));
        assertThat(evaluation.indicators().rows().get(4).manual()).isEqualTo(NumberReading.of(40));
        assertThat(evaluation.readMessages())
            .singleElement()
            .satisfies(m -> assertThat(m.problem()).contains("=C9*2").contains("不能引用单元格"));
      }
    }
  }

  private static void forEachFormula(XSSFWorkbook workbook, Consumer<XSSFCell> change) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            change.accept((XSSFCell) cell);
          }
        }
      }
    }
  }

  private static Message onlyMessage(Evaluation evaluation) {
    assertThat(evaluation.readMessages()).hasSize(1);
    return evaluation.readMessages().get(0);
  }

  private static double scoreOf(Scorecard card, String code) {
    return card.indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .map(ScoredIndicator::score)
        .orElseThrow()
        .getAsDouble();
  }
}
