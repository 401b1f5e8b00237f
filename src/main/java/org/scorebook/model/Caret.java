package org.scorebook.model;

import java.util.List;

/**
 * A text on one line with {@code ^} under one of its characters, for a monospaced display such as a
 * terminal. Every character the position counts has a place on the line: a line break shows as
 * {@code ↵}, another invisible character as {@code ·}. A Chinese or full-width character takes two
 * columns there, so the caret line pads it with an ideographic space (U+3000), which is two columns
 * wide in a terminal and as wide as a Chinese character in a proportional font; any other character
 * is padded with a space. Characters of ambiguous width ({@code × ↵ ·}) are taken as one column, as
 * terminals outside East Asian locales draw them. A text wider than {@value #MAX_COLUMNS} columns
 * is cut around the position, with {@code ...} where it was cut.
 */
final class Caret {
  static final int MAX_COLUMNS = 72;

  /** Columns kept in front of the position when a long text is cut. */
  private static final int COLUMNS_BEFORE = 24;

  private static final String CUT = "...";

  private Caret() {}

  /**
   * The shown text and the caret line under it; {@code index} counts code points and may be the
   * end.
   */
  static List<String> lines(String text, int index) {
    int[] points = text.codePoints().toArray();
    int from = 0;
    int to = points.length;
    if (width(points, 0, points.length) > MAX_COLUMNS) {
      from = windowStart(points, index);
      to = windowEnd(points, from, index);
    }
    StringBuilder shown = new StringBuilder(from > 0 ? CUT : "");
    StringBuilder under = new StringBuilder(from > 0 ? " ".repeat(CUT.length()) : "");
    for (int i = from; i < to; i++) {
      shown.append(glyph(points[i]));
      if (i < index) {
        under.append(padding(points[i]));
      }
    }
    if (to < points.length) {
      shown.append(CUT);
    }
    return List.of(shown.toString(), under.append('^').toString());
  }

  /** The first character shown: as far back from the position as {@link #COLUMNS_BEFORE} allows. */
  private static int windowStart(int[] points, int index) {
    int from = index;
    int columns = 0;
    while (from > 0 && columns + width(points[from - 1]) <= COLUMNS_BEFORE) {
      columns += width(points[--from]);
    }
    return from;
  }

  /**
   * One past the last character shown: the line, cut marks included, stays within {@link
   * #MAX_COLUMNS}.
   */
  private static int windowEnd(int[] points, int from, int index) {
    int budget = MAX_COLUMNS - (from > 0 ? CUT.length() : 0);
    if (width(points, from, points.length) <= budget) {
      return points.length;
    }
    int to = from;
    int columns = 0;
    while (to < points.length
        && (to <= index || columns + width(points[to]) <= budget - CUT.length())) {
      columns += width(points[to++]);
    }
    return to;
  }

  private static int width(int[] points, int from, int to) {
    int columns = 0;
    for (int i = from; i < to; i++) {
      columns += width(points[i]);
    }
    return columns;
  }

  private static int width(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    return EastAsianWidth.isWide(codePoint) ? 2 : 1;
  }

  private static String glyph(int codePoint) {
    if (codePoint == '\n'
        || codePoint == '\r'
        || codePoint == 0x2028
        || codePoint == 0x2029
        || codePoint == 0x85) {
      return "↵";
    }
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED) {
      return "·";
    }
    return Character.toString(codePoint);
  }

  private static String padding(int codePoint) {
    return switch (width(glyph(codePoint).codePointAt(0))) {
      case 0 -> "";
      case 2 -> "\u3000";
      default -> " ";
    };
  }
}
