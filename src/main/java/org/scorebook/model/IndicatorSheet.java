package org.scorebook.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 指标评分 sheet as read: where its header is, which column holds what, and its data rows.
 *
 * @param sheetName the sheet's name as it appears in the workbook
 * @param columns 0-based column index of each column found (output columns may be absent; the
 *     writer appends them)
 */
public record IndicatorSheet(
    String sheetName,
    int headerRow,
    Map<IndicatorColumn, Integer> columns,
    List<IndicatorRow> rows) {

  public IndicatorSheet {
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    rows = List.copyOf(rows);
  }

  public Optional<Integer> column(IndicatorColumn column) {
    return Optional.ofNullable(columns.get(column));
  }

  /**
   * The cell of {@code column} on {@code row}, or the row's code cell when the column is absent.
   */
  public CellRef cell(int row, IndicatorColumn column) {
    Integer index = columns.get(column);
    if (index == null) {
      index = columns.getOrDefault(IndicatorColumn.CODE, 0);
    }
    return CellRef.of(sheetName, row, index);
  }
}
