package org.scorebook.report;

import java.math.BigDecimal;
import org.scorebook.model.Decimals;

/**
 * Text and numbers as the report prints them. {@link #clean} is the one place where text typed in a
 * workbook is made safe for a Word document.
 */
public final class ReportText {
  /** Longer texts are cut: a report paragraph is never a 32,767-character cell. */
  public static final int MAX_LENGTH = 4000;

  private ReportText() {}

  /**
   * {@code text} without what XML 1.0 cannot hold (control characters, unpaired surrogates,
   * U+FFFE/U+FFFF) and without bidirectional controls (RTL marks and overrides, which would reorder
   * the Chinese around them); line breaks become {@code \n}; cut to {@link #MAX_LENGTH} characters
   * with an ellipsis. Null is the empty text.
   */
  public static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (count++ >= MAX_LENGTH) {
            return out.append('…').toString();
          }
          out.append(c).append(text.charAt(++i));
        }
        continue;
      }
      if (Character.isLowSurrogate(c) || dropped(c)) {
        continue;
      }
      if (c == '\r') {
        c = '\n';
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      }
      if (count++ >= MAX_LENGTH) {
        return out.append('…').toString();
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean dropped(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0xFFFE
        || c == 0xFFFF
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** A score as the tables print it: {@code 9.00}, {@code 87.12}. */
  public static String score(double value) {
    return Decimals.format2(value);
  }

  /** A score as the sentences say it: {@code 9}, {@code 16.94}. */
  public static String number(double value) {
    return Decimals.plain(Decimals.round2(value));
  }

  /** A rate as a percentage with at most two decimals: {@code 90%}, {@code 67.76%}. */
  public static String percent(double rate) {
    return Decimals.plain(Decimals.round2(rate * 100)) + "%";
  }

  /**
   * A budget and its spending in 万元 as the seeds write them: the budget as typed ({@code 200},
   * {@code 19.369}), the spending with at least the budget's decimals (at most four) so the two
   * line up: {@code 19.369} beside {@code 19.000}, {@code 200} beside {@code 187.5}.
   */
  public static String[] amounts(double budget, double spending) {
    int places = places(budget);
    return new String[] {
      fixed(budget, places), fixed(spending, Math.max(places, places(spending)))
    };
  }

  /** The decimals {@code value} needs, at most four. */
  private static int places(double value) {
    return Math.max(0, new BigDecimal(Decimals.plain(Decimals.round(value, 4))).scale());
  }

  private static String fixed(double value, int places) {
    return new BigDecimal(Decimals.plain(Decimals.round(value, places)))
        .setScale(places)
        .toPlainString();
  }
}
