package org.scorebook.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.model.GradeSheet;

/**
 * Ranges of totals as people write them in 等级标准: {@code 90-100}, {@code 90～100}, {@code ≥90},
 * {@code >=90}, {@code 90分以上}, {@code 90分及以上}, {@code 60以下}, {@code <60}, {@code [80,90)}, {@code
 * 80≤x<90}; a plain number is a minimum.
 */
final class GradeRanges {
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*分?";
  private static final Pattern PLAIN = Pattern.compile(NUMBER);
  private static final Pattern DASH =
      Pattern.compile(NUMBER + "\\s*(?:-|~|～|〜|—|–|－|至|到)\\s*" + NUMBER);
  private static final Pattern AT_LEAST =
      Pattern.compile("(?:≥|>=|＞=|>|不低于|不少于)\\s*" + NUMBER + "(?:及?以上)?");
  private static final Pattern ABOVE = Pattern.compile(NUMBER + "\\s*(?:\\(含\\))?\\s*及?以上");
  private static final Pattern BELOW =
      Pattern.compile("(?:(<|低于|不足|小于)\\s*" + NUMBER + "(?:以下)?|" + NUMBER + "\\s*以下)");
  private static final Pattern AT_MOST = Pattern.compile("(?:≤|<=)\\s*" + NUMBER);
  private static final Pattern INTERVAL =
      Pattern.compile("([\\[(])\\s*" + NUMBER + "\\s*[,，]\\s*" + NUMBER + "\\s*([\\])])");
  private static final Pattern BETWEEN =
      Pattern.compile(NUMBER + "\\s*(≤|<=|<)\\s*[^\\d\\s≤<>=]+\\s*(≤|<=|<)\\s*" + NUMBER);

  private GradeRanges() {}

  /** The range {@code text} gives, or empty when it is not one. */
  static Optional<GradeSheet.Range> parse(String text) {
    String typed = Labels.trim(text);
    String range = Labels.trim(Labels.halfWidth(typed)).replace('〜', '~');
    Matcher m;
    if ((m = PLAIN.matcher(range)).matches()) {
      return range(num(m, 1), Double.POSITIVE_INFINITY, false, typed);
    }
    if ((m = DASH.matcher(range)).matches()) {
      return range(num(m, 1), num(m, 2), false, typed);
    }
    if ((m = AT_LEAST.matcher(range)).matches() || (m = ABOVE.matcher(range)).matches()) {
      return range(num(m, 1), Double.POSITIVE_INFINITY, false, typed);
    }
    if ((m = BELOW.matcher(range)).matches()) {
      return range(
          0, Double.parseDouble(m.group(2) != null ? m.group(2) : m.group(3)), false, typed);
    }
    if ((m = AT_MOST.matcher(range)).matches()) {
      return range(0, num(m, 1), true, typed);
    }
    if ((m = INTERVAL.matcher(range)).matches()) {
      return range(num(m, 2), num(m, 3), m.group(4).equals("]"), typed);
    }
    if ((m = BETWEEN.matcher(range)).matches()) {
      return range(num(m, 1), num(m, 4), !m.group(3).equals("<"), typed);
    }
    return Optional.empty();
  }

  private static double num(Matcher m, int group) {
    return Double.parseDouble(m.group(group));
  }

  private static Optional<GradeSheet.Range> range(
      double low, double high, boolean highIncluded, String typed) {
    return low < high
        ? Optional.of(new GradeSheet.Range(low, high, highIncluded, typed))
        : Optional.empty();
  }
}
