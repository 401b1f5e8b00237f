package org.scorebook.partsave;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * What a reader sees of one sheet of a saved .xlsx, as lines to compare: every cell's value, type
 * and resolved look (font, fill, borders, alignment, wrap, indent, number format: what the style
 * says, not its index), the merged ranges, row heights, column widths, the frozen pane, links,
 * print titles and page setup. Read once with POI and once with fastexcel-reader, which has no POI
 * inside (and sees values, types and number formats only).
 */
final class SheetView {
  private SheetView() {}

  /** The sheet as POI reads it. */
  static List<String> poi(Path file, String sheetName) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(sheetName);
      if (sheet == null) {
        throw new AssertionError("no sheet " + sheetName + " in " + file);
      }
      List<String> lines = new ArrayList<>();
      int lastColumn = 0;
      for (Row row : sheet) {
        for (Cell cell : row) {
          lines.add(cell(cell));
          lastColumn = Math.max(lastColumn, cell.getColumnIndex());
        }
      }
      for (int r = 0; r <= sheet.getLastRowNum() + 1; r++) {
        Row row = sheet.getRow(r);
        float points = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        lines.add("row " + (r + 1) + " height " + points);
      }
      for (int c = 0; c <= lastColumn + 2; c++) {
        lines.add(
            "column "
                + c
                + " width "
                + sheet.getColumnWidth(c)
                + (sheet.isColumnHidden(c) ? " hidden" : ""));
      }
      lines.add("default row height " + sheet.getDefaultRowHeightInPoints());
      lines.add("default column width " + sheet.getDefaultColumnWidth());
      for (CellRangeAddress range : sheet.getMergedRegions()) {
        lines.add("merged " + range.formatAsString());
      }
      for (Hyperlink link : sheet.getHyperlinkList()) {
        lines.add(
            "link "
                + new CellRangeAddress(
                        link.getFirstRow(),
                        link.getLastRow(),
                        link.getFirstColumn(),
                        link.getLastColumn())
                    .formatAsString()
                + " "
                + link.getType()
                + " "
                + link.getAddress());
      }
      lines.add("pane " + pane(sheet.getPaneInformation()));
      lines.add("print titles " + sheet.getRepeatingRows() + " " + sheet.getRepeatingColumns());
      lines.addAll(page(sheet));
      lines.add(
          "view selected="
              + sheet.isSelected()
              + " gridlines="
              + sheet.isDisplayGridlines()
              + " zeros="
              + sheet.isDisplayZeros()
              + " headings="
              + sheet.isDisplayRowColHeadings()
              + " rightToLeft="
              + sheet.isRightToLeft()
              + " formulas="
              + sheet.isDisplayFormulas());
      return lines;
    }
  }

  private static String cell(Cell cell) {
    String value =
        switch (cell.getCellType()) {
          case STRING -> "'" + cell.getStringCellValue() + "'";
          case NUMERIC -> Double.toString(cell.getNumericCellValue());
          case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
          case FORMULA -> "=" + cell.getCellFormula();
          case ERROR -> "#" + cell.getErrorCellValue();
          case BLANK -> "";
          default -> cell.getCellType().toString();
        };
    return "cell "
        + cell.getAddress().formatAsString()
        + " "
        + cell.getCellType()
        + " "
        + value
        + " "
        + style((XSSFCellStyle) cell.getCellStyle());
  }

  /** Everything the style shows, by value. */
  private static String style(XSSFCellStyle style) {
    XSSFFont font = style.getFont();
    return String.join(
        " ",
        "font=" + font.getFontName(),
        font.getFontHeightInPoints() + "pt",
        font.getBold() ? "bold" : "regular",
        font.getItalic() ? "italic" : "upright",
        "underline=" + font.getUnderline(),
        font.getStrikeout() ? "struck" : "",
        "colour=" + color(font.getXSSFColor()),
        "fill=" + style.getFillPattern(),
        "fg=" + color(style.getFillForegroundXSSFColor()),
        "bg=" + color(style.getFillBackgroundXSSFColor()),
        "border=" + style.getBorderTop(),
        style.getBorderBottom().toString(),
        style.getBorderLeft().toString(),
        style.getBorderRight().toString(),
        "borderColours="
            + color(style.getBorderColor(BorderSide.TOP))
            + "/"
            + color(style.getBorderColor(BorderSide.BOTTOM))
            + "/"
            + color(style.getBorderColor(BorderSide.LEFT))
            + "/"
            + color(style.getBorderColor(BorderSide.RIGHT)),
        "align=" + style.getAlignment(),
        style.getVerticalAlignment().toString(),
        style.getWrapText() ? "wrap" : "nowrap",
        "indent=" + style.getIndention(),
        "rotation=" + style.getRotation(),
        style.getShrinkToFit() ? "shrink" : "",
        "format=" + style.getDataFormatString(),
        style.getLocked() ? "locked" : "unlocked",
        style.getHidden() ? "hidden" : "",
        style.getQuotePrefixed() ? "quoted" : "");
  }

  private static String color(XSSFColor color) {
    if (color == null) {
      return "none";
    }
    if (color.isIndexed()) {
      return "indexed" + color.getIndexed();
    }
    byte[] rgb = color.getRGB();
    if (rgb == null) {
      return color.isAuto() ? "auto" : "theme" + color.getTheme() + "/" + color.getTint();
    }
    StringBuilder hex = new StringBuilder("#");
    for (byte b : rgb) {
      hex.append(String.format(Locale.ROOT, "%02X", b));
    }
    return hex + (color.hasTint() ? "/" + color.getTint() : "");
  }

  private static String pane(PaneInformation pane) {
    if (pane == null) {
      return "none";
    }
    return (pane.isFreezePane() ? "frozen" : "split")
        + " rows="
        + pane.getHorizontalSplitPosition()
        + " columns="
        + pane.getVerticalSplitPosition()
        + " top="
        + pane.getHorizontalSplitTopRow()
        + " left="
        + pane.getVerticalSplitLeftColumn()
        + " active="
        + pane.getActivePaneType();
  }

  private static List<String> page(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    Footer footer = sheet.getFooter();
    Header header = sheet.getHeader();
    return List.of(
        "paper "
            + print.getPaperSize()
            + (print.getLandscape() ? " landscape" : " portrait")
            + " fit="
            + sheet.getFitToPage()
            + " "
            + print.getFitWidth()
            + "x"
            + print.getFitHeight()
            + " scale="
            + print.getScale()
            + " autobreaks="
            + sheet.getAutobreaks(),
        "centred horizontally="
            + sheet.getHorizontallyCenter()
            + " vertically="
            + sheet.getVerticallyCenter()
            + " print gridlines="
            + sheet.isPrintGridlines()
            + " print headings="
            + sheet.isPrintRowAndColumnHeadings(),
        "margins left="
            + sheet.getMargin(PageMargin.LEFT)
            + " right="
            + sheet.getMargin(PageMargin.RIGHT)
            + " top="
            + sheet.getMargin(PageMargin.TOP)
            + " bottom="
            + sheet.getMargin(PageMargin.BOTTOM)
            + " header="
            + sheet.getMargin(PageMargin.HEADER)
            + " footer="
            + sheet.getMargin(PageMargin.FOOTER),
        "footer [" + footer.getLeft() + "|" + footer.getCenter() + "|" + footer.getRight() + "]",
        "header [" + header.getLeft() + "|" + header.getCenter() + "|" + header.getRight() + "]");
  }

  /** The sheet as fastexcel-reader reads it: each cell's type, value and number format. */
  static List<String> fastexcel(Path file, String sheetName) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      org.dhatim.fastexcel.reader.Sheet sheet =
          workbook
              .findSheet(sheetName)
              .orElseThrow(() -> new AssertionError("no sheet " + sheetName + " in " + file));
      List<String> lines = new ArrayList<>();
      for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
        for (org.dhatim.fastexcel.reader.Cell cell : row) {
          if (cell == null) {
            continue;
          }
          lines.add(
              "cell "
                  + cell.getAddress()
                  + " "
                  + cell.getType()
                  + " "
                  + value(cell)
                  + " format="
                  + cell.getDataFormatString());
        }
      }
      return lines;
    }
  }

  private static String value(org.dhatim.fastexcel.reader.Cell cell) {
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    return cell.getType() == CellType.STRING ? "'" + cell.asString() + "'" : cell.getText();
  }
}
