package org.scorebook.department;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;
import org.scorebook.style.PageLayout;
import org.scorebook.style.TextWidth;

/** Helpers shared by the sheet writers: cells, widths, row heights and the print setup. */
final class Sheets {
  /** Points per line of 11-point text, with the cell's padding. */
  private static final float LINE_POINTS = 15f;

  private static final float PADDING_POINTS = 4f;

  private Sheets() {}

  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  /**
   * The title and the sheet's name as one heading, without saying twice what they share:
   * 「2018年度绩效评价结果」 and 「绩效评价结果信息表」 give 「2018年度绩效评价结果信息表」, and 「总览」 gives 「2018年度绩效评价结果 总览」.
   */
  static String heading(String title, String sheetName) {
    for (int k = Math.min(title.length(), sheetName.length()); k >= 2; k--) {
      if (title.endsWith(sheetName.substring(0, k))) {
        return title + sheetName.substring(k);
      }
    }
    return title + " " + sheetName;
  }

  /**
   * Makes {@code cell} open {@code file} by a path relative to {@code folder}, the results
   * workbook's, so that the link still works when the folder is copied or shared; a file outside
   * the folder gets no link (an absolute path would not work on another computer).
   */
  static void fileLink(Cell cell, Path folder, Path file, CellStyle linkStyle) {
    if (folder == null) {
      return;
    }
    Path base = folder.toAbsolutePath().normalize();
    Path target = file.toAbsolutePath().normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      return;
    }
    List<String> parts = new ArrayList<>();
    base.relativize(target).forEach(part -> parts.add(part.toString().replace(" ", "%20")));
    Hyperlink link =
        cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
    try {
      link.setAddress(String.join("/", parts));
    } catch (IllegalArgumentException e) {
      return; // a name no link can hold; the text still says which file it is
    }
    cell.setHyperlink(link);
    cell.setCellStyle(linkStyle);
  }

  static Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  static Cell blank(Row row, int column, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  /** The header row 0 from {@code titles}, with the columns {@code widths} characters wide. */
  static void header(Sheet sheet, DepartmentStyles styles, String[] titles, int[] widths) {
    Row row = sheet.createRow(0);
    int lines = 1;
    for (int c = 0; c < titles.length; c++) {
      text(row, c, titles[c], styles.header());
      sheet.setColumnWidth(c, widths[c] * 256);
      lines = Math.max(lines, TextWidth.wrappedLines(titles[c], widths[c] - 1));
    }
    row.setHeightInPoints(height(lines));
  }

  /** The height of a row whose tallest wrapped cell takes {@code lines} lines. */
  static float height(int lines) {
    return Math.min(TextWidth.MAX_ROW_POINTS, Math.max(1, lines) * LINE_POINTS + PADDING_POINTS);
  }

  /**
   * Lines {@code text} takes in a column {@code width} characters wide (two characters of slack).
   */
  static int lines(String text, int width) {
    // Two characters of slack: LibreOffice and Excel break CJK lines a little before the column's
    // width.
    return text == null || text.isEmpty()
        ? 1
        : TextWidth.wrappedLines(text, Math.max(1, width - 2));
  }

  /**
   * A4 landscape, one page wide, the header row repeated on every page and frozen on screen (with
   * the first {@code frozenColumns} columns), the title above and page numbers below every page.
   */
  static void printReady(Sheet sheet, String title, int frozenColumns) {
    sheet.createFreezePane(frozenColumns, 1);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    PageLayout.a4FitToWidth(sheet, true, 0);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    // Excel's header codes: &14 the size (before the font: digits after it would join the size),
    // &"font,style", &P the page, &N the pages; && is a literal &.
    sheet
        .getHeader()
        .setCenter("&14&\"宋体,Bold\"" + heading(title, sheet.getSheetName()).replace("&", "&&"));
    sheet.getFooter().setCenter(Text.get("department.print.page", "&P", "&N"));
  }
}
