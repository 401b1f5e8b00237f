package org.scorebook.read;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A workbook's cells as the readers see them, whatever read the file: sheets in their order, each
 * with its rows, cells and merged regions. Two kinds exist: {@link PoiGrid} over a workbook POI has
 * opened (.xls, .xlsx, a workbook changed in memory), and {@link XlsxGrid}, which reads an .xlsx
 * package's XML straight into cells and reads a sheet only when a reader asks for it. Both give the
 * readers the same cells, so the same model comes out of both.
 *
 * <p>{@link XlsxGrid} answers only what it can answer exactly as POI would; for anything else (a
 * formula whose result the file did not save, the text of a shared formula) it throws {@link
 * FullReadNeeded}, and the workbook is read again through POI.
 */
public interface CellGrid {

  /** The grid over a workbook POI has opened. */
  static CellGrid of(Workbook workbook) {
    return new PoiGrid(workbook);
  }

  /** Every sheet, hidden ones too, in the workbook's order. */
  List<GridSheet> sheets();

  /** Whether the workbook counts dates from 1904 (as old Mac workbooks do) rather than 1900. */
  boolean date1904();

  /**
   * Whether numbers are formatted as in a workbook counting from 1904: as {@link #date1904()} for
   * .xlsx, never for .xls (POI's formatter does not ask an .xls workbook).
   */
  boolean date1904InFormats();

  /**
   * Calculates the formula in {@code cell}, whose file saved no result for it; null when it gives
   * nothing. Throws what the calculation throws (a function not implemented, a reference into
   * another workbook), or {@link FullReadNeeded} where this grid cannot calculate.
   */
  GridCell.Result calculate(GridCell cell);
}
