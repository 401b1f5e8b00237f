package org.scorebook.model;

import java.util.List;
import java.util.Objects;

/**
 * Where in a cell's text a message is about, kept as a value (as jsoup's {@code ParseError} keeps
 * its position) so that every rendering of the message starts from the same place.
 *
 * @param text the text the index points into: for a 评分公式 the formula as read from its cell, with
 *     surrounding spaces trimmed and the leading {@code =} of an Excel formula dropped
 * @param index 0-based, counted in characters as the user sees them (code points: a Chinese
 *     character, full-width or not, and a character outside the Basic Multilingual Plane each count
 *     once); equal to the number of characters when the problem is at the very end of the text
 */
public record TextPosition(String text, int index) {

  public TextPosition {
    Objects.requireNonNull(text, "text");
    int characters = text.codePointCount(0, text.length());
    if (index < 0 || index > characters) {
      throw new IllegalArgumentException("index " + index + " outside 0.." + characters);
    }
  }

  /**
   * The position of the character at {@code charIndex}, a Java (UTF-16) index into {@code text}; an
   * index past the end is the end.
   */
  public static TextPosition ofCharIndex(String text, int charIndex) {
    int end = Math.min(Math.max(charIndex, 0), text.length());
    return new TextPosition(text, text.codePointCount(0, end));
  }

  /** {@code problem} with the position in front, as every message shows it: 「第 7 个字符：…」. */
  public String describe(String problem) {
    return Text.get("message.at", index + 1, problem);
  }

  /**
   * The text on one line and a caret line with {@code ^} under the position, for a monospaced
   * terminal. See {@link Caret} for how characters are shown and how a long text is shortened.
   */
  public List<String> caret() {
    return Caret.lines(text, index);
  }
}
