package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.scorebook.kinds.targets.SheetLabels.Place;

/**
 * The header of an indicator grid: its row, and the row under it where the form splits the value's
 * header there ({@code 指标值} merged over {@code 上年度实际水平 | 本年度计划水平}, or over {@code 计算符号 | 指标值 |
 * 计量单位}). Labels are looked for in both rows, left to right.
 */
final class GridHeader {
  private final SheetLabels labels;
  private final int header;
  private final int lastRow;

  GridHeader(SheetLabels labels, int header) {
    this.labels = labels;
    this.header = header;
    this.lastRow = splitsUnder(labels, header) ? header + 1 : header;
  }

  /** The header's last row: the lines start under it. */
  int lastRow() {
    return lastRow;
  }

  /** Whether the row under the header holds the parts of a split value header. */
  private static boolean splitsUnder(SheetLabels labels, int header) {
    List<String> parts =
        Stream.of(
                FormLabels.PLANNED_VALUES,
                FormLabels.PREVIOUS_VALUES,
                FormLabels.SYMBOLS,
                FormLabels.MEASURE_UNITS)
            .flatMap(List::stream)
            .toList();
    return header < labels.lastRow() && !labels.placesIn(header + 1, parts::contains).isEmpty();
  }

  /** The places of the header rows whose label passes, left to right. */
  private List<Place> places(Predicate<String> test) {
    List<Place> places = new ArrayList<>();
    for (int r = header; r <= lastRow; r++) {
      places.addAll(labels.placesIn(r, test));
    }
    places.sort(Comparator.comparingInt(Place::column).thenComparingInt(Place::row));
    return places;
  }

  /** The rightmost place left of {@code before} whose label passes. */
  Optional<Place> last(Predicate<String> test, int before) {
    return places(test).stream().filter(p -> p.column() < before).reduce((a, b) -> b);
  }

  /** The leftmost column from {@code from} on whose label passes. */
  Optional<Integer> firstFrom(Predicate<String> test, int from) {
    return places(test).stream().map(Place::column).filter(c -> c >= from).findFirst();
  }

  /** The last column headed as {@code test} accepts left of {@code before}, else the first one. */
  int lastBefore(Predicate<String> test, int before) {
    return last(test, before).orElseGet(() -> places(test).get(0)).column();
  }
}
