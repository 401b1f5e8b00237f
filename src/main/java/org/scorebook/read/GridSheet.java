package org.scorebook.read;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of a {@link CellGrid}: its rows (only those the file has), cells and merged regions.
 */
public interface GridSheet {

  /** The sheet's name as the file has it (untrimmed). */
  String name();

  /** The first row the file has, or -1 when it has none. */
  int firstRow();

  /** The last row the file has, or -1 when it has none. */
  int lastRow();

  /** Row {@code row} (0-based), or null when the file has none there. */
  GridRow row(int row);

  /** The cell at ({@code row}, {@code column}), or null when there is none (or column &lt; 0). */
  default GridCell cell(int row, int column) {
    GridRow r = row(row);
    return r == null || column < 0 ? null : r.cell(column);
  }

  /** The merged regions, in the file's order. */
  List<Region> mergedRegions();

  /** A rectangle of merged cells, 0-based and inclusive. */
  public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    public boolean isInRange(int row, int column) {
      return firstRow <= row && row <= lastRow && firstColumn <= column && column <= lastColumn;
    }

    /** As Excel writes it: {@code A2:A4}. */
    public String formatAsString() {
      return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString();
    }
  }

  /** One row: the cells the file has in it, in column order. */
  public interface GridRow {
    /** The cell in {@code column}, or null. */
    GridCell cell(int column);

    /** The row's cells, left to right. */
    Iterable<GridCell> cells();

    /** One past the last column with a cell, or -1 when the row has no cell. */
    int lastCellNum();
  }
}
