package org.scorebook.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a frequency's unit ({@code 次/周} is counted per week) and how many of it make a
 * year: 52 weeks, 12 months, 4 quarters, 365 days.
 */
final class Periods {
  private static final Map<String, Integer> PER_YEAR =
      Map.of("年", 1, "季度", 4, "月", 12, "周", 52, "天", 365);

  /** The name of each period shorter than a year in message keys. */
  private static final Map<String, String> KEYS =
      Map.of("季度", "quarter", "月", "month", "周", "week", "天", "day");

  private static final Pattern FREQUENCY_UNIT = Pattern.compile("(.+)/(年|季度|月|周|天|日)");

  private Periods() {}

  /** A frequency's unit split: what is counted and per which period. */
  record Frequency(String counted, String period) {
    int perYear() {
      return PER_YEAR.get(period);
    }

    boolean yearly() {
      return perYear() == 1;
    }

    /** {@code week} for 周: names the period in message keys; empty for a year. */
    String key() {
      return KEYS.getOrDefault(period, "");
    }

    /** {@code count} per this period as a count per {@code other}'s period. */
    BigDecimal in(Frequency other, BigDecimal count) {
      return count
          .multiply(BigDecimal.valueOf(perYear()))
          .divide(BigDecimal.valueOf(other.perYear()), MathContext.DECIMAL64);
    }
  }

  /** The frequency {@code unit} names ({@code 次/周}); empty for any other unit. */
  static Optional<Frequency> of(String unit) {
    Matcher matcher = FREQUENCY_UNIT.matcher(unit);
    return matcher.matches()
        ? Optional.of(new Frequency(matcher.group(1), matcher.group(2).replace("日", "天")))
        : Optional.empty();
  }
}
