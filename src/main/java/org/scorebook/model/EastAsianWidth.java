package org.scorebook.model;

/**
 * Whether a character takes two columns: Chinese, Japanese and Korean characters, full-width forms
 * and the like. One answer for a terminal's caret line and for a cell's width in Excel's character
 * units, where such a character also counts two.
 */
public final class EastAsianWidth {
  /**
   * The main East Asian Wide and Fullwidth ranges (as in Markus Kuhn's wcwidth), first and last
   * code point.
   */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD}
  };

  private EastAsianWidth() {}

  public static boolean isWide(int codePoint) {
    for (int[] range : WIDE) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
