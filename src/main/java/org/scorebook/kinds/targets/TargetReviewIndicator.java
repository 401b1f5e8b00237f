package org.scorebook.kinds.targets;

import java.text.Normalizer;
import java.util.Set;
import java.util.function.Function;
import org.scorebook.kinds.targets.TargetForm.Row;
import org.scorebook.model.CellRef;
import org.scorebook.score.IndicatorValue;

/**
 * One indicator row as the review sees it: its 一级, 二级 and 三级 names folded for comparison (widths
 * folded, spaces and line breaks dropped, a trailing {@code 指标} dropped) and its 指标值 read.
 */
record TargetReviewIndicator(
    Row row, String first, String second, String third, IndicatorValue value) {
  static final String OUTPUT = "产出";
  static final String BENEFIT = "效益";
  static final String SATISFACTION = "满意度";
  static final String QUANTITY = "数量";
  static final String QUALITY = "质量";
  static final String TIMELINESS = "时效";
  static final String COST = "成本";
  static final String ECONOMIC_COST = "经济成本";

  /** The 二级 under 产出 that must each have an indicator and may not be marked not applicable. */
  static final Set<String> OUTPUT_KINDS = Set.of(QUANTITY, QUALITY, TIMELINESS, COST);

  /** What stands for "not applicable" where a name is expected. */
  private static final Set<String> NOT_APPLICABLE = Set.of("不适用", "不适应", "/", "无", "—", "-", "——");

  static TargetReviewIndicator of(Row row, Function<String, IndicatorValue> values) {
    return new TargetReviewIndicator(
        row,
        fold(row.first().text()),
        fold(row.second().text()),
        fold(row.third().text()),
        values.apply(row.value().text()));
  }

  /** Widths folded, whitespace dropped, a trailing {@code 指标} dropped: {@code 数量指标} is 数量. */
  static String fold(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    return folded.endsWith("指标") && folded.length() > 2
        ? folded.substring(0, folded.length() - 2)
        : folded;
  }

  /** The 三级 name as shown in messages: the cell's text on one line. */
  String name() {
    return row.third().text().strip().replaceAll("\\s*\\R\\s*", "");
  }

  /** A real indicator: a 三级 name that is not a mark of "not applicable". */
  boolean named() {
    return !third.isEmpty() && !NOT_APPLICABLE.contains(third);
  }

  /** The row says its indicator does not apply, by its 三级 name or by its value. */
  boolean markedNotApplicable() {
    return NOT_APPLICABLE.contains(third) || value instanceof IndicatorValue.NotApplicable;
  }

  boolean valueEmpty() {
    return value instanceof IndicatorValue.Empty;
  }

  boolean isOutput() {
    return first.equals(OUTPUT);
  }

  boolean isBenefit() {
    return first.equals(BENEFIT);
  }

  boolean isSatisfaction() {
    return first.equals(SATISFACTION) || second.contains(SATISFACTION);
  }

  /**
   * 成本 under 产出; under 成本 as a 一级 indicator (the 2021 guidance), 经济成本 or a 二级 left blank, and 社会成本
   * or 生态环境成本 where its target is money. Those two are mostly written in words or marked not
   * applicable, which a 成本 indicator may not be; priced, they are costs like the others.
   */
  boolean isCost() {
    if (second.equals(COST)) {
      return true;
    }
    return first.equals(COST)
        && (second.equals(ECONOMIC_COST)
            || second.isEmpty()
            || value instanceof IndicatorValue.Comparison comparison && comparison.isMoney());
  }

  /** 数量, 质量, 时效 or 成本 as the 二级 of this row, or empty. */
  String outputKind() {
    if (isCost()) {
      return COST;
    }
    return OUTPUT_KINDS.contains(second) ? second : "";
  }

  boolean isTimeliness() {
    return second.equals(TIMELINESS);
  }

  CellRef nameCell() {
    return row.third().cell();
  }

  CellRef valueCell() {
    return row.value().cell();
  }

  /** The 三级 name as a message's code, empty when the row has none. */
  String code() {
    return named() ? name() : "";
  }
}
