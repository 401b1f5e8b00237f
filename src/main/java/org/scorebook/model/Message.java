package org.scorebook.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the workbook, located at a sheet and cell, about an indicator when there is
 * one, and at a character of the cell's text when the problem has one place there (a mistake in a
 * 评分公式). The same value is shown in the cell comment, the 校验结果 column, the score sheet (评分汇总), the
 * console, JSON, the 错误说明 file and the mail: all of them show {@link #text()}, the console adds
 * {@link TextPosition#caret()} and JSON the position's index.
 *
 * @param code the normalised indicator code, or an empty string
 * @param problem what is wrong, without the position
 * @param position where in the cell's text, when the problem has one place there
 */
public record Message(
    Severity severity,
    CellRef where,
    String code,
    String problem,
    Optional<TextPosition> position) {

  /**
   * Errors first is not wanted: messages keep the order of the rows they are about, then the
   * columns. Rows of different sheets interleave (row 3 of 项目信息 before row 5 of 指标评分); messages
   * about a whole sheet come first.
   */
  public static final Comparator<Message> WORKBOOK_ORDER =
      Comparator.comparingInt((Message m) -> m.where().hasCell() ? m.where().row() : -1)
          .thenComparingInt(m -> m.where().column());

  public Message {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(position, "position");
  }

  /** A message about the cell as a whole. */
  public Message(Severity severity, CellRef where, String code, String problem) {
    this(severity, where, code, problem, Optional.empty());
  }

  public static Message error(CellRef where, String code, String problem) {
    return new Message(Severity.ERROR, where, code, problem);
  }

  public static Message error(
      CellRef where, String code, String problem, Optional<TextPosition> position) {
    return new Message(Severity.ERROR, where, code, problem, position);
  }

  public static Message warning(CellRef where, String code, String problem) {
    return new Message(Severity.WARNING, where, code, problem);
  }

  /**
   * The text every rendering shows: the problem, with 「第 N 个字符：」 in front when it has a position.
   */
  public String text() {
    return position.map(p -> p.describe(problem)).orElse(problem);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for the console and logs: {@code 错误 指标评分!F12 [B1.1.2] 公式中有未知名称…}. */
  public String oneLine() {
    StringBuilder line = new StringBuilder(severity.label()).append(' ').append(where);
    if (!code.isEmpty()) {
      line.append(" [").append(code).append(']');
    }
    // One line on the console whatever a quoted cell held: line breaks shown as ↵, other control
    // characters dropped.
    return line.append(' ')
        .append(text().replaceAll("\\R", "↵").replaceAll("\\p{Cntrl}", ""))
        .toString();
  }
}
