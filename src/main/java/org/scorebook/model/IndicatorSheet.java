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
 * @param rowColumns the columns of a row that lies outside the table and has its own (the
 *     self-evaluation form's budget line, in its funds block), by row
 * @param notApplicable the rows marked as not applicable, in sheet order: they are not in {@code
 *     rows}
 */
public record IndicatorSheet(
    String sheetName,
    int headerRow,
    Map<IndicatorColumn, Integer> columns,
    List<IndicatorRow> rows,
    Map<Integer, Map<IndicatorColumn, Integer>> rowColumns,
    List<NotApplicableRow> notApplicable) {

  public IndicatorSheet {
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    rows = List.copyOf(rows);
    rowColumns = Map.copyOf(rowColumns);
    notApplicable = List.copyOf(notApplicable);
  }

  /** A table with no row marked as not applicable. */
  public IndicatorSheet(
      String sheetName,
      int headerRow,
      Map<IndicatorColumn, Integer> columns,
      List<IndicatorRow> rows,
      Map<Integer, Map<IndicatorColumn, Integer>> rowColumns) {
    this(sheetName, headerRow, columns, rows, rowColumns, List.of());
  }

  /** A table whose rows all use its header's columns. */
  public IndicatorSheet(
      String sheetName,
      int headerRow,
      Map<IndicatorColumn, Integer> columns,
      List<IndicatorRow> rows) {
    this(sheetName, headerRow, columns, rows, Map.of());
  }

  public Optional<Integer> column(IndicatorColumn column) {
    return Optional.ofNullable(columns.get(column));
  }

  /**
   * The cell of {@code column} on {@code row}, or the row's code cell when the column is absent.
   */
  public CellRef cell(int row, IndicatorColumn column) {
    Map<IndicatorColumn, Integer> own = rowColumns.getOrDefault(row, columns);
    Integer index = own.get(column);
    if (index == null) {
      index = own.getOrDefault(IndicatorColumn.CODE, columns.getOrDefault(IndicatorColumn.CODE, 0));
    }
    return CellRef.of(sheetName, row, index);
  }

  /** The column of {@code column} on {@code row}: its own for a row outside the table. */
  public Optional<Integer> column(int row, IndicatorColumn column) {
    Map<IndicatorColumn, Integer> own = rowColumns.get(row);
    return own != null ? Optional.ofNullable(own.get(column)) : column(column);
  }
}
