package org.scorebook.style;

import org.scorebook.model.EastAsianWidth;

/**
 * How much room text takes in a cell, for column widths and row heights set without fonts on the
 * machine (a server has no CJK fonts to measure with): a CJK or full-width character counts two of
 * Excel's character units, anything else one.
 */
public final class TextWidth {
  /**
   * Excel's tallest row, in points: a taller height is out of its range (and POI's twips overflow
   * past about 1,638), so a row of long text stops here and its text scrolls.
   */
  public static final float MAX_ROW_POINTS = 409f;

  private TextWidth() {}

  /**
   * How wide {@code text} shows, in Excel's character units: a CJK or full-width character counts
   * 2.
   */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += EastAsianWidth.isWide(codePoint) ? 2 : 1;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** Lines {@code text} takes when wrapped in a cell {@code width} characters wide. */
  public static int wrappedLines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\\R", -1)) {
      lines += Math.max(1, (displayWidth(paragraph) + width - 1) / Math.max(1, width));
    }
    return lines;
  }
}
