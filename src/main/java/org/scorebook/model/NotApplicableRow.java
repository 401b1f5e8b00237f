package org.scorebook.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An indicator row marked as not applicable (不适用, {@code /}, {@code —} …): left out of the tree and
 * of the scores, kept so that rules about the totals can say why a 分值 is missing.
 *
 * @param row 0-based row in the sheet
 * @param code the row's indicator code when it has one (contract v1), else empty
 * @param full the 分值 the row still carries, if a number was typed there; otherwise blank
 */
public record NotApplicableRow(int row, String code, NumberReading full) {

  /** The 分值 the row carried, or 0 when it carried none. */
  public double typedFull() {
    return full.isValue() ? full.value() : 0;
  }

  /** The rows as a user counts them, joined for a message: {@code 18、19、22}. */
  public static String rowNumbers(List<NotApplicableRow> rows) {
    return rows.stream().map(row -> String.valueOf(row.row() + 1)).collect(Collectors.joining("、"));
  }

  /** The 分值 the rows carried, added up. */
  public static double typedFulls(List<NotApplicableRow> rows) {
    return rows.stream().mapToDouble(NotApplicableRow::typedFull).sum();
  }
}
