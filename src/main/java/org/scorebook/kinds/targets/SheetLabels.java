package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.scorebook.model.CellRef;
import org.scorebook.read.GridCell;
import org.scorebook.read.GridSheet;
import org.scorebook.read.Labels;
import org.scorebook.read.SheetCells;

/**
 * The labels of one sheet and the values beside them. Labels are compared as {@link #label} makes
 * them: without spaces of any kind (forms print {@code 项 目 名 称} and indent {@code 其中：财政拨款}), a
 * trailing colon or a unit in brackets. A label merged over several cells counts once, at its first
 * column.
 */
final class SheetLabels {

  /** How far across labels are looked for: the widest form has fewer columns. */
  static final int SCAN_COLUMNS = 30;

  /** A cell of the sheet, 0-based. */
  record Place(int row, int column) {}

  private final GridSheet sheet;
  private final SheetCells cells;

  SheetLabels(GridSheet sheet, SheetCells cells) {
    this.sheet = sheet;
    this.cells = cells;
  }

  /** A label as the form is compared: no spaces, no trailing colon or unit in brackets. */
  static String label(String text) {
    return Labels.label(Labels.compact(text));
  }

  String sheetName() {
    return sheet.name();
  }

  int firstRow() {
    return Math.max(sheet.firstRow(), 0);
  }

  int lastRow() {
    return sheet.lastRow();
  }

  CellRef ref(int row, int column) {
    return CellRef.of(sheet.name(), row, column);
  }

  /** The cell's own text, trimmed (line breaks too). */
  String text(int row, int column) {
    return cells.text(sheet, row, column);
  }

  /** The label at the cell: its own, or that of a region merged down onto it from above. */
  String labelAt(int row, int column) {
    Optional<GridSheet.Region> region = regionOver(row, column);
    if (region.isPresent() && region.get().firstColumn() != column) {
      return "";
    }
    return label(cells.mergedText(sheet, row, column));
  }

  /** The labels of one row, left to right, with their columns. */
  List<Place> placesIn(int row, Predicate<String> test) {
    List<Place> places = new ArrayList<>();
    for (int c = 0; c < SCAN_COLUMNS; c++) {
      if (test.test(labelAt(row, c))) {
        places.add(new Place(row, c));
      }
    }
    return places;
  }

  /** The first place, row by row in rows {@code from} to {@code before}, whose label passes. */
  Optional<Place> find(int from, int before, Predicate<String> test) {
    for (int r = Math.max(from, 0); r < before && r <= sheet.lastRow(); r++) {
      List<Place> places = placesIn(r, test);
      if (!places.isEmpty()) {
        return Optional.of(places.get(0));
      }
    }
    return Optional.empty();
  }

  /** The region merged over the cell, if any. */
  Optional<GridSheet.Region> regionOver(int row, int column) {
    return sheet.mergedRegions().stream()
        .filter(region -> region.isInRange(row, column))
        .findFirst();
  }

  /** The column right after the label's merged region. */
  int afterMerge(int row, int column) {
    return regionOver(row, column).map(region -> region.lastColumn() + 1).orElse(column + 1);
  }

  /**
   * The value of the label at {@code label}: the next filled cell to its right, unless another
   * label comes first; the cell right after the label when the value is missing.
   */
  CellRef valueRightOf(Place label, Predicate<String> isLabel) {
    int start = afterMerge(label.row(), label.column());
    for (int c = start; c < SCAN_COLUMNS; c++) {
      Optional<GridSheet.Region> region = regionOver(label.row(), c);
      if (region.isPresent() && region.get().firstColumn() != c) {
        continue;
      }
      String text = cells.mergedText(sheet, label.row(), c);
      if (isLabel.test(label(text))) {
        break;
      }
      if (!text.isEmpty()) {
        return anchor(label.row(), c);
      }
    }
    return ref(label.row(), start);
  }

  /** The cell that holds the text shown at ({@code row}, {@code column}): a merge's first cell. */
  CellRef anchor(int row, int column) {
    return regionOver(row, column)
        .map(region -> ref(region.firstRow(), region.firstColumn()))
        .orElse(ref(row, column));
  }

  /** The text shown at {@code cell}, a merge's anchor or a plain cell. */
  String text(CellRef cell) {
    return text(cell.row(), cell.column());
  }

  /** The cell itself, for reading numbers. */
  GridCell cell(CellRef cell) {
    return SheetCells.cell(sheet, cell.row(), cell.column());
  }
}
