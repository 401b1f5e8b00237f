package org.scorebook.score;

import java.math.BigDecimal;

/**
 * What a self-evaluation form's 年度指标值 asks for: a number to reach, stay under or equal, words the
 * evaluator scores by hand, or text that is neither.
 */
public sealed interface AnnualTarget {

  /**
   * @param value the target in {@code unit}; a percentage as its fraction ({@code 95%} is 0.95)
   * @param unit {@code %}, {@code 集}, {@code 天}, {@code 万元}, {@code 次/周} …; empty when none
   */
  record Quantitative(Direction direction, BigDecimal value, String unit) implements AnnualTarget {}

  /** Words such as 作用明显 or 很满意: the evaluator scores the leaf in bands. */
  record Qualitative(String words) implements AnnualTarget {}

  /** A comparison without a number after it, or a symbol where none can stand. */
  record Unreadable(String text, String reason) implements AnnualTarget {}

  /** Reads {@code ≥95%}, {@code 不超过3天}, {@code 每周4次}, {@code 100}, {@code 很满意} … */
  static AnnualTarget parse(String text) {
    return TargetText.parse(text);
  }
}
