package org.scorebook.write;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.TextWidth;

/**
 * Writes the score sheet (评分汇总) top to bottom, one row after another, over a grid of columns whose
 * number and widths come from the layout and the content (contract v1: five columns, A to E).
 * Wrapped text gets a row height from its character count, since neither POI (without fonts) nor
 * Excel sizes a merged row by itself. Rows are numbers; the cells go to a {@link ScoreSheetSink}.
 */
public final class ScoreSheetGrid {
  private static final float LINE_POINTS = 15f;
  private static final float PADDING_POINTS = 3f;
  private static final double WIDE_GLYPH = 1.1;

  // The looks of the score sheet, in one place.
  static final Look TITLE =
      Look.PLAIN.withBold().points(16).withWrap().align(HorizontalAlignment.CENTER);
  static final Look STATUS =
      Look.PLAIN.withBold().points(12).withWrap().align(HorizontalAlignment.LEFT);
  public static final Look SECTION = Look.PLAIN.withBold().points(12);
  public static final Look HEADER =
      Look.PLAIN
          .withBold()
          .withBorder()
          .fill(Fill.HEADER)
          .align(HorizontalAlignment.CENTER)
          .withWrap();
  static final Look LABEL =
      Look.PLAIN.withBold().withBorder().withWrap().align(HorizontalAlignment.LEFT);
  public static final Look TEXT =
      Look.PLAIN.withBorder().withWrap().align(HorizontalAlignment.LEFT);
  public static final Look CENTERED = Look.PLAIN.withBorder().align(HorizontalAlignment.CENTER);
  public static final Look SCORE = Look.PLAIN.withBorder().format(IndicatorAnnotator.SCORE_FORMAT);
  static final Look RATE = Look.PLAIN.withBorder().format(IndicatorAnnotator.RATE_FORMAT);
  static final Look AMOUNT =
      Look.PLAIN.withBorder().format("#,##0.00##").align(HorizontalAlignment.LEFT);
  static final Look SMALL = Look.PLAIN.points(9).withWrap().align(HorizontalAlignment.LEFT).top();

  private final ScoreSheetSink sink;
  private final int[] widths;
  private int next;

  ScoreSheetGrid(ScoreSheetSink sink, int[] widths) {
    this.sink = sink;
    this.widths = widths.clone();
    for (int c = 0; c < widths.length; c++) {
      sink.columnWidth(c, widths[c]);
    }
  }

  /** The index of the grid's last column. */
  int last() {
    return widths.length - 1;
  }

  ScoreSheetSink sink() {
    return sink;
  }

  /** The index of the row {@link #newRow()} gives next. */
  int nextRow() {
    return next;
  }

  /** The index of a new row, below every row given before. */
  int newRow() {
    return next++;
  }

  void skip() {
    next++;
  }

  void text(int row, int column, String text, Look look) {
    sink.text(row, column, Cells.fit(text), look);
  }

  /** A number; a cell with the look and no value when the value is not finite. */
  void number(int row, int column, double value, Look look) {
    if (Double.isFinite(value)) {
      sink.number(row, column, value, look);
    } else {
      sink.blank(row, column, look);
    }
  }

  /**
   * A number in columns {@code from} to {@code to}, merged when they are more than one; nothing
   * when the value is not finite.
   */
  void number(int row, int from, int to, double value, Look look) {
    for (int c = from + 1; c <= to; c++) {
      styled(row, c, look);
    }
    number(row, from, value, look);
    if (to > from) {
      sink.merge(row, from, to);
    }
  }

  void styled(int row, int column, Look look) {
    sink.blank(row, column, look);
  }

  /**
   * Merges columns {@code from} to {@code to} of {@code row} into one cell holding {@code text};
   * every cell of the range gets the look, so borders run along the whole range. Grows the row for
   * wrapped text.
   */
  void merged(int row, int from, int to, String text, Look look) {
    for (int c = from + 1; c <= to; c++) {
      styled(row, c, look);
    }
    text(row, from, text, look);
    if (to > from) {
      sink.merge(row, from, to);
    }
    if (look.wrapped()) {
      fit(row, text, from, to, look.fontPoints());
    }
  }

  /**
   * A whole-width line.
   *
   * @return its row
   */
  int line(String text, Look look) {
    int row = newRow();
    merged(row, 0, last(), text, look);
    return row;
  }

  /**
   * Makes {@code row} tall enough for {@code text} wrapped across columns {@code from} to {@code
   * to}, as far as Excel allows.
   */
  void fit(int row, String text, int from, int to, int points) {
    int width = 0;
    for (int c = from; c <= to; c++) {
      width += widths[c];
    }
    // A character of a larger font takes proportionally more of the width, and a CJK character
    // a little more than the two digits it is counted as: lines are counted on the narrow side.
    int chars =
        Math.max(1, (int) ((width - 1) / WIDE_GLYPH * Look.BODY_POINTS / Math.max(points, 1)));
    float lineHeight = LINE_POINTS * Math.max(points, Look.BODY_POINTS) / Look.BODY_POINTS;
    float needed =
        Math.min(
            TextWidth.MAX_ROW_POINTS,
            TextWidth.wrappedLines(text, chars) * lineHeight + PADDING_POINTS);
    if (needed > sink.rowHeight(row)) {
      sink.rowHeight(row, needed);
    }
  }
}
