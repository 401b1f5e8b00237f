package org.scorebook.style;

/**
 * Text written into a part's XML by hand: markup characters escaped, and what XML 1.0 cannot hold
 * at all (control characters other than tab, line feed and carriage return, unpaired surrogates,
 * U+FFFE and U+FFFF) written as {@code ?}, as POI's own save writes it, so that both ways of saving
 * give the same text. A carriage return is always a reference (a parser would read a bare one as a
 * line feed); in an attribute, tabs and line feeds are too, so they survive a reader's
 * normalisation.
 */
public final class XmlText {
  private XmlText() {}

  /** {@code text} as element content. */
  public static String text(String text) {
    return escaped(text, false);
  }

  /** {@code text} as an attribute's value between double quotes. */
  public static String attribute(String text) {
    return escaped(text, true);
  }

  /** Whether XML 1.0 allows the character {@code c} in a document. */
  public static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String escaped(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!allowed(c)) {
        out.append('?');
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        default -> out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
