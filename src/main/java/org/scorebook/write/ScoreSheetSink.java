package org.scorebook.write;

import org.scorebook.style.Look;

/**
 * Where the score sheet's layout ({@link ScoreSheet} and the grid under it) writes: everything it
 * does to a sheet, and the two questions it asks of it. Rows and columns are 0-based. Writing a
 * cell replaces whatever the cell held, value and look alike; the last write wins.
 *
 * <p>{@link ScoreSheetPoi} writes into a POI sheet; {@link org.scorebook.partsave.ScoreSheetXml}
 * writes the worksheet part itself, for a workbook that is not loaded into POI.
 */
public interface ScoreSheetSink {
  /** A text cell. */
  void text(int row, int column, String text, Look look);

  /** A number cell; the value is finite. */
  void number(int row, int column, double value, Look look);

  /** A cell with a look and no value. */
  void blank(int row, int column, Look look);

  /** Merges columns {@code firstColumn} to {@code lastColumn} of {@code row} into one cell. */
  void merge(int row, int firstColumn, int lastColumn);

  /** The row's height in points: the one set, else the sheet's default. */
  float rowHeight(int row);

  void rowHeight(int row, float points);

  /** The height of every row whose own height is not set. */
  void defaultRowHeight(float points);

  /** A column's width, in characters of the default font. */
  void columnWidth(int column, int characters);

  /** Freezes the rows above {@code rows} (none when 0), so they stay in view while scrolling. */
  void freezeRows(int rows);

  /**
   * Makes the cell a link to a place in the workbook, {@code location} as Excel writes it: {@code
   * '指标评分'!G8}.
   */
  void link(int row, int column, String location);

  /**
   * Whether the workbook has a sheet named {@code name}, compared without case as Excel compares
   * sheet names.
   */
  boolean hasSheet(String name);

  /** How the sheet prints. */
  void page(Page page);

  /**
   * Printing: A4 ({@code paperSize} is Excel's paper number), scaled to {@code pagesWide} by {@code
   * pagesHigh} pages (0: as many as it needs), margins in inches, row {@code repeatedRow} printed
   * at the top of every page, and a footer's centre part in Excel's header and footer codes ({@code
   * &P} the page number, {@code &N} the number of pages).
   *
   * @param gridlines whether gridlines are shown on screen and printed
   * @param autobreaks whether page breaks fall where the page is full
   */
  record Page(
      short paperSize,
      boolean landscape,
      int pagesWide,
      int pagesHigh,
      boolean autobreaks,
      boolean horizontallyCentered,
      Margins margins,
      int repeatedRow,
      boolean gridlines,
      String footerCenter) {}

  /** Page margins, in inches. */
  record Margins(double left, double right, double top, double bottom) {}
}
