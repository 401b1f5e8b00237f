package org.scorebook.score;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.score.IndicatorValue.Deadline;

/**
 * A date or deadline in a 指标值: {@code 2023/11/30}, {@code 2023年11月}, {@code 11月底前完成}, {@code
 * 2023年底前}, {@code 年内完成}. The date may sit among words ({@code 项目于6月30日前完成验收}) but no other number
 * may, and no unit may follow it ({@code 2023.6万元} is money).
 */
final class IndicatorValueDeadlines {

  private static final String YEAR = "((?:19|20)\\d{2})";

  private static final String MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";

  private static final String BEFORE = "(?:前|之前|以前)?";

  /** {@code 2023/11/30}, {@code 2023-11}, {@code 2023.11.30}. */
  private static final Pattern NUMERIC =
      Pattern.compile(YEAR + "[/.-](\\d{1,2})(?:[/.-](\\d{1,2}))?" + BEFORE);

  /**
   * {@code 2023年11月30日}, {@code 11月底前}, {@code 6月30日}: a month with a year, a day or a word that
   * makes it a date ({@code 6月} alone is six months).
   */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?:" + YEAR + "年)?" + MONTH + "月(?:(\\d{1,2})[日号])?(底|末|中旬|上旬|下旬|份)?" + BEFORE);

  /** {@code 2023年}, {@code 2023年底前}, {@code 2023年内}. */
  private static final Pattern YEAR_ONLY = Pattern.compile(YEAR + "年度?(底|末|内|终)?" + BEFORE);

  /** {@code 年底前}, {@code 年内}, {@code 本年度内}. */
  private static final Pattern YEAR_END = Pattern.compile("年度?(底|末|内|终)" + BEFORE);

  /** Words and comparison symbols around the date; no digits. */
  private static final Pattern AROUND = Pattern.compile("[\\p{IsHan}<>=≤≥≦≧]*");

  private IndicatorValueDeadlines() {}

  /** The deadline {@code normal} (normalised {@code typed}) states, if it states one. */
  static Optional<IndicatorValue> read(String typed, String normal) {
    return List.of(NUMERIC, WRITTEN, YEAR_ONLY, YEAR_END).stream()
        .map(pattern -> pattern.matcher(normal))
        .filter(date -> date.find() && standsAlone(normal, date))
        .findFirst()
        .flatMap(date -> deadline(typed, date));
  }

  private static boolean standsAlone(String normal, Matcher date) {
    String after = normal.substring(date.end());
    return AROUND.matcher(normal.substring(0, date.start())).matches()
        && AROUND.matcher(after).matches()
        && !IndicatorValueUnits.startsWithUnit(after)
        && (date.pattern() != WRITTEN || saysItIsADate(date, after));
  }

  private static boolean saysItIsADate(Matcher date, String after) {
    return date.group(1) != null
        || date.group(3) != null
        || date.group(4) != null
        || date.end() > date.end(2) + 1
        || !after.isEmpty();
  }

  private static Optional<IndicatorValue> deadline(String typed, Matcher date) {
    if (date.pattern() == YEAR_END) {
      return Optional.of(new Deadline(typed, OptionalInt.empty(), none(), none(), true));
    }
    OptionalInt year = number(date.group(1));
    if (date.pattern() == YEAR_ONLY) {
      return Optional.of(new Deadline(typed, year, none(), none(), date.group(2) != null));
    }
    OptionalInt month = number(date.group(2));
    OptionalInt day = number(date.group(3));
    boolean valid =
        month.getAsInt() >= 1
            && month.getAsInt() <= 12
            && (day.isEmpty() || day.getAsInt() >= 1 && day.getAsInt() <= 31);
    return valid ? Optional.of(new Deadline(typed, year, month, day, false)) : Optional.empty();
  }

  private static OptionalInt number(String written) {
    if (written == null) {
      return none();
    }
    return OptionalInt.of(
        Character.isDigit(written.charAt(0))
            ? Integer.parseInt(written)
            : IndicatorValueUnits.chineseValue(written).intValue());
  }

  private static OptionalInt none() {
    return OptionalInt.empty();
  }
}
