package org.scorebook.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the workbook, located at a sheet and cell, about an indicator when there is one.
 * The same value is shown in the cell comment, the 校验结果 column, the score sheet (评分汇总), the console and
 * JSON.
 *
 * @param code the normalised indicator code, or an empty string
 */
public record Message(Severity severity, CellRef where, String code, String text) {

  /**
   * Errors first is not wanted: messages keep the order of the rows they are about, then the columns.
   * Rows of different sheets interleave (row 3 of 项目信息 before row 5 of 指标评分); messages about a
   * whole sheet come first.
   */
  public static final Comparator<Message> WORKBOOK_ORDER =
      Comparator.comparingInt((Message m) -> m.where().hasCell() ? m.where().row() : -1)
          .thenComparingInt(m -> m.where().column());

  public Message {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }

  public static Message error(CellRef where, String code, String text) {
    return new Message(Severity.ERROR, where, code, text);
  }

  public static Message warning(CellRef where, String code, String text) {
    return new Message(Severity.WARNING, where, code, text);
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
    // One line on the console whatever a quoted cell held: line breaks shown as ↵, other control characters dropped.
    return line.append(' ').append(text.replaceAll("\\R", "↵").replaceAll("\\p{Cntrl}", "")).toString();
  }
}
