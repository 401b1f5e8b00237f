package org.scorebook.partsave;

import org.scorebook.ooxml.ExcelEscapes;
import org.scorebook.style.XmlText;

/** Text in the XML of an .xlsx, read and written as POI reads and writes it. */
final class Ooxml {
  private Ooxml() {}

  /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold. */
  static String decode(String text) {
    return ExcelEscapes.decode(text);
  }

  /** {@code text} as element content, as POI writes it (see {@link XmlText}). */
  static String text(String text) {
    return XmlText.text(text);
  }

  /** {@code text} as an attribute value in double quotes. */
  static String attribute(String text) {
    return XmlText.attribute(text);
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
