package org.scorebook.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;

/**
 * The 等级标准 sheet, which every kind of workbook may carry: a header row with 等级 and 最低分, or 等级 and a
 * range column (分数区间 …). What cannot be read is reported at its cell.
 */
public final class GradeSheets {
  /** Headers of a column of ranges of totals, such as {@code 90-100}, in 等级标准. */
  static final List<String> GRADE_RANGE_HEADERS =
      List.of("分数区间", "分数范围", "分值范围", "得分范围", "得分区间", "分数段", "区间");

  private final SheetCells cells;
  private final List<Message> messages;

  public GradeSheets(SheetCells cells, List<Message> messages) {
    this.cells = cells;
    this.messages = messages;
  }

  /** The workbook's 等级标准, or empty when it has none. */
  public Optional<GradeSheet> read() {
    Optional<GridSheet> found = cells.findSheet(SheetNames.GRADES);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GridSheet sheet = found.get();
    Optional<int[]> header = SheetCells.findHeader(sheet, "等级", cells);
    Map<String, Integer> columns =
        header.map(h -> SheetCells.headerColumns(sheet, h[0], cells)).orElse(Map.of());
    Integer minimumColumn = columns.get("最低分");
    Integer rangeColumn =
        GRADE_RANGE_HEADERS.stream()
            .filter(columns::containsKey)
            .findFirst()
            .map(columns::get)
            .orElse(null);
    if (header.isEmpty() || minimumColumn == null && rangeColumn == null) {
      messages.add(
          Message.error(
              CellRef.sheet(sheet.name()),
              "",
              Text.get("read.noHeader", sheet.name(), "等级 / 最低分")));
      return Optional.of(new GradeSheet(sheet.name(), List.of()));
    }
    int nameColumn = header.get()[1];
    int valueColumn = minimumColumn != null ? minimumColumn : rangeColumn;
    List<GradeSheet.Row> rows = new ArrayList<>();
    for (int r = header.get()[0] + 1; r <= sheet.lastRow(); r++) {
      String name = cells.text(sheet, r, nameColumn);
      if (name.isEmpty() && cells.text(sheet, r, valueColumn).isEmpty()) {
        continue;
      }
      CellRef nameCell = CellRef.of(sheet.name(), r, nameColumn);
      CellRef valueCell = CellRef.of(sheet.name(), r, valueColumn);
      rows.add(
          minimumColumn != null
              ? new GradeSheet.Row(
                  name, cells.number(sheet, r, minimumColumn, ""), nameCell, valueCell)
              : rangeRow(name, cells.text(sheet, r, rangeColumn), nameCell, valueCell));
    }
    return Optional.of(new GradeSheet(sheet.name(), rows));
  }

  /** A band given by a range: its lower end is the minimum; text that is no range is reported. */
  private GradeSheet.Row rangeRow(String name, String typed, CellRef nameCell, CellRef rangeCell) {
    if (typed.isEmpty()) {
      return new GradeSheet.Row(name, NumberReading.BLANK, nameCell, rangeCell);
    }
    Optional<GradeSheet.Range> range = GradeRanges.parse(typed);
    if (range.isEmpty()) {
      messages.add(
          Message.error(rangeCell, "", Text.get("read.badGradeRange", SheetCells.quoted(typed))));
      return new GradeSheet.Row(name, new NumberReading.Invalid(typed), nameCell, rangeCell);
    }
    return new GradeSheet.Row(
        name, NumberReading.of(range.get().low()), nameCell, rangeCell, range);
  }
}
