package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;

/**
 * A workbook processed again reuses the styles it already has, and only styles that look the same.
 */
class StyleReuseTest {

  @Test
  void aLookAlreadyInTheWorkbookIsReused() throws Exception {
    try (Workbook workbook = new XSSFWorkbook()) {
      CellStyle first = new Styles(workbook).of(Look.PLAIN.withBold().withBorder().format("0.00"));
      int count = workbook.getNumCellStyles();

      CellStyle again =
          Styles.reusingExisting(workbook).of(Look.PLAIN.withBold().withBorder().format("0.00"));

      assertThat(again.getIndex()).isEqualTo(first.getIndex());
      assertThat(workbook.getNumCellStyles()).isEqualTo(count);
    }
  }

  @Test
  void aBorderedLookHasItsOwnAttributesAndLeavesThePlainBorderedStyleAlone() throws Exception {
    for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      try (workbook) {
        Styles styles = new Styles(workbook);
        Look rich =
            Look.PLAIN
                .withBold()
                .points(12)
                .withBorder()
                .fill(Fill.HEADER)
                .format("0.00%")
                .align(HorizontalAlignment.CENTER)
                .withWrap()
                .indent(2);
        CellStyle style = styles.of(rich);
        CellStyle plain = styles.of(Look.PLAIN.withBorder());

        assertThat(style.getIndex()).isNotEqualTo(plain.getIndex());
        assertThinBorders(style);
        Font font = workbook.getFontAt(style.getFontIndex());
        assertThat(font.getBold()).isTrue();
        assertThat(font.getFontHeightInPoints()).isEqualTo((short) 12);
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(style.getFillForegroundColor()).isEqualTo(Fill.HEADER.index());
        assertThat(style.getDataFormatString()).isEqualTo("0.00%");
        assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
        assertThat(style.getWrapText()).isTrue();
        assertThat(style.getIndention()).isEqualTo((short) 2);

        assertThinBorders(plain);
        Font plainFont = workbook.getFontAt(plain.getFontIndex());
        assertThat(plainFont.getBold()).isFalse();
        assertThat(plainFont.getFontHeightInPoints()).isEqualTo((short) Look.BODY_POINTS);
        assertThat(plain.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        assertThat(plain.getDataFormatString()).isEqualTo("General");
        assertThat(plain.getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
        assertThat(plain.getWrapText()).isFalse();
        assertThat(plain.getIndention()).isZero();
      }
    }
  }

  private static void assertThinBorders(CellStyle style) {
    assertThat(
            List.of(
                style.getBorderTop(),
                style.getBorderRight(),
                style.getBorderBottom(),
                style.getBorderLeft()))
        .containsOnly(BorderStyle.THIN);
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
      assertThat(((XSSFCellStyle) formatted).getFillForegroundXSSFColor().getRGB())
          .containsExactly(0, 255, 0);
      assertThat(formatted.getDataFormatString()).isEqualTo("0.00");
    }
  }
}
