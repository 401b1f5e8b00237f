package org.scorebook.score;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.model.Text;
import org.scorebook.score.IndicatorValue.Comparison;
import org.scorebook.score.IndicatorValue.Duration;
import org.scorebook.score.IndicatorValue.Empty;
import org.scorebook.score.IndicatorValue.Frequency;
import org.scorebook.score.IndicatorValue.NotApplicable;
import org.scorebook.score.IndicatorValue.Qualitative;
import org.scorebook.score.IndicatorValue.Unreadable;
import org.scorebook.score.IndicatorValueUnits.Quantity;

/**
 * The grammar behind {@link IndicatorValue#parse}, tried in this order on the text with widths and
 * spaces normalised: empty; not applicable; a frequency ({@code 每周4次}, or a count per period such
 * as {@code 4次/周}); a date or deadline; a comparison that is the whole text ({@code ≥95%}, {@code
 * 两栋}); a comparison taken out of prose ({@code 总成本不超过48.14万}); a comparison with no number or a
 * symbol where none can stand (unreadable); otherwise words.
 *
 * <p>A number with a unit of time is a {@link Duration} unless a comparison stands in front of it:
 * {@code 2小时内} and {@code 3个工作日} are durations, {@code <2小时} is a comparison (it can be strict).
 * With no comparison at all a value is {@link Direction#EQUAL}.
 */
final class IndicatorValues {

