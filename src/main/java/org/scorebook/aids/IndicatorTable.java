package org.scorebook.aids;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.IndicatorColumn;

/**
 * Where an indicator table sits on its sheet, for the aids: the header row, the rows the aids cover
 * (0-based, inclusive), the column of each role, and which aids its kind chose for it.
 */
public record IndicatorTable(
    AidsChoices aids,
    int headerRow,
    int firstRow,
    int lastRow,
    Map<IndicatorColumn, Integer> columns) {

  public IndicatorTable {
    if (firstRow > lastRow) {
      throw new IllegalArgumentException("no rows: " + firstRow + ".." + lastRow);
    }
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
  }

  Optional<Integer> column(IndicatorColumn column) {
    return Optional.ofNullable(columns.get(column));
  }

  boolean has(IndicatorColumn... wanted) {
    for (IndicatorColumn column : wanted) {
      if (!columns.containsKey(column)) {
        return false;
      }
    }
    return true;
  }
}
