package org.scorebook.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scorebook.model.Text;
import org.scorebook.score.AnnualTarget.Qualitative;
import org.scorebook.score.AnnualTarget.Quantitative;
import org.scorebook.score.AnnualTarget.Unreadable;

/**
 * How a 年度指标值 is read: an optional comparison in front ({@code ≥}, {@code 不超过} …), a number with
 * its unit, an optional {@code 以上} / {@code 以下} / {@code 以内} behind; text with no number and no
 * comparison symbol is words.
 */
final class TargetText {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Pattern SYMBOL = Pattern.compile("[<>=≤≥≦≧]");

  /** Longest first where one begins another ({@code 不低于} before {@code 低于}). */
  private static final List<Comparison> PREFIXES =
      List.of(
          higher(">="),
          higher("≥"),
          higher("≧"),
          higher("大于等于"),
          higher("大于或等于"),
          higher("不低于"),
          higher("不少于"),
          higher("不小于"),
          higher("至少"),
          higher("达到"),
          higher(">"),
          higher("大于"),
          higher("超过"),
          higher("高于"),
          higher("多于"),
          lower("<="),
          lower("≤"),
          lower("≦"),
          lower("小于等于"),
          lower("小于或等于"),
          lower("不高于"),
          lower("不超过"),
          lower("不多于"),
          lower("不大于"),
          lower("至多"),
          lower("控制在"),
          lower("<"),
          lower("小于"),
          lower("低于"),
          lower("少于"),
          equal("=="),
          equal("="),
          equal("等于"));

  private static final List<Comparison> SUFFIXES =
      List.of(higher("及以上"), higher("以上"), lower("及以下"), lower("以下"), lower("以内"));

  private TargetText() {}

  static AnnualTarget parse(String text) {
    String typed = text.strip();
    String normal = Units.normalise(typed);
    if (normal.isEmpty()) {
      return new Unreadable(typed, Text.get("score.target.blank"));
    }
    Optional<Comparison> prefix = find(PREFIXES, c -> normal.startsWith(c.words()));
    String rest = prefix.map(c -> normal.substring(c.words().length())).orElse(normal);
    Optional<Comparison> suffix = find(SUFFIXES, c -> rest.endsWith(c.words()));
    String number =
        suffix.map(c -> rest.substring(0, rest.length() - c.words().length())).orElse(rest);
    Optional<Units.Amount> amount = Units.amount(number);
    if (amount.isEmpty()) {
      return unquantified(typed, normal, prefix);
    }
    if (prefix.isPresent()
        && suffix.isPresent()
        && prefix.get().direction() != suffix.get().direction()) {
      return new Unreadable(
          typed,
          Text.get(
              "score.target.contradiction", typed, prefix.get().words(), suffix.get().words()));
    }
    Direction direction =
        prefix.or(() -> suffix).map(Comparison::direction).orElse(Direction.HIGHER);
    return new Quantitative(direction, amount.get().value(), amount.get().unit());
  }

  /**
   * {@code target} as a percentage when it has no unit and {@code actualText} is a percentage:
   * written with {@code %}, or a bare fraction that only makes sense beside the target read as one
   * ({@code ≥90} against {@code 0.93}). {@code ≥90} is then 90 %, and {@code ≥0.9}, a fraction,
   * too. Empty otherwise.
   */
  static Optional<Quantitative> asPercent(Quantitative target, String actualText) {
    if (!target.unit().isEmpty()) {
      return Optional.empty();
    }
    return Units.amount(Units.normalise(actualText.strip()))
        .filter(actual -> isPercentBeside(target.value(), actual))
        .map(
            actual ->
                new Quantitative(
                    target.direction(),
                    target.value().abs().compareTo(BigDecimal.ONE) > 0
                        ? target.value().movePointLeft(2)
                        : target.value(),
                    Units.PERCENT));
  }

  /**
   * Whether {@code actual} is a percentage beside a target with no unit: written with {@code %}, or
   * a fraction (0 to 1, no unit) that lies within a factor of two of a target of 1 to 100 read as
   * percentage points. {@code ≥2} against {@code 0.5} stays a plain comparison.
   */
  private static boolean isPercentBeside(BigDecimal target, Units.Amount actual) {
    if (actual.unit().equals(Units.PERCENT)) {
      return true;
    }
    if (!actual.unit().isEmpty()
        || actual.value().signum() <= 0
        || actual.value().compareTo(BigDecimal.ONE) > 0
        || target.compareTo(BigDecimal.ONE) <= 0
        || target.compareTo(HUNDRED) > 0) {
      return false;
    }
    double ratio = actual.value().movePointRight(2).doubleValue() / target.doubleValue();
    return ratio >= 0.5 && ratio <= 2;
  }

  private static AnnualTarget unquantified(
      String typed, String normal, Optional<Comparison> prefix) {
    if (prefix.isPresent() && SYMBOL.matcher(prefix.get().words()).find()) {
      return new Unreadable(typed, Text.get("score.target.noNumber", typed, prefix.get().words()));
    }
    if (SYMBOL.matcher(normal).find()) {
      return new Unreadable(typed, Text.get("score.target.symbolInside", typed));
    }
    return new Qualitative(typed);
  }

  private static Optional<Comparison> find(
      List<Comparison> comparisons, java.util.function.Predicate<Comparison> test) {
    return comparisons.stream().filter(test).findFirst();
  }

  private static Comparison higher(String words) {
    return new Comparison(words, Direction.HIGHER);
  }

  private static Comparison lower(String words) {
    return new Comparison(words, Direction.LOWER);
  }

  private static Comparison equal(String words) {
    return new Comparison(words, Direction.EQUAL);
  }

  /** A word or symbol that says which way the target points. */
  private record Comparison(String words, Direction direction) {}
}
