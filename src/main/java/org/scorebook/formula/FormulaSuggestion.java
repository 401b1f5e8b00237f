package org.scorebook.formula;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** The known name closest to a mistyped one, by edit distance, when it is reasonably close. */
final class FormulaSuggestion {
  /**
   * Longer unknown names get no suggestion: the distance is quadratic and the guess would be poor.
   */
  private static final int MAX_LENGTH = 64;

  private FormulaSuggestion() {}

  /**
   * The candidate with the smallest edit distance (ignoring ASCII case) to {@code name}, if that
   * distance is at most a third of the longer name (at least 1); ties go to the first in sorted
   * order; null when none is close enough.
   */
  static String closest(String name, Collection<String> candidates) {
    if (name.length() > MAX_LENGTH) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(candidates)) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance && distance <= allowed(name, candidate)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int allowed(String name, String candidate) {
    return Math.max(1, Math.max(name.length(), candidate.length()) / 3);
  }

  /** Levenshtein distance over UTF-16 characters. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
