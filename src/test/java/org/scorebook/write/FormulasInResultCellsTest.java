package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.Scorebook;
import org.scorebook.cli.CliAccess;
import org.scorebook.model.CellRef;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.WorkbookView;

/**
 * The evaluator's own formulas in the cells Scorebook writes results into: one that gives the
 * result stays, with a current cached value; one that gives anything else becomes the result, and
 * the note at the cell quotes it. The same on every way of saving: .xlsx part by part, .xlsx
 * through POI, and .xls. Results are read back by readers other than the writer's model:
 * fastexcel-reader for .xlsx, a fresh HSSF load for .xls.
 */
class FormulasInResultCellsTest {
  private static final String SHEET = "项目支出绩效自评表";
  private static final String QUALITATIVE = "系统持续稳定运行";
  private static final String DEDUCTED = "平均故障修复时间";
  private static final String INDICATORS = "指标评分";

  @TempDir Path folder;

  /** What one cell holds after processing, whichever reader read it: its value as stored. */
  private record Seen(String formula, String stored, String note) {
    double value() {
      return Double.parseDouble(stored);
    }
  }

  /**
   * The form with the qualitative leaf's 9 typed as =分值*0.9 and the deducted leaf's 8 as =分值*0.8.
   */
  private static Builder withScoreFormulas() {
    Builder form = SelfEvaluationForms.form();
    String qualitative = "G" + (form.row(QUALITATIVE) + 1);
    String deducted = "G" + (form.row(DEDUCTED) + 1);
    return form.score(QUALITATIVE, TestWorkbooks.formulaCell(qualitative + "*0.9"))
        .score(DEDUCTED, TestWorkbooks.formulaCell(deducted + "*0.8"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "xlsx-poi", "xls"})
  void aFormulaThatGivesTheResultStaysWithACurrentCachedValue(String way) throws Exception {
    Builder form = withScoreFormulas();
    Path output = processed(form, way);

    Seen qualitative = seen(output, form.row(QUALITATIVE), form.column("得分"));
    assertThat(qualitative.formula()).isEqualTo("G" + (form.row(QUALITATIVE) + 1) + "*0.9");
    assertThat(qualitative.value()).isCloseTo(9.0, within(1e-9));
    assertThat(qualitative.note()).isEmpty();
    Seen total = seen(output, form.totalRow(), form.column("得分"));
    assertThat(total.formula()).isEqualTo("SUM(H13:H22)+H6");
    assertThat(total.value()).isCloseTo(96.16, within(1e-9));
    assertThat(total.note()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "xlsx-poi", "xls"})
  void aFormulaThatGivesAnotherNumberBecomesTheResultAndIsQuoted(String way) throws Exception {
    Builder form = withScoreFormulas().total(TestWorkbooks.formulaCell("SUM(H13:H21)+H6"));
    Path output = processed(form, way);

    Seen deducted = seen(output, form.row(DEDUCTED), form.column("得分"));
    assertThat(deducted.formula()).isEmpty();
    assertThat(deducted.value()).isEqualTo(7.5);
    assertThat(deducted.note()).contains("「=G" + (form.row(DEDUCTED) + 1) + "*0.8」");
    Seen total = seen(output, form.totalRow(), form.column("得分"));
    assertThat(total.formula()).isEmpty();
    assertThat(total.value()).isEqualTo(96.16);
    assertThat(total.note()).contains("「=SUM(H13:H21)+H6」");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "xlsx-poi", "xls"})
  void aFullTotalShowingAnErrorGetsTheFormsFullAddedUp(String way) throws Exception {
    Builder form =
        SelfEvaluationForms.form()
            .total(TestWorkbooks.formulaCell("SUM(H13:H22)+H6+#REF!"))
            .edit(
                workbook ->
                    TestWorkbooks.writeCell(
                        workbook.getSheet(SHEET),
                        form().totalRow(),
                        form().column("分值"),
                        TestWorkbooks.formulaCell("SUM(G13:G22)+#REF!")));
    Path output = processed(form, way);

    Seen full = seen(output, form.totalRow(), form.column("分值"));
    assertThat(full.formula()).isEmpty();
    assertThat(full.value()).isEqualTo(100.0);
    assertThat(full.note()).contains("「=SUM(G13:G22)+#REF!」");
    Seen total = seen(output, form.totalRow(), form.column("得分"));
    assertThat(total.value()).isEqualTo(96.16);
    assertThat(total.note()).contains("「=SUM(H13:H22)+H6+#REF!」");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "xlsx-poi", "xls"})
  void theSampleFormKeepsItsTotalFormulaAndItsTitle(String way) throws Exception {
    Path sample = Path.of("samples", "2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx");
    Path input = folder.resolve("自评表.xlsx");
    Files.copy(sample, input);
    if (way.equals("xls")) {
      input = LibreOfficeRoundTrip.toXls(input, folder);
    }
    Path output = run(input, way);

    Seen total = seen(output, 30, 7);
    assertThat(total.formula()).isEqualTo("SUM(H13:H30)+H6");
    assertThat(total.value()).isCloseTo(96.16, within(1e-9));
    Seen title = seen(output, 0, 0);
    assertThat(title.stored()).isEqualTo(SHEET);
    assertThat(title.note()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "xlsx-poi", "xls"})
  void contractScoreFormulasFollowTheSameRule(String way) throws Exception {
    TestWorkbooks.Builder book = WriteCorpus.scoreColumnFormulas();
    Path input = folder.resolve(way.equals("xls") ? "评价.xls" : "评价.xlsx");
    if (way.equals("xls")) {
      try (Workbook workbook = book.buildXls();
          var out = Files.newOutputStream(input)) {
        workbook.write(out);
      }
    } else {
      book.saveTo(input);
    }
    Path output = run(input, way);

    Seen kept = seen(output, INDICATORS, 2, 8);
    assertThat(kept.formula()).isEqualTo("G3");
    assertThat(kept.value()).isCloseTo(54.0, within(1e-9));
    Seen replaced = seen(output, INDICATORS, 3, 8);
    assertThat(replaced.formula()).isEmpty();
    assertThat(replaced.value()).isEqualTo(40.0);
    assertThat(replaced.note()).contains("「=G4*0.5」");
  }

  private static Builder form() {
    return SelfEvaluationForms.form();
  }

  private Path processed(Builder form, String way) throws Exception {
    String extension = way.equals("xls") ? ".xls" : ".xlsx";
    return run(form.saveTo(folder.resolve("自评表" + extension)), way);
  }

  private Path run(Path input, String way) {
    Path out = folder.resolve("processed");
    String before = System.getProperty(Scorebook.SAVE_PROPERTY);
    if (way.equals("xlsx-poi")) {
      System.setProperty(Scorebook.SAVE_PROPERTY, "poi");
    }
    try {
      CliAccess.Result result = CliAccess.run("process", input.toString(), "--out", out.toString());
      assertThat(result.status()).as(result.out() + result.err()).isZero();
    } finally {
      if (before == null) {
        System.clearProperty(Scorebook.SAVE_PROPERTY);
      } else {
        System.setProperty(Scorebook.SAVE_PROPERTY, before);
      }
    }
    return out.resolve(input.getFileName());
  }

  private static Seen seen(Path output, int row, int column) throws IOException {
    return seen(output, SHEET, row, column);
  }

  private static Seen seen(Path output, String sheet, int row, int column) throws IOException {
    return output.toString().endsWith(".xls")
        ? seenInXls(output, sheet, row, column)
        : seenInXlsx(output, sheet, row, column);
  }

  private static Seen seenInXlsx(Path output, String sheet, int row, int column)
      throws IOException {
    org.dhatim.fastexcel.reader.Cell cell = Readback.of(output).cell(sheet, row, column);
    String formula = cell.getFormula() == null ? "" : cell.getFormula();
    String note =
        WorkbookView.of(output).get(CellRef.of(sheet, row, column).toString(), "comment.text");
    note = note == null ? "" : note;
    return new Seen(formula, cell.getRawValue(), note);
  }

  private static Seen seenInXls(Path output, String sheetName, int row, int column)
      throws IOException {
    try (InputStream in = Files.newInputStream(output);
        Workbook workbook = new HSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(sheetName);
      Row found = sheet.getRow(row);
      org.apache.poi.ss.usermodel.Cell cell = found.getCell(column);
      boolean isFormula = cell.getCellType() == CellType.FORMULA;
      Comment comment = cell.getCellComment();
      String value =
          cell.getCellType() == CellType.STRING
              ? cell.getStringCellValue()
              : String.valueOf(cell.getNumericCellValue());
      return new Seen(
          isFormula ? cell.getCellFormula() : "",
          value,
          comment == null ? "" : comment.getString().getString());
    }
  }
}
