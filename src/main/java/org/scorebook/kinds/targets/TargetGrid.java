package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.scorebook.kinds.targets.SheetLabels.Place;
import org.scorebook.model.CellRef;
import org.scorebook.read.GridSheet;
import org.scorebook.read.Labels;

/**
 * The indicator grid of a declaration: its header (一级指标, 二级指标, 三级指标 and 指标值 or 目标值) and its rows
 * down to a footnote or the end of the sheet. Where the national form prints a 中期 half and a 年度
 * half side by side, the 年度 half is read: the value column headed 年度指标值, else the last value
 * column, and the last 二级 and 三级 columns before it; a form with one half has only the 年度 one.
 */
final class TargetGrid {

  /**
   * The grid's columns, 0-based, and the row of its first line.
   *
   * @param valueLabel the value column's header as compared ({@code 指标值}, {@code 目标值}, {@code
   *     本年度计划水平})
   * @param symbol the 计算符号 column, where the value is split in three
   * @param unit the 计量单位 column, where the value is split in three
   * @param firstLine the row of the first line: under the header, or under its second row where the
   *     value's header is split over two ({@code 指标值} over {@code 上年度实际水平 | 本年度计划水平})
   */
  record Columns(
      int first,
      int second,
      int third,
      int value,
      String valueLabel,
      Optional<Integer> explanation,
      Optional<Integer> symbol,
      Optional<Integer> unit,
      int firstLine) {}

  private TargetGrid() {}

