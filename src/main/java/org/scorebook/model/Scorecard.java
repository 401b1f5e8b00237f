package org.scorebook.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of scoring one evaluation: every indicator in sheet order, the total and grade (absent
 * when there is any error), and every message in workbook order. A kind that reviews rather than
 * scores ({@link #isReview()}) gives no indicators and no total, and the suggested grade whatever
 * the messages.
 */
public record Scorecard(
    Evaluation evaluation,
    List<ScoredIndicator> indicators,
    OptionalDouble total,
    Optional<String> grade,
    List<Message> messages) {

  public Scorecard {
    indicators = List.copyOf(indicators);
    messages = List.copyOf(messages);
  }

  public long errorCount() {
    return messages.stream().filter(Message::isError).count();
  }

  public long warningCount() {
    return messages.size() - errorCount();
  }

  /** A review's result: findings and a suggested grade, no total (see {@link WorkbookKind}). */
  public static Scorecard review(Evaluation evaluation, String grade, List<Message> messages) {
    return new Scorecard(
        evaluation, List.of(), OptionalDouble.empty(), Optional.of(grade), messages);
  }

  /** Whether this is a review's result rather than a score. */
  public boolean isReview() {
    return evaluation.kind().reviews();
  }

  /**
   * The result in words, for a line of text: 「96.16 分（优）」, for a review 「审核通过，建议等级 优」; empty when
   * there are errors.
   */
  public String resultInWords() {
    if (hasErrors()) {
      return "";
    }
    if (isReview()) {
      return Text.get("scorecard.result.review", grade.orElse("-"));
    }
    return Text.get(
        "scorecard.result.score",
        Decimals.format2(total.isPresent() ? total.getAsDouble() : 0),
        grade.orElse("-"));
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The top-level indicators (A, B, C …), as in the seed reports' 表3. */
  public List<ScoredIndicator> levelOne() {
    return indicators.stream().filter(i -> i.level() == 1).toList();
  }

  /**
   * 执行率: 实际支出 (the form's 全年执行数) ÷ 预算金额 (全年预算数), unrounded and uncapped; empty when either is
   * missing or the budget is not above 0.
   */
  public OptionalDouble executionRate() {
    NumberReading budget = evaluation.project().budget();
    NumberReading spending = evaluation.project().spending();
    return budget.isValue() && spending.isValue() && budget.value() > 0
        ? OptionalDouble.of(spending.value() / budget.value())
        : OptionalDouble.empty();
  }

  public String projectName() {
    return evaluation.project().name();
  }
}
