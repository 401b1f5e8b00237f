package org.scorebook.model;

import java.util.List;

/** The 等级标准 sheet as typed, before its bands are checked. */
public record GradeSheet(String sheetName, List<Row> rows) {
  public GradeSheet {
    rows = List.copyOf(rows);
  }

  public record Row(String name, NumberReading minimum, CellRef nameCell, CellRef minimumCell) {}
}
