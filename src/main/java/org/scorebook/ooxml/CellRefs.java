package org.scorebook.ooxml;

/**
 * Cell references in A1 style, the one reading of them: column letters to a 0-based index and back,
 * and {@code B12} (or {@code $B$12}, {@code b12}) to a 0-based row and column. A reference with
 * more than three letters, no letters, or anything but up to nine digits after them is refused.
 */
public final class CellRefs {
  /** Excel's last column, 0-based (XFD). */
  public static final int MAX_COLUMN = 16_383;

  private CellRefs() {}

  /** A cell: 0-based row and column. */
  public record Ref(int row, int column) {}

  /** The 0-based column of {@code A}, {@code AB} or {@code xfd}. */
  public static int column(String letters) {
    if (letters.isEmpty() || letters.length() > 3) {
      throw new IllegalArgumentException("not a column: " + letters);
    }
    int column = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = Character.toUpperCase(letters.charAt(i));
      if (c < 'A' || c > 'Z') {
        throw new IllegalArgumentException("not a column: " + letters);
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  /** The letters of 0-based {@code column}: 0 is A, 26 is AA. */
  public static String letters(int column) {
    if (column < 0) {
      throw new IllegalArgumentException("not a column: " + column);
    }
    StringBuilder letters = new StringBuilder(3);
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  /** The row and column of a cell reference ({@code B0} has row -1, as POI reads it). */
  public static Ref parse(String reference) {
    String ref = reference.strip();
    int at = ref.startsWith("$") ? 1 : 0;
    int lettersEnd = at;
    while (lettersEnd < ref.length() && Character.isLetter(ref.charAt(lettersEnd))) {
      lettersEnd++;
    }
    int column = column(ref.substring(at, lettersEnd));
    int digits =
        lettersEnd < ref.length() && ref.charAt(lettersEnd) == '$' ? lettersEnd + 1 : lettersEnd;
    if (digits == ref.length() || ref.length() - digits > 9) {
      throw new IllegalArgumentException("not a cell: " + reference);
    }
    int row = 0;
    for (int i = digits; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a cell: " + reference);
      }
      row = row * 10 + (c - '0');
    }
    return new Ref(row - 1, column);
  }

  /** The 0-based column of a cell reference such as {@code B12}. */
  public static int columnOf(String reference) {
    return parse(reference).column();
  }

  /** {@code B12} for 0-based row 11, column 1. */
  public static String format(int row, int column) {
    return letters(column) + (row + 1);
  }
}