  private static final Set<String> NOT_APPLICABLE =
      Set.of("不适用", "不适应", "/", "无", "—", "——", "―", "-", "--");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,、.!！]+$");

  /** 每周, 每月, 每季度 … in front of a count. */
  private static final Pattern EVERY = Pattern.compile("每个?(季度|半年|周|月|季|年|日|天)");

  /** Words that make a bare {@code 万} or {@code 亿} an amount of money. */
  private static final Pattern MONEY_WORDS =
      Pattern.compile("成本|费用|资金|经费|金额|预算|投资|投入|价|补助|补贴|支出|造价|收入");

  /** A number in prose: Arabic, or Chinese numerals with a unit that ends the text. */
  private static final Pattern NUMBER_START = Pattern.compile("\\d|[零〇一二两三四五六七八九十]");

  /** A digit, a decimal point or 第 before a number: it is part of a number, or an ordinal. */
  private static final Pattern NOT_A_NUMBER_AFTER = Pattern.compile("[\\d.,第零〇一二两三四五六七八九十百千]");

  private static final Pattern YEAR_NUMBER = Pattern.compile("(?:19|20)\\d{2}年");

  /** An Arabic number and one or two words behind it, with a comparison behind them or not. */
  private static final Pattern UNLISTED_UNIT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(\\p{IsHan}{1,2}?)(及以上|以上|及以下|以下|以内)?");

  private IndicatorValues() {}

  static IndicatorValue parse(String text) {
    String typed = text == null ? "" : text;
    String normal = TRAILING_PUNCTUATION.matcher(Units.normalise(typed)).replaceAll("");
    if (normal.isEmpty()) {
      return new Empty(typed);
    }
    if (NOT_APPLICABLE.contains(normal)) {
      return new NotApplicable(typed);
    }
    return frequency(typed, normal)
        .or(() -> IndicatorValueDeadlines.read(typed, normal))
        .or(() -> quantity(typed, normal))
        .orElseGet(() -> unquantified(typed, normal));
  }

  /** {@code 每周4次}, {@code 每月不少于1次}, {@code 每季度开展一次}: the count read without the period. */
  private static Optional<IndicatorValue> frequency(String typed, String normal) {
    Matcher every = EVERY.matcher(normal);
    if (!every.find()) {
      return Optional.empty();
    }
    String count = normal.substring(0, every.start()) + normal.substring(every.end());
    return quantity(typed, count)
        .filter(Comparison.class::isInstance)
        .map(Comparison.class::cast)
        .filter(comparison -> IndicatorValueUnits.isCount(comparison.unit()))
        .map(
            comparison ->
                new Frequency(
                    typed, comparison.value(), period(every.group(1)), comparison.unit()));
  }

  private static Optional<IndicatorValue> quantity(String typed, String normal) {
    return whole(typed, normal).or(() -> inProse(typed, normal));
  }

  /** A comparison, number, unit and comparison behind that make up the whole text. */
  private static Optional<IndicatorValue> whole(String typed, String normal) {
    Optional<IndicatorValueComparators.Comparison> inFront =
        IndicatorValueComparators.inFrontAt(normal, 0);
    int from = inFront.map(c -> c.words().length()).orElse(0);
    Optional<Quantity> quantity =
        IndicatorValueUnits.at(normal, from)
            .filter(q -> q.end() == normal.length())
            .or(() -> withUnlistedUnit(normal, from));
    return quantity.map(q -> value(typed, normal, inFront, q, false));
  }

  /**
   * {@code 500棵树} is not a listed unit but plainly one: one or two words after an Arabic number,
   * nothing else.
   */
  private static Optional<Quantity> withUnlistedUnit(String normal, int from) {
    Matcher matcher = UNLISTED_UNIT.matcher(normal).region(from, normal.length());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return IndicatorValueUnits.at(normal, from)
        .map(
            q ->
                new Quantity(
                    q.value(),
                    matcher.group(2),
                    IndicatorValueComparators.behindAt(normal, matcher.end(2)),
                    normal.length()));
  }

  /**
   * The first number in prose that a comparison stands in front of or a unit behind ({@code
   * 总成本不超过48.14万}, {@code 出具评估报告总成本1.2万元}); a year ({@code 2023年}) or an ordinal ({@code 第3季度}) is
   * not one.
   */
  private static Optional<IndicatorValue> inProse(String typed, String normal) {
    Matcher start = NUMBER_START.matcher(normal);
    while (start.find()) {
      int at = start.start();
      if (at > 0 && NOT_A_NUMBER_AFTER.matcher(normal.substring(at - 1, at)).matches()
          || YEAR_NUMBER.matcher(normal).region(at, normal.length()).lookingAt()) {
        continue;
      }
      String before = normal.substring(0, at);
      Optional<IndicatorValueComparators.Comparison> inFront =
          IndicatorValueComparators.endOf(before)
              .or(() -> IndicatorValueComparators.inFrontAt(before, 0));
      Optional<Quantity> quantity =
          IndicatorValueUnits.at(normal, at)
              .filter(q -> Character.isDigit(normal.charAt(at)) || q.end() == normal.length())
              .filter(q -> inFront.isPresent() || !q.unit().isEmpty());
      if (quantity.isPresent()) {
        return Optional.of(
            strayAfter(normal, quantity.get())
                ? symbolInside(typed)
                : value(typed, normal, inFront, quantity.get(), true));
      }
    }
    return Optional.empty();
  }

  private static boolean strayAfter(String normal, Quantity quantity) {
    return quantity.end() < normal.length()
        && IndicatorValueComparators.SYMBOL
            .matcher(normal.substring(quantity.end(), quantity.end() + 1))
            .matches();
  }

  /** The value a number reads as, given the comparisons in front of it and behind it. */
  private static IndicatorValue value(
      String typed,
      String normal,
      Optional<IndicatorValueComparators.Comparison> inFront,
      Quantity quantity,
      boolean inProse) {
    Optional<IndicatorValueComparators.Comparison> behind = quantity.behind();
    if (inFront.isPresent()
        && behind.isPresent()
        && inFront.get().direction() != behind.get().direction()) {
      return new Unreadable(
          typed,
          Text.get(
              "score.target.contradiction",
              typed.strip(),
              inFront.get().words(),
              behind.get().words()));
    }
    String unit = unit(normal, quantity.unit());
    Direction direction = inFront.or(() -> behind).map(c -> c.direction()).orElse(Direction.EQUAL);
    int perPeriod = unit.indexOf('/');
    if (perPeriod > 0 && isPeriod(unit.substring(perPeriod + 1))) {
      String counted = unit.substring(0, perPeriod);
      if (IndicatorValueUnits.isCount(counted)) {
        return new Frequency(
            typed, quantity.value(), period(unit.substring(perPeriod + 1)), counted);
      }
    }
    if (inFront.isEmpty() && IndicatorValueUnits.isTime(unit)) {
      return new Duration(typed, direction, quantity.value(), unit);
    }
    boolean strict = inFront.map(c -> c.strict()).orElse(false);
    return new Comparison(typed, direction, strict, quantity.value(), unit, inProse);
  }

  /** A bare {@code 万} or {@code 亿} is money when the text speaks of money. */
  private static String unit(String normal, String unit) {
    boolean bareMagnitude = unit.equals("万") || unit.equals("亿");
    return bareMagnitude && MONEY_WORDS.matcher(normal).find() ? unit + "元" : unit;
  }

  private static boolean isPeriod(String unit) {
    return Set.of("周", "月", "季度", "季", "年", "日", "天", "半年").contains(unit);
  }

  private static String period(String written) {
    return switch (written) {
      case "天" -> "日";
      case "季" -> "季度";
      default -> written;
    };
  }

  /**
   * No number could be read: a comparison with nothing after it ({@code ≥}, {@code 不低于}, {@code
   * ≥上年}) or a symbol elsewhere is unreadable; other text is words ({@code 不低于上年水平}).
   */
  private static IndicatorValue unquantified(String typed, String normal) {
    Optional<IndicatorValueComparators.Comparison> inFront =
        IndicatorValueComparators.inFrontAt(normal, 0);
    if (inFront.isPresent()) {
      String rest = normal.substring(inFront.get().words().length());
      if (inFront.get().isSymbol() || IndicatorValueUnits.isUnitOnly(rest)) {
        return new Unreadable(
            typed, Text.get("score.target.noNumber", typed.strip(), inFront.get().words()));
      }
    }
    if (IndicatorValueComparators.SYMBOL.matcher(normal).find()) {
      return symbolInside(typed);
    }
    return new Qualitative(typed);
  }

  private static Unreadable symbolInside(String typed) {
    return new Unreadable(typed, Text.get("score.target.symbolInside", typed.strip()));
  }
}
