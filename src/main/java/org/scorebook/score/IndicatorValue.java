package org.scorebook.score;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * What a 指标值 (年度指标值, 目标值) says, read the same way for every form of the budget cycle: the
 * declaration, the monitoring form and the self-evaluation form. One of: empty (missing), not
 * applicable, a comparison with a number, a deadline, a duration, a frequency, qualitative words,
 * or text that cannot be read.
 */
public sealed interface IndicatorValue {

  /** The cell's text, as typed. */
  String text();

  /** Nothing typed (an empty cell is missing, not "not applicable"). */
  record Empty(String text) implements IndicatorValue {}

  /** {@code 不适用}, {@code /}, {@code 无}, {@code —} (and the typo {@code 不适应}). */
  record NotApplicable(String text) implements IndicatorValue {}

  /**
   * {@code ≥95%}, {@code 不超过48.14万元}, {@code 20集}, {@code 总成本不超过48.14万} (taken out of prose).
   *
   * @param value the number as written ({@code 95} for {@code 95%})
   * @param unit {@code %}, {@code 万元}, {@code 个}, {@code 万元/台} …; empty when none is written
   * @param strict {@code >} or {@code <} rather than {@code ≥} or {@code ≤}
   * @param inProse whether words other than the comparison surround it
   */
  record Comparison(
      String text,
      Direction direction,
      boolean strict,
      BigDecimal value,
      String unit,
      boolean inProse)
      implements IndicatorValue {
    /** Whether the unit is money: 元, 万元, 亿元, per unit too ({@code 万元/台}). */
    public boolean isMoney() {
      return unit.startsWith("元") || unit.startsWith("万元") || unit.startsWith("亿元");
    }

    public boolean isPercent() {
      return unit.equals("%");
    }
  }

  /**
   * {@code 11月底前完成}, {@code 2023/11/30}, {@code 年底前}: what is known of the date; {@code yearEnd}
   * for 年底前/年内.
   */
  record Deadline(
      String text, OptionalInt year, OptionalInt month, OptionalInt day, boolean yearEnd)
      implements IndicatorValue {}

  /** {@code 2小时内}, {@code 3个工作日}: a span of time, usually an upper bound. */
  record Duration(String text, Direction direction, BigDecimal value, String unit)
      implements IndicatorValue {}

  /** {@code 每月1次}, {@code 每周4次}: a count per period (周, 月, 季度, 年, 日). */
  record Frequency(String text, BigDecimal count, String period, String unit)
      implements IndicatorValue {}

  /** Words: {@code 显著提升}, {@code 良好}, {@code 及时}, {@code 很满意}. */
  record Qualitative(String text) implements IndicatorValue {}

  /** A comparison without a number, a symbol where none can stand: {@code reason} says what. */
  record Unreadable(String text, String reason) implements IndicatorValue {}

  /** Reads {@code text} by the grammar of the budget cycle's forms. */
  static IndicatorValue parse(String text) {
    return IndicatorValues.parse(text);
  }
}
