package org.scorebook.read;

/**
 * A workbook that cannot be read at all (corrupt, encrypted, not a workbook, no 指标评分 sheet). The
 * message is Chinese and complete, ready for the user; the cause, if any, is for the log.
 */
public final class UnreadableWorkbookException extends Exception {
  public UnreadableWorkbookException(String message) {
    super(message);
  }

  public UnreadableWorkbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
