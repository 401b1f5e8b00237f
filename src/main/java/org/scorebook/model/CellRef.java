package org.scorebook.model;

import java.util.Objects;

/**
 * A place in the workbook: a sheet and, optionally, a cell. Rows and columns are 0-based as POI
 * counts them; {@link #toString()} prints what a user sees in Excel, such as {@code 指标评分!F12}.
 */
public record CellRef(String sheet, int row, int column) {
  private static final int NONE = -1;

  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    if ((row < 0) != (column < 0)) {
      throw new IllegalArgumentException("row and column are both set or both absent");
    }
  }

  public static CellRef of(String sheet, int row, int column) {
    return new CellRef(sheet, row, column);
  }

  /** The sheet as a whole, for messages that belong to no single cell. */
  public static CellRef sheet(String sheet) {
    return new CellRef(sheet, NONE, NONE);
  }

  public boolean hasCell() {
    return row >= 0;
  }

  /** The cell part in A1 style ({@code F12}), or an empty string for a whole sheet. */
  public String a1() {
    return hasCell() ? columnLetters(column) + (row + 1) : "";
  }

  public static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  @Override
  public String toString() {
    return hasCell() ? sheet + "!" + a1() : sheet;
  }
}
