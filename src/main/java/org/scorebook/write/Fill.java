package org.scorebook.write;

import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * Background fills. Indexed colours, so the same code serves .xlsx and .xls (which has no free RGB).
 */
enum Fill {
  NONE(null),
  /** A cell with an error. */
  ERROR(IndexedColors.CORAL),
  /** A cell with a warning. */
  WARNING(IndexedColors.YELLOW),
  /** Table headers. */
  HEADER(IndexedColors.PALE_BLUE),
  /** Cells the evaluator fills in the template. */
  INPUT(IndexedColors.LIGHT_YELLOW),
  /** Totals and computed rows. */
  TOTAL(IndexedColors.GREY_25_PERCENT);

  private final IndexedColors color;

  Fill(IndexedColors color) {
    this.color = color;
  }

  boolean isNone() {
    return color == null;
  }

  short index() {
    return color.getIndex();
  }
}
