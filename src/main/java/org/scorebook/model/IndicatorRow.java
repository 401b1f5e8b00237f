package org.scorebook.model;

/**
 * One data row of 指标评分 as the evaluator filled it.
 *
 * @param code the normalised code (half-width, upper case); may be malformed, the validator says so
 * @param typedCode what the cell held, for messages
 * @param shownCode the code as messages, the score sheet and JSON show it: the user's own when they
 *     wrote another style ({@code 1.1}, {@code （一）}), the normalised code otherwise
 * @param formula the 评分公式 text, or an empty string
 * @param reason the 评分说明 text, or an empty string
 * @param previousScore what the 得分 cell held before this run, for the "原填写" note; blank when empty
 * @param formulaReported the 评分公式 cell held something that is not a Scorebook formula (an Excel
 *     formula referring to cells), already reported at the cell: the row is not scored
 * @param method how the row is scored when it is a leaf
 * @param targetText the 目标值 (年度指标值) as typed, for a target given in words or with a unit
 * @param actualText the 实际值 (实际完成值) as typed
 */
public record IndicatorRow(
    int row,
    String code,
    String typedCode,
    String shownCode,
    String name,
    NumberReading full,
    String formula,
    NumberReading target,
    NumberReading actual,
    NumberReading manual,
    String reason,
    PreviousValue previousScore,
    boolean formulaReported,
    ScoringMethod method,
    String targetText,
    String actualText) {

  /** A contract v1 row, scored by its formula or by hand. */
  public IndicatorRow(
      int row,
      String code,
      String typedCode,
      String shownCode,
      String name,
      NumberReading full,
      String formula,
      NumberReading target,
      NumberReading actual,
      NumberReading manual,
      String reason,
      PreviousValue previousScore,
      boolean formulaReported) {
    this(
        row,
        code,
        typedCode,
        shownCode,
        name,
        full,
        formula,
        target,
        actual,
        manual,
        reason,
        previousScore,
        formulaReported,
        ScoringMethod.FORMULA_OR_HAND,
        "",
        "");
  }

  /** A row whose code is shown as normalised, with nothing reported about its formula. */
  public IndicatorRow(
      int row,
      String code,
      String typedCode,
      String name,
      NumberReading full,
      String formula,
      NumberReading target,
      NumberReading actual,
      NumberReading manual,
      String reason,
      PreviousValue previousScore) {
    this(
        row,
        code,
        typedCode,
        code,
        name,
        full,
        formula,
        target,
        actual,
        manual,
        reason,
        previousScore,
        false);
  }

  /**
   * A parent with no row of its own, placed on the row where its name first appears (a tree given
   * by level columns): only its name, a blank 分值 (its children's sum) and nothing to score.
   */
  public static IndicatorRow parentAt(int row, String code, String shownCode, String name) {
    return new IndicatorRow(
        row,
        code,
        code,
        shownCode,
        name,
        NumberReading.BLANK,
        "",
        NumberReading.BLANK,
        NumberReading.BLANK,
        NumberReading.BLANK,
        "",
        PreviousValue.NONE,
        false);
  }

  /** A value found in an output column before this run: its number (if any) and how it looked. */
  public record PreviousValue(NumberReading number, String shown) {
    public static final PreviousValue NONE = new PreviousValue(NumberReading.BLANK, "");

    public boolean isPresent() {
      return !shown.isEmpty();
    }
  }

  public boolean hasFormula() {
    return !formula.isBlank();
  }

  public boolean hasManualScore() {
    return !manual.isBlank();
  }
}
