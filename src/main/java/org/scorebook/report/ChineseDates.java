package org.scorebook.report;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Dates as Chinese reports print them on the cover: 二〇一八年六月. */
public final class ChineseDates {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseDates() {}

  /** 二〇一八年六月 */
  public static String month(TemporalAccessor date) {
    return year(date.get(ChronoField.YEAR))
        + "年"
        + upToThirtyOne(date.get(ChronoField.MONTH_OF_YEAR))
        + "月";
  }

  /** 二〇一八年六月十二日 */
  public static String day(TemporalAccessor date) {
    return month(date) + upToThirtyOne(date.get(ChronoField.DAY_OF_MONTH)) + "日";
  }

  /** A year digit by digit: 2018 → 二〇一八. */
  static String year(int year) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(year).toCharArray()) {
      out.append(DIGITS.charAt(c - '0'));
    }
    return out.toString();
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一. */
  static String upToThirtyOne(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }
}
