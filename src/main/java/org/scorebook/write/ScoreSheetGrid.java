package org.scorebook.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;

/**
 * Writes the score sheet (评分汇总) top to bottom, one row after another, over a grid of columns whose
 * number and widths come from the layout and the content (contract v1: five columns, A to E).
 * Wrapped text gets a row height from its character count, since neither POI (without fonts) nor
 * Excel sizes a merged row by itself.
 */
final class ScoreSheetGrid {
  private static final float LINE_POINTS = 15f;
  private static final float PADDING_POINTS = 3f;

  // The looks of the score sheet, in one place.
  static final Look TITLE =
      Look.PLAIN.withBold().points(16).withWrap().align(HorizontalAlignment.CENTER);
  static final Look STATUS =
      Look.PLAIN.withBold().points(12).withWrap().align(HorizontalAlignment.LEFT);
  static final Look SECTION = Look.PLAIN.withBold().points(12);
  static final Look HEADER =
      Look.PLAIN
          .withBold()
          .withBorder()
          .fill(Fill.HEADER)
          .align(HorizontalAlignment.CENTER)
          .withWrap();
  static final Look LABEL =
      Look.PLAIN.withBold().withBorder().withWrap().align(HorizontalAlignment.LEFT);
  static final Look TEXT = Look.PLAIN.withBorder().withWrap().align(HorizontalAlignment.LEFT);
  static final Look CENTERED = Look.PLAIN.withBorder().align(HorizontalAlignment.CENTER);
  static final Look SCORE = Look.PLAIN.withBorder().format(IndicatorAnnotator.SCORE_FORMAT);
  static final Look RATE = Look.PLAIN.withBorder().format(IndicatorAnnotator.RATE_FORMAT);
  static final Look AMOUNT =
      Look.PLAIN.withBorder().format("#,##0.00##").align(HorizontalAlignment.LEFT);
  static final Look SMALL = Look.PLAIN.points(9).withWrap().align(HorizontalAlignment.LEFT).top();

  private final Sheet sheet;
  private final Styles styles;
  private final int[] widths;
  private int next;

  ScoreSheetGrid(Sheet sheet, Styles styles, int[] widths) {
    this.sheet = sheet;
    this.styles = styles;
    this.widths = widths.clone();
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  /** The index of the grid's last column. */
  int last() {
    return widths.length - 1;
  }

  Sheet sheet() {
    return sheet;
  }

  /** The index of the row {@link #newRow()} gives next. */
  int nextRow() {
    return next;
  }

  Row newRow() {
    return sheet.createRow(next++);
  }

  void skip() {
    next++;
  }

  Cell text(Row row, int column, String text, Look look) {
    Cell cell = styled(row, column, look);
    cell.setCellValue(Cells.fit(text));
    return cell;
  }

  Cell number(Row row, int column, double value, Look look) {
    Cell cell = styled(row, column, look);
    if (Double.isFinite(value)) {
      cell.setCellValue(value);
    }
    return cell;
  }

  /**
   * A number in columns {@code from} to {@code to}, merged when they are more than one; nothing
   * when the value is not finite.
   */
  Cell number(Row row, int from, int to, double value, Look look) {
    for (int c = from + 1; c <= to; c++) {
      styled(row, c, look);
    }
    Cell cell = number(row, from, value, look);
    if (to > from) {
      sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }
    return cell;
  }

  Cell styled(Row row, int column, Look look) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.of(look));
    return cell;
  }

  /**
   * Merges columns {@code from} to {@code to} of {@code row} into one cell holding {@code text};
   * every cell of the range gets the look, so borders run along the whole range. Grows the row for
   * wrapped text.
   */
  Cell merged(Row row, int from, int to, String text, Look look) {
    for (int c = from + 1; c <= to; c++) {
      styled(row, c, look);
    }
    Cell cell = text(row, from, text, look);
    if (to > from) {
      // unchecked: the grid writes each row once, so its merged ranges cannot overlap
      sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }
    if (look.wrapped()) {
      fit(row, text, from, to, look.fontPoints());
    }
    return cell;
  }

  /** A whole-width line. */
  Cell line(String text, Look look) {
    return merged(newRow(), 0, last(), text, look);
  }

  /**
   * Makes {@code row} tall enough for {@code text} wrapped across columns {@code from} to {@code
   * to}.
   */
  void fit(Row row, String text, int from, int to, int points) {
    int width = 0;
    for (int c = from; c <= to; c++) {
      width += widths[c];
    }
    // A character of a larger font takes proportionally more of the width.
    int chars = Math.max(1, (width - 1) * Look.BODY_POINTS / Math.max(points, 1));
    float lineHeight = LINE_POINTS * Math.max(points, Look.BODY_POINTS) / Look.BODY_POINTS;
    float needed = TextWidth.wrappedLines(text, chars) * lineHeight + PADDING_POINTS;
    if (needed > row.getHeightInPoints()) {
      row.setHeightInPoints(needed);
    }
  }
}
