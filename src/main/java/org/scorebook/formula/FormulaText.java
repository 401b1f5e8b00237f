package org.scorebook.formula;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * The user's formula normalised for parsing, with the way back to the user's own characters. Each
 * character is NFKC-normalised on its own (full-width {@code （ ） ， ＋ ０-９ Ａ-Ｚ} and the ideographic
 * space become ASCII), and a few symbols a Chinese input method offers are replaced: {@code × ÷ − ≥
 * ≤ ≠}.
 */
final class FormulaText {
  private static final Map<Integer, String> SYMBOLS =
      Map.of(
          (int) '×', "*", (int) '÷', "/", (int) '−', "-", (int) '≥', ">=", (int) '≤', "<=",
          (int) '≠', "!=");

  private final String original;
  private final String normalized;

  /**
   * For each character of {@link #normalized}: the index in {@link #original} of the character it
   * came from.
   */
  private final int[] origin;

  private FormulaText(String original, String normalized, int[] origin) {
    this.original = original;
    this.normalized = normalized;
    this.origin = origin;
  }

  static FormulaText of(String original) {
    StringBuilder normalized = new StringBuilder(original.length());
    int[] origin = new int[original.length() + 16];
    for (int i = 0; i < original.length(); i += Character.charCount(original.codePointAt(i))) {
      String replaced = normalize(original.codePointAt(i));
      if (normalized.length() + replaced.length() > origin.length) {
        origin = Arrays.copyOf(origin, 2 * origin.length + replaced.length());
      }
      for (int k = 0; k < replaced.length(); k++) {
        origin[normalized.length()] = i;
        normalized.append(replaced.charAt(k));
      }
    }
    return new FormulaText(original, normalized.toString(), origin);
  }

  private static String normalize(int codePoint) {
    String symbol = SYMBOLS.get(codePoint);
    return symbol != null
        ? symbol
        : Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
  }

  String original() {
    return original;
  }

  String normalized() {
    return normalized;
  }

  /** Index in the original text of the normalised character at {@code index}. */
  int originalIndex(int index) {
    return origin[index];
  }

  /** What the user typed for the normalised characters {@code [from, to)}. */
  String originalSlice(int from, int to) {
    int start = origin[from];
    int last = origin[to - 1];
    return original.substring(start, last + Character.charCount(original.codePointAt(last)));
  }

  FormulaException error(int index, String key, Object... args) {
    return FormulaException.at(original, originalIndex(index), key, args);
  }
}
