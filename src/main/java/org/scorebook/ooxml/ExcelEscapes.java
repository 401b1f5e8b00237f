package org.scorebook.ooxml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Excel's {@code _xHHHH_} escapes of characters XML cannot carry: {@code _x000D_} is a CR. */
public final class ExcelEscapes {
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private ExcelEscapes() {}

  /** {@code text} with its escapes decoded, as POI decodes them; null stays null. */
  public static String decode(String text) {
    if (text == null || text.indexOf("_x") < 0) {
      return text;
    }
    Matcher escape = ESCAPED.matcher(text);
    StringBuilder decoded = new StringBuilder(text.length());
    int at = 0;
    while (escape.find()) {
      decoded.append(text, at, escape.start());
      decoded.append((char) Integer.parseInt(escape.group(1), 16));
      at = escape.end();
    }
    return at == 0 ? text : decoded.append(text, at, text.length()).toString();
  }
}
