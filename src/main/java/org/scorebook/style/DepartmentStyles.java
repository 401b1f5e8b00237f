package org.scorebook.style;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The looks of the department results workbook ({@code org.scorebook.department}), taken from the
 * one style cache {@link Styles}: each is created once per workbook, whatever the number of rows.
 * Works with any {@link Workbook}, an {@code SXSSFWorkbook} included.
 */
public final class DepartmentStyles {
  private static final String SCORE_FORMAT = "0.00";
  private static final String RATE_FORMAT = "0.00%";
  private static final String AMOUNT_FORMAT = "#,##0.00";

  private final Styles styles;

  public DepartmentStyles(Workbook workbook) {
    this.styles = new Styles(workbook);
  }

  /** A sheet title: bold, 16 points, not bordered. */
  public CellStyle title() {
    return styles.of(Look.PLAIN.withBold().points(16).align(HorizontalAlignment.LEFT));
  }

  /** A table's header cell: bold, bordered, pale blue, centred, wrapped. */
  public CellStyle header() {
    return styles.of(
        Look.PLAIN
            .withBold()
            .withBorder()
            .fill(Fill.HEADER)
            .align(HorizontalAlignment.CENTER)
            .withWrap());
  }

  /** A label in a two-column table: bold, bordered. */
  public CellStyle label() {
    return styles.of(Look.PLAIN.withBold().withBorder().align(HorizontalAlignment.LEFT));
  }

  /** Text in a table, wrapped, top-aligned so long paragraphs read from the top. */
  public CellStyle text() {
    return styles.of(Look.PLAIN.withBorder().withWrap().align(HorizontalAlignment.LEFT).top());
  }

  /** Text that links to a file: as {@link #text()}, blue and underlined. */
  public CellStyle link() {
    return styles.of(
        Look.PLAIN.withBorder().withWrap().align(HorizontalAlignment.LEFT).top().withLink());
  }

  /** A short value in a table, centred (序号, 等级). */
  public CellStyle centered() {
    return styles.of(Look.PLAIN.withBorder().align(HorizontalAlignment.CENTER).top());
  }

  /** A score: {@code 0.00}. */
  public CellStyle score() {
    return styles.of(
        Look.PLAIN.withBorder().format(SCORE_FORMAT).align(HorizontalAlignment.CENTER).top());
  }

  /** A rate: {@code 0.00%}. */
  public CellStyle rate() {
    return styles.of(
        Look.PLAIN.withBorder().format(RATE_FORMAT).align(HorizontalAlignment.CENTER).top());
  }

  /** An amount in 万元: {@code 1,234.50}, {@code 1.59}: always two decimals. */
  public CellStyle amount() {
    return styles.of(
        Look.PLAIN.withBorder().format(AMOUNT_FORMAT).align(HorizontalAlignment.RIGHT).top());
  }

  /** An amount in 万元 centred, as a figure in a small two-column table. */
  public CellStyle amountCentered() {
    return styles.of(
        Look.PLAIN.withBorder().format(AMOUNT_FORMAT).align(HorizontalAlignment.CENTER).top());
  }

  /** A small note under a table. */
  public CellStyle note() {
    return styles.of(Look.PLAIN.points(9).align(HorizontalAlignment.LEFT));
  }
}
