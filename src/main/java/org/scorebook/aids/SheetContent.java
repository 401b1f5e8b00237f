package org.scorebook.aids;

import java.util.List;
import java.util.Optional;

/**
 * What the aids need to know of a sheet's cells before they are planned: where the check row is,
 * whether the rows below the table are empty, the top-level 分值 the check row adds up, how wide the
 * header row is, and whether the sheet already has a filter or frozen panes. Whether the workbook
 * is open in POI or read from its XML, it answers the same.
 */
public interface SheetContent {

  /** The row's cells in column order; empty when the sheet has no such row. */
  Optional<List<Cell>> row(int row);

  /** Whether the sheet has a filter of its own (an .xls sheet's filter does not count). */
  boolean hasAutoFilter();

  /** Whether the sheet has frozen or split panes. */
  boolean hasPanes();

  /** The content of one cell, empty where the row or the cell is absent. */
  default Optional<Cell> cell(int row, int column) {
    return row(row).flatMap(cells -> cells.stream().filter(c -> c.column() == column).findFirst());
  }

  /** What a cell holds: a formula's kind is that of its cached result. */
  enum Kind {
    BLANK,
    STRING,
    NUMBER,
    /** A boolean or an error. */
    OTHER
  }

  /**
   * One cell.
   *
   * @param text the string for {@link Kind#STRING}, else empty
   * @param number the value for {@link Kind#NUMBER}, else 0
   */
  record Cell(int column, Kind kind, boolean formula, String text, double number) {
    public static Cell blank(int column) {
      return new Cell(column, Kind.BLANK, false, "", 0);
    }

    public static Cell text(int column, String text) {
      return new Cell(column, Kind.STRING, false, text, 0);
    }

    public static Cell number(int column, double number) {
      return new Cell(column, Kind.NUMBER, false, "", number);
    }

    /** Empty as a row below the table must be: blank, or a string of spaces; never a formula. */
    boolean isEmpty() {
      return !formula && (kind == Kind.BLANK || (kind == Kind.STRING && text.isBlank()));
    }
  }
}
