package org.scorebook.style;

import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * Background fills. Indexed colours, so the same code serves .xlsx and .xls (which has no free
 * RGB).
 */
public enum Fill {
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

  public boolean isNone() {
    return color == null;
  }

  public short index() {
    return color.getIndex();
  }
}
