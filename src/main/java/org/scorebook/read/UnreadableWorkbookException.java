package org.scorebook.read;

/**
 * A workbook that cannot be read at all (corrupt, encrypted, not a workbook), or one without an
 * indicator table to score (no 指标评分 sheet, or no 指标编码 header in it). The message is Chinese and
 * complete, ready for the user; the cause, if any, is for the log.
 */
public final class UnreadableWorkbookException extends Exception {
  private final boolean noIndicators;

  public UnreadableWorkbookException(String message) {
    this(message, null, false);
  }

  public UnreadableWorkbookException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private UnreadableWorkbookException(String message, Throwable cause, boolean noIndicators) {
    super(message, cause);
    this.noIndicators = noIndicators;
  }

  /** A workbook that opens but has no indicator table Scorebook can score. */
  public static UnreadableWorkbookException noIndicators(String message) {
    return new UnreadableWorkbookException(message, null, true);
  }

  /** Whether the workbook opened but has no indicator table (as opposed to being damaged). */
  public boolean noIndicators() {
    return noIndicators;
  }
}
