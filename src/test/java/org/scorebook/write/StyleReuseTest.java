package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook processed again reuses the styles it already has, and only styles that look the same. */
class StyleReuseTest {

  @Test
  void aLookAlreadyInTheWorkbookIsReused() throws Exception {
    try (Workbook workbook = new XSSFWorkbook()) {
      CellStyle first = new Styles(workbook).of(Look.PLAIN.withBold().withBorder().format("0.00"));
      int count = workbook.getNumCellStyles();

      CellStyle again = Styles.reusingExisting(workbook).of(Look.PLAIN.withBold().withBorder().format("0.00"));

      assertThat(again.getIndex()).isEqualTo(first.getIndex());
      assertThat(workbook.getNumCellStyles()).isEqualTo(count);
    }
  }

  @Test
  void removingAFaultFillGivesBackTheOriginalStyle() throws Exception {
    try (Workbook workbook = new HSSFWorkbook()) {
      Styles firstRun = new Styles(workbook);
      CellStyle original = firstRun.of(Look.PLAIN.withBorder());
      CellStyle marked = firstRun.withFill(original, Fill.ERROR);
      int count = workbook.getNumCellStyles();

      Styles secondRun = Styles.reusingExisting(workbook);
      assertThat(secondRun.withFill(marked, Fill.NONE).getIndex()).isEqualTo(original.getIndex());
      assertThat(secondRun.withFill(original, Fill.ERROR).getIndex()).isEqualTo(marked.getIndex());
      assertThat(workbook.getNumCellStyles()).isEqualTo(count);
    }
  }

  @Test
  void stylesDifferingOnlyInAnRgbFillAreNotConfused() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFCellStyle red = workbook.createCellStyle();
      red.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 255, 0, 0}));
      red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      red.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      XSSFCellStyle green = workbook.createCellStyle();
      green.setFillForegroundColor(new XSSFColor(new byte[] {0, (byte) 255, 0}));
      green.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      CellStyle formatted = Styles.reusingExisting(workbook).withFormat(green, "0.00");

      assertThat(formatted.getIndex()).isNotEqualTo(red.getIndex());
      assertThat(((XSSFCellStyle) formatted).getFillForegroundXSSFColor().getRGB()).containsExactly(0, 255, 0);
      assertThat(formatted.getDataFormatString()).isEqualTo("0.00");
    }
  }
}
