package org.scorebook.read;

import java.util.Map;
import java.util.TreeMap;

/** The texts the streaming read gives for the first sheet of a package, row by row. */
public final class StreamedTexts {
  private StreamedTexts() {}

  /** Row → column → text, for every cell of the first sheet. */
  public static Map<Integer, Map<Integer, String>> firstSheet(byte[] xlsx) {
    GridSheet sheet = XlsxGrid.of(xlsx).sheets().get(0);
    Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
    for (int r = sheet.firstRow(); r >= 0 && r <= sheet.lastRow(); r++) {
      GridSheet.GridRow row = sheet.row(r);
      if (row == null) {
        continue;
      }
      Map<Integer, String> cells = new TreeMap<>();
      for (GridCell cell : row.cells()) {
        cells.put(cell.column(), cell.text());
      }
      rows.put(r, cells);
    }
    return rows;
  }
}