  /** The first row, from the top, that heads an indicator grid. */
  static Optional<Integer> findHeader(SheetLabels labels, int lastRow) {
    for (int r = labels.firstRow(); r <= Math.min(lastRow, labels.lastRow()); r++) {
      if (isHeader(rowLabels(labels, r))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether one of the rows up to {@code lastRow} heads a declaration's grid: the level headers and
   * a value header, with none of the columns of the forms that follow it in the budget year (实际完成值,
   * 1-7月执行数, 完成目标可能性, 分值, 得分, 偏差原因).
   */
  static boolean hasDeclarationHeader(SheetLabels labels, int lastRow) {
    for (int r = labels.firstRow(); r <= Math.min(lastRow, labels.lastRow()); r++) {
      List<String> row = rowLabels(labels, r);
      if (isHeader(row) && row.stream().noneMatch(TargetGrid::belongsToLaterForm)) {
        return true;
      }
    }
    return false;
  }

  private static boolean belongsToLaterForm(String label) {
    return !FormLabels.PREVIOUS_VALUES.contains(label)
        && FormLabels.LATER_FORM_WORDS.stream().anyMatch(label::contains);
  }

  private static List<String> rowLabels(SheetLabels labels, int row) {
    return IntStream.range(0, SheetLabels.SCAN_COLUMNS)
        .mapToObj(c -> labels.labelAt(row, c))
        .toList();
  }

  private static boolean isHeader(List<String> row) {
    return row.containsAll(List.of(FormLabels.FIRST, FormLabels.SECOND, FormLabels.THIRD))
        && (row.contains(FormLabels.YEAR_VALUE)
            || FormLabels.VALUES.stream().anyMatch(row::contains)
            || FormLabels.PLANNED_VALUES.stream().anyMatch(row::contains));
  }

  /**
   * The columns of the 年度 half of the grid headed by row {@code header} and, where it splits the
   * value's header, the row under it: this year's planned value before the 年度 value and that before
   * any other value header; the comparator and the unit beside the value where it is split in
   * three.
   */
  static Columns columns(SheetLabels labels, int header) {
    GridHeader heads = new GridHeader(labels, header);
    Place valuePlace =
        heads
            .last(FormLabels.PLANNED_VALUES::contains, Integer.MAX_VALUE)
            .or(() -> heads.last(FormLabels.YEAR_VALUE::equals, Integer.MAX_VALUE))
            .or(() -> heads.last(FormLabels.VALUES::contains, Integer.MAX_VALUE))
            .orElseThrow();
    int value = valuePlace.column();
    int second = heads.lastBefore(FormLabels.SECOND::equals, value);
    int third = heads.lastBefore(FormLabels.THIRD::equals, value);
    int first = heads.lastBefore(FormLabels.FIRST::equals, second);
    return new Columns(
        first,
        second,
        third,
        value,
        labels.labelAt(valuePlace.row(), value),
        heads.firstFrom(FormLabels.EXPLANATION::equals, 0),
        heads.last(FormLabels.SYMBOLS::contains, value).map(Place::column).filter(c -> c > third),
        heads.firstFrom(FormLabels.MEASURE_UNITS::contains, value + 1),
        heads.lastRow() + 1);
  }

  /** The rows under the header that hold anything, down to a footnote or the sheet's end. */
  static List<TargetForm.Row> rows(SheetLabels labels, int header, Columns columns) {
    List<TargetForm.Row> rows = new ArrayList<>();
    for (int r = columns.firstLine(); r <= labels.lastRow(); r++) {
      if (isFootnote(labels, r, columns.first())) {
        break;
      }
      TargetForm.Row row = row(labels, r, columns);
      if (hasContent(row)) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  private static boolean isFootnote(SheetLabels labels, int row, int firstColumn) {
    for (int c = 0; c <= firstColumn; c++) {
      if (FormLabels.FOOTNOTE.matcher(Labels.compact(labels.text(row, c))).find()) {
        return true;
      }
    }
    return false;
  }

  private static TargetForm.Row row(SheetLabels labels, int r, Columns columns) {
    return new TargetForm.Row(
        r,
        filledDown(labels, r, columns.first(), FormLabels.FIRST),
        filledDown(labels, r, columns.second(), FormLabels.SECOND),
        own(labels, r, columns.third(), FormLabels.THIRD),
        value(labels, r, columns),
        columns.explanation().map(c -> own(labels, r, c, FormLabels.EXPLANATION)));
  }

  private static boolean hasContent(TargetForm.Row row) {
    return !row.second().isBlank()
        || !row.third().isBlank()
        || !row.value().isBlank()
        || row.explanation().filter(explanation -> !explanation.isBlank()).isPresent();
  }

  /** A name merged down over its rows: every row gets it, at the merge's first cell. */
  private static TargetForm.Field filledDown(
      SheetLabels labels, int row, int column, String label) {
    CellRef cell = labels.anchor(row, column);
    return new TargetForm.Field(label, labels.text(cell), cell);
  }

  /**
   * The 指标值 at its cell; where the form splits it in three, the comparator, the value and the unit
   * joined as one would type them ({@code ≥} {@code 95} {@code %} is {@code ≥95%}), at the value's
   * cell. An empty comparator or 定性 adds nothing: the value is then read as it stands.
   */
  private static TargetForm.Field value(SheetLabels labels, int r, Columns columns) {
    TargetForm.Field value = own(labels, r, columns.value(), columns.valueLabel());
    if (value.isBlank()) {
      return value;
    }
    String symbol = columns.symbol().map(c -> own(labels, r, c, "").text()).orElse("");
    String unit = columns.unit().map(c -> own(labels, r, c, "").text()).orElse("");
    String text = value.text();
    if (!FormLabels.NO_SYMBOL.contains(symbol) && !text.startsWith(symbol)) {
      text = symbol + text;
    }
    if (!FormLabels.NO_SYMBOL.contains(unit) && !text.endsWith(unit)) {
      text = text + unit;
    }
    return new TargetForm.Field(value.label(), text, value.cell());
  }

  /**
   * The row's own value: merged across (a 三级 name over two columns) it is read at the merge's first
   * cell; a cell merged down from a row above holds nothing of this row.
   */
  private static TargetForm.Field own(SheetLabels labels, int row, int column, String label) {
    Optional<GridSheet.Region> region = labels.regionOver(row, column);
    if (region.isPresent() && region.get().firstRow() != row) {
      return new TargetForm.Field(label, "", labels.ref(row, column));
    }
    CellRef cell = labels.anchor(row, column);
    return new TargetForm.Field(label, labels.text(cell), cell);
  }
}
