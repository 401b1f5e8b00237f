package org.scorebook.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indicator codes: a letter followed by digit groups, {@code A}, {@code A1}, {@code A1.2}, {@code
 * A1.2.3}.
 */
public final class Codes {
  private static final Pattern SHAPE = Pattern.compile("[A-Z](\\d+(\\.\\d+)*)?");

  private Codes() {}

  /**
   * @param code already trimmed, half-width and upper case
   */
  public static boolean isWellFormed(String code) {
    return SHAPE.matcher(code).matches();
  }

  /** 1 for {@code A}, 2 for {@code A1}, 3 for {@code A1.2} … */
  public static int level(String code) {
    return code.length() == 1 ? 1 : 2 + (int) code.chars().filter(c -> c == '.').count();
  }

  /**
   * The parent of {@code A1.2.3} is {@code A1.2}, of {@code A1} is {@code A}; {@code A} has none.
   */
  public static Optional<String> parent(String code) {
    if (code.length() == 1) {
      return Optional.empty();
    }
    int dot = code.lastIndexOf('.');
    return Optional.of(dot < 0 ? code.substring(0, 1) : code.substring(0, dot));
  }
}
