package org.scorebook.formula;

import java.util.Optional;
import org.scorebook.model.Text;
import org.scorebook.model.TextPosition;

/**
 * A formula that cannot be compiled or evaluated. The {@linkplain #problem() problem} is Chinese
 * (from the resource bundle) and complete; when it has a place in the formula, {@link
 * #textPosition()} says where, and the message shows it in front as {@link TextPosition#describe}
 * does ("第 N 个字符：…", N counting the user's characters from 1).
 */
public final class FormulaException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String text;
  private final int position;

  private FormulaException(String problem, String text, int position) {
    super(position < 0 ? problem : TextPosition.ofCharIndex(text, position).describe(problem));
    this.problem = problem;
    this.text = text;
    this.position = position;
  }

  /**
   * A problem at {@code position}, a 0-based index into {@code text}, the formula as the user typed
   * it.
   */
  static FormulaException at(String text, int position, String key, Object... args) {
    return new FormulaException(Text.get(key, args), text, position);
  }

  /** A problem of the formula as a whole. */
  static FormulaException of(String key, Object... args) {
    return new FormulaException(Text.get(key, args), "", -1);
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }

  /**
   * 0-based (UTF-16) index into the user's original text, or -1 when the problem has no single
   * place.
   */
  public int position() {
    return position;
  }

  /** The position in characters as the user counts them, with the formula it points into. */
  public Optional<TextPosition> textPosition() {
    return position < 0 ? Optional.empty() : Optional.of(TextPosition.ofCharIndex(text, position));
  }
}
