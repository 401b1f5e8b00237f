package org.scorebook.score;

import java.math.BigDecimal;
import java.util.Optional;
import org.scorebook.model.Decimals;
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

  /**
   * A count for another period than the target's, converted to the target's ({@code 全年150次} against
   * {@code 每周4次} is 150 ÷ 52 a week); the note says how.
   *
   * @param value in the target's unit
   */
  record Converted(BigDecimal value, String note) implements ActualValue {}

  /**
   * A count without its period against a per-period target, too large to be a count for that
   * period: {@code 150次} against {@code 每周4次} is most likely the year's.
   */
  record NoPeriod(String text, String message) implements ActualValue {}

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

  /**
   * Reads {@code text} against {@code target} as {@link #parse(String, String)} does, and also
   * converts a count for another period ({@code 全年150次}, {@code 每月20次}) to the target's period
   * ({@code 每周4次}). A count without its period above 1.5 × a target for a period shorter than a
   * year is not guessed.
   */
  static ActualValue parse(String text, AnnualTarget.Quantitative target) {
    Optional<Periods.Frequency> wanted = Periods.of(target.unit());
    Optional<Units.Amount> amount = Units.amount(Units.normalise(text.strip()));
    if (wanted.isEmpty() || amount.isEmpty()) {
      return parse(text, target.unit());
    }
    Optional<Periods.Frequency> given = Periods.of(amount.get().unit());
    if (given.isPresent() && given.get().counted().equals(wanted.get().counted())) {
      return given.get().equals(wanted.get())
          ? new Measured(amount.get().value())
          : converted(text.strip(), amount.get().value(), given.get(), wanted.get(), target);
    }
    boolean countOnly =
        amount.get().unit().isEmpty() || amount.get().unit().equals(wanted.get().counted());
    if (countOnly
        && !wanted.get().yearly()
        && target.value().signum() > 0
        && amount.get().value().compareTo(target.value().multiply(LeafScore.OVERSHOOT)) > 0) {
      return new NoPeriod(text.strip(), noPeriod(text.strip(), amount.get(), wanted.get()));
    }
    return parse(text, target.unit());
  }

  private static ActualValue converted(
      String typed,
      BigDecimal count,
      Periods.Frequency given,
      Periods.Frequency wanted,
      AnnualTarget.Quantitative target) {
    BigDecimal targetInGiven = wanted.in(given, target.value());
    String note =
        Text.get(
            "score.target.periodConverted",
            typed,
            given.period(),
            wanted.period(),
            yearOf(given, wanted),
            Decimals.plain(Decimals.round(targetInGiven.doubleValue(), 2)),
            wanted.counted());
    return new Converted(given.in(wanted, count), note);
  }

  private static String noPeriod(String typed, Units.Amount amount, Periods.Frequency wanted) {
    Periods.Frequency yearly = new Periods.Frequency(wanted.counted(), "年");
    return Text.get(
        "score.target.noPeriod",
        typed,
        wanted.period(),
        wanted.counted(),
        Decimals.plain(amount.value().doubleValue()),
        yearOf(yearly, wanted));
  }

  /** {@code 一年 52 周}, {@code 一年 12 个月、52 周}: the periods' counts in a year. */
  private static String yearOf(Periods.Frequency first, Periods.Frequency second) {
    return Text.get(
        "score.target.yearOf",
        java.util.stream.Stream.of(first, second)
            .filter(f -> !f.yearly())
            .map(f -> Text.get("score.target.perYear." + f.key(), f.perYear()))
            .distinct()
            .collect(java.util.stream.Collectors.joining("、")));
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
