package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/** The 等级标准 sheet as typed, before its bands are checked. */
public record GradeSheet(String sheetName, List<Row> rows) {
  public GradeSheet {
    rows = List.copyOf(rows);
  }

  /**
   * One band: its name and lowest total; when the sheet gives ranges instead of minimums, {@code
   * range} is the range as read and {@code minimum} its lower end.
   */
  public record Row(
      String name,
      NumberReading minimum,
      CellRef nameCell,
      CellRef minimumCell,
      Optional<Range> range) {
    public Row(String name, NumberReading minimum, CellRef nameCell, CellRef minimumCell) {
      this(name, minimum, nameCell, minimumCell, Optional.empty());
    }
  }

  /**
   * A range of totals as typed ({@code 80-89.99}, {@code ≥90}, {@code [80,90)}).
   *
   * @param low the lower end (0 for {@code 60以下})
   * @param high the upper end, {@link Double#POSITIVE_INFINITY} for {@code 90分以上}
   * @param highIncluded whether the upper end is said to belong to the band ({@code ≤}, {@code ]}):
   *     only then does a band starting there overlap it; a dash range's upper end does not say
   * @param typed the text, quoted back in messages
   */
  public record Range(double low, double high, boolean highIncluded, String typed) {}
}
