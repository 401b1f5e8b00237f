package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.TestWorkbooks;

/**
 * The self-evaluation form's 总分 goes into the 总分 row's 得分 cell on every path, .xls included, and a
 * broken total formula there is replaced with a note at that cell, never at A1.
 */
class FormTotalCellTest {
  private static final String SHEET = "项目支出绩效自评表";
  private static final String BROKEN = "SUM(H13:H22)+H6+#REF!";

  @TempDir Path folder;

  private Builder brokenTotal() {
    return SelfEvaluationForms.form().total(TestWorkbooks.formulaCell(BROKEN));
  }

  private Path processed(Path input) {
    Path out = folder.resolve("processed");
    CliAccess.Result result = CliAccess.run("process", input.toString(), "--out", out.toString());
    assertThat(result.status()).as(result.out() + result.err()).isZero();
    return out.resolve(input.getFileName());
  }

  private static Workbook xls(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new HSSFWorkbook(in);
    }
  }

  @Test
  void aBrokenTotalInAnXlsIsReplacedInTheTotalCellNotInA1() throws IOException {
    Builder form = brokenTotal();
    Path output = processed(form.saveTo(folder.resolve("自评表.xls")));

    try (Workbook back = xls(output)) {
      assertTotalReplaced(back.getSheet(SHEET), form, BROKEN);
    }
  }

  @Test
  void aBrokenTotalInAnXlsSavedByLibreOfficeIsReplacedInTheTotalCell() throws Exception {
    Builder form = brokenTotal();
    Path saved = LibreOfficeRoundTrip.toXls(form.saveTo(folder.resolve("自评表.xlsx")), folder);
    String held;
    try (Workbook in = xls(saved)) {
      held = totalCell(in.getSheet(SHEET), form).getCellFormula();
    }
    Path output = processed(saved);

    try (Workbook back = xls(output)) {
      assertTotalReplaced(back.getSheet(SHEET), form, held);
    }
  }

  private static Cell totalCell(Sheet sheet, Builder form) {
    return sheet.getRow(form.totalRow()).getCell(form.column("得分"));
  }

  private static void assertTotalReplaced(Sheet sheet, Builder form, String formula) {
    Cell total = totalCell(sheet, form);
    assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(total.getNumericCellValue()).isEqualTo(96.16);
    assertThat(total.getCellComment().getString().getString()).contains("「=" + formula + "」");
    Cell title = sheet.getRow(0).getCell(0);
    assertThat(title.getStringCellValue()).isEqualTo(SHEET);
    assertThat(title.getCellComment()).isNull();
  }
}
