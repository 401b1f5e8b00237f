package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.model.NumberReading;

class CellNumbersTest {

  @ParameterizedTest(name = "「{0}」 is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      3                | 3
      2.94             | 2.94
      ' 19.369 '       | 19.369
      98.09%           | 0.9809
      85 %             | 0.85
      ８５％           | 0.85
      ２．５           | 2.5
      －3              | -3
      -0.5             | -0.5
      +4               | 4
      1,234.5          | 1234.5
      １，２３４       | 1234
      12,345,678       | 12345678
      3分              | 3
      3 分             | 3
      19.369万元       | 19.369
      500元            | 500
      12次             | 12
      4个              | 4
      24小时           | 24
      .5               | 0.5
      '\u30003\u3000'  | 3
      """)
  void readsNumbersTypedAsText(String typed, double expected) {
    String text = typed.replace("\\u3000", "\u3000");
    assertThat(CellNumbers.parse(text)).isEqualTo(NumberReading.of(expected));
  }

  @ParameterizedTest(name = "「{0}」 is not a number")
  @ValueSource(
      strings = {
        "九十",
        "abc",
        "1,5",
        "12,34",
        "1.2.3",
        "3分5",
        "85%%",
        "NaN",
        "Infinity",
        "1e999",
        "--3",
        "3 4",
        "%",
        "分"
      })
  void rejectsTextThatIsNotANumberQuotingIt(String typed) {
    assertThat(CellNumbers.parse(typed)).isEqualTo(new NumberReading.Invalid(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u3000"})
  void blankTextIsBlankNotZero(String typed) {
    assertThat(CellNumbers.parse(typed)).isEqualTo(NumberReading.BLANK);
  }

  @Test
  void readsCellsOfEveryKind() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("s");
      Row row = sheet.createRow(0);
      row.createCell(0).setCellValue(19.369);
      Cell percent = row.createCell(1);
      percent.setCellValue(0.9809);
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
      percent.setCellStyle(style);
      row.createCell(2).setCellValue("９０分");
      row.createCell(3);
      row.createCell(4).setCellFormula("A1*2");
      row.createCell(5).setCellFormula("1/0");
      row.createCell(6).setCellValue(true);
      CellGrid grid = CellGrid.of(workbook);
      GridSheet cells = grid.sheets().get(0);

      assertThat(CellNumbers.read(cells.cell(0, 0), grid)).isEqualTo(NumberReading.of(19.369));
      assertThat(CellNumbers.read(cells.cell(0, 1), grid)).isEqualTo(NumberReading.of(0.9809));
      assertThat(CellNumbers.read(cells.cell(0, 2), grid)).isEqualTo(NumberReading.of(90));
      assertThat(CellNumbers.read(cells.cell(0, 3), grid)).isEqualTo(NumberReading.BLANK);
      assertThat(CellNumbers.read(cells.cell(0, 9), grid)).isEqualTo(NumberReading.BLANK);
      assertThat(CellNumbers.read(cells.cell(0, 4), grid))
          .as("formula with no cached value is evaluated")
          .isEqualTo(NumberReading.of(38.738));
      assertThat(CellNumbers.read(cells.cell(0, 5), grid))
          .isInstanceOfSatisfying(
              NumberReading.Invalid.class,
              invalid -> {
                assertThat(invalid.shown()).isEqualTo("#DIV/0!");
                assertThat(invalid.problem()).contains("=1/0").contains("#DIV/0!");
              });
      assertThat(CellNumbers.read(cells.cell(0, 6), grid))
          .isEqualTo(new NumberReading.Invalid("TRUE"));
    }
  }

  @Test
  void formulaCellGivesItsCachedValue() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Row row = workbook.createSheet("s").createRow(0);
      row.createCell(0).setCellValue(2);
      Cell formula = row.createCell(1);
      formula.setCellFormula("A1*2");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateFormulaCell(formula);
      row.getCell(0).setCellValue(100);
      CellGrid grid = CellGrid.of(workbook);
      assertThat(CellNumbers.read(grid.sheets().get(0).cell(0, 1), grid))
          .isEqualTo(NumberReading.of(4));
    }
  }
}
