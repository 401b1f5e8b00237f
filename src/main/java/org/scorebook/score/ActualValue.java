package org.scorebook.score;

import java.math.BigDecimal;
import java.util.Optional;
import org.scorebook.model.Text;

/**
 * What a self-evaluation form's 实际完成值 says, read in the unit of its 年度指标值: a number, nothing, a
 * number in another unit, or text that is no number.
 */
public sealed interface ActualValue {

  /**
   * @param value in the target's unit; a percentage as its fraction ({@code 97%} and {@code 0.97}
   *     are both 0.97)
   */
  record Measured(BigDecimal value) implements ActualValue {}

  /** Left empty, as in a form exported before it was filled. */
  record Missing() implements ActualValue {}

  /** A number in a unit the target does not use: {@code 18天} against {@code ≥20集}. */
  record UnitMismatch(String text, String unit, String expectedUnit) implements ActualValue {
    public String message() {
      return Text.get("score.target.unitMismatch", text, shown(unit), shown(expectedUnit));
    }
  }

  /**
   * A bare number above 1 against a percentage: {@code 97} could mean 97 % or 97 times the target,
   * so it is not guessed.
   */
  record BarePercent(String text) implements ActualValue {
    public String message() {
      return Text.get("score.target.barePercent", text);
    }
  }

  /** Words where a number is due. */
  record Unreadable(String text) implements ActualValue {
    public String message() {
      return Text.get("score.target.actualNotNumber", text);
    }
  }

  /**
   * Reads {@code text} against the target's unit: the same unit, none, or percent for a plain
   * fraction (and the reverse) is accepted; a bare count is accepted for a frequency ({@code 5次}
   * against {@code 每周4次}).
   *
   * @param expectedUnit the {@link AnnualTarget.Quantitative#unit()}, empty when it has none
   */
  static ActualValue parse(String text, String expectedUnit) {
    String typed = text.strip();
    String normal = Units.normalise(typed);
    if (normal.isEmpty()) {
      return new Missing();
    }
    Optional<Units.Amount> amount = Units.amount(normal);
    if (amount.isEmpty()) {
      return new Unreadable(typed);
    }
    String unit = amount.get().unit();
    if (unit.isEmpty()
        && Units.PERCENT.equals(expectedUnit)
        && amount.get().value().compareTo(BigDecimal.ONE) > 0) {
      return new BarePercent(typed);
    }
    if (fits(unit, expectedUnit)) {
      return new Measured(amount.get().value());
    }
    return new UnitMismatch(typed, unit, expectedUnit);
  }

  private static boolean fits(String unit, String expected) {
    return unit.isEmpty()
        || expected.isEmpty()
        || unit.equals(expected)
        || expected.startsWith(unit + "/");
  }

  private static String shown(String unit) {
    return unit.isEmpty() ? Text.get("score.target.noUnit") : unit;
  }
}
