package org.scorebook.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.style.XmlText;

/** Text in the XML of an .xlsx, read and written as POI reads and writes it. */
final class Ooxml {
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Ooxml() {}

  /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold. */
  static String decode(String text) {
    if (text == null || text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code text} as element content: markup characters escaped, a carriage return kept as a
   * reference, and a character XML cannot hold written as {@code ?}, as POI writes it.
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (XmlText.allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('?');
          }
        }
      }
    }
    return out.toString();
  }

  /** {@code text} as an attribute value in double quotes. */
  static String attribute(String text) {
    return text(text).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
  }

  /** Whether text with leading or trailing white space needs {@code xml:space="preserve"}. */
  static boolean needsPreserve(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }

  /** A {@code <t>} element holding {@code text}, spaces preserved where they matter. */
  static String t(String text) {
    return (needsPreserve(text) ? "<t xml:space=\"preserve\">" : "<t>") + text(text) + "</t>";
  }
}
