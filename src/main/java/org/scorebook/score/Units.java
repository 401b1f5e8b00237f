package org.scorebook.score;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text 年度指标值 and 实际完成值 share: widths and spaces normalised, a number split from its unit, a
 * percentage turned into a fraction ({@code 95%} is 0.95), a frequency ({@code 每周4次}) into a count
 * per period ({@code 次/周}), a count for the year ({@code 全年150次}) into one per year ({@code 次/年}).
 */
final class Units {
  static final String PERCENT = "%";

  /** A number (thousands separators allowed) followed by a unit with no digits or comparisons. */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)([^\\d<>=≤≥≦≧]*)");

  private static final Pattern FREQUENCY = Pattern.compile("每(周|月|季度|年|天|日)(.+)");

  /** A count for the whole year: {@code 全年150次}, {@code 年度共150次}, {@code 本年累计150次}. */
  private static final Pattern YEARLY = Pattern.compile("(?:全年|年度|本年度|本年|年)(?:共|累计|合计)?(.+)");

  private static final Map<String, String> SYNONYMS = Map.of("个小时", "小时", "个月", "月");

  private Units() {}

  /**
   * Full-width symbols and digits as half-width ({@code ＞＝９５％} is {@code >=95%}), spaces dropped.
   */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** A number with its unit; empty when {@code text} (already normalised) is not one. */
  static Optional<Amount> amount(String text) {
    Matcher frequency = FREQUENCY.matcher(text);
    if (frequency.matches()) {
      return amount(frequency.group(2))
          .filter(count -> !count.unit().isEmpty())
          .map(count -> new Amount(count.value(), count.unit() + "/" + frequency.group(1)));
    }
    Matcher yearly = YEARLY.matcher(text);
    if (yearly.matches()) {
      return amount(yearly.group(1))
          .filter(count -> !count.unit().isEmpty() && !count.unit().contains("/"))
          .map(count -> new Amount(count.value(), count.unit() + "/年"));
    }
    Matcher amount = AMOUNT.matcher(text);
    if (!amount.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(amount.group(1).replace(",", ""));
    String unit = SYNONYMS.getOrDefault(amount.group(2), amount.group(2));
    return Optional.of(new Amount(unit.equals(PERCENT) ? number.movePointLeft(2) : number, unit));
  }

  /**
   * A number and its unit as written; a percentage's number is already the fraction.
   *
   * @param unit empty when none was written; {@code 次/周} for a frequency
   */
  record Amount(BigDecimal value, String unit) {}
}
