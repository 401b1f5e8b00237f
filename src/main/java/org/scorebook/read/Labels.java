package org.scorebook.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How sheet names, labels and headers are compared: after trimming and normalising what users vary. */
final class Labels {
  private static final Pattern TRAILING_UNIT = Pattern.compile("[(（][^()（）]*[)）]$");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");

  private Labels() {}

  /** Trims half- and full-width spaces (and no-break spaces), leaving everything else as typed. */
  static String trim(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
  }

  /**
   * A label or header as the contract compares it: trimmed, with a trailing colon and a trailing unit in
   * brackets of either width dropped: {@code 预算金额（万元）} is {@code 预算金额}.
   */
  static String label(String text) {
    String label = trim(text);
    label = trim(TRAILING_COLON.matcher(label).replaceFirst(""));
    return trim(TRAILING_UNIT.matcher(label).replaceFirst(""));
  }

  /** NFKC folds full-width letters, digits and punctuation to their half-width forms. */
  static String halfWidth(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
