package org.scorebook.formula;

import org.scorebook.model.Text;

/**
 * A formula that cannot be compiled or evaluated. The message is Chinese (from the resource bundle),
 * complete and ready for a cell comment; when the problem has a place in the formula it starts with
 * "第 N 个字符：" where N counts the user's characters from 1.
 */
public final class FormulaException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int position;

  private FormulaException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** A problem at {@code position}, a 0-based index into {@code text}, the formula as the user typed it. */
  static FormulaException at(String text, int position, String key, Object... args) {
    int shown = text.codePointCount(0, Math.min(position, text.length())) + 1;
    return new FormulaException(Text.get("formula.at", shown, Text.get(key, args)), position);
  }

  /** A problem of the formula as a whole. */
  static FormulaException of(String key, Object... args) {
    return new FormulaException(Text.get(key, args), -1);
  }

  /** 0-based index into the user's original text, or -1 when the problem has no single place. */
  public int position() {
    return position;
  }
}
