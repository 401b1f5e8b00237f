package org.scorebook.kinds.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.scorebook.kinds.targets.TargetForm.Amount;
import org.scorebook.kinds.targets.TargetForm.Amounts;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.kinds.targets.TargetForm.Row;
import org.scorebook.model.CellRef;
import org.scorebook.score.Direction;
import org.scorebook.score.IndicatorValue;

/**
 * Target declarations built as records for the review's tests, with the reading of every 指标值 they
 * hold given here: the review's rules are tested against the reading they expect, whatever the
 * grammar of {@link IndicatorValue#parse} makes of the text.
 */
final class TargetReviewForms {
  static final String SHEET = "1.养老服务补贴";
  static final int FIRST_ROW = 10;
  static final int FIRST = 0;
  static final int SECOND = 1;
  static final int THIRD = 2;
  static final int VALUE = 3;
  static final int EXPLANATION = 4;

  private final Map<String, Field> fields = new LinkedHashMap<>();
  private Optional<Integer> year = Optional.of(2023);
  private Amounts yearAmounts = amounts("1018.55", 1018.55, 3);
  private Optional<Amounts> midTermAmounts = Optional.of(amounts("3000", 3000.0, 4));
  private Field yearGoal = field("年度目标", "按时足额发放养老服务补贴", 5);
  private boolean hasExplanations = true;
  private final List<String[]> rows = new ArrayList<>();
  private final Map<String, IndicatorValue> readings = new HashMap<>();

  /**
   * A form that breaks no rule of the default checklist: local layout, one indicator per 二级 of 产出,
   * one of 效益 and one of 满意度, each explained.
   */
  static TargetReviewForms valid() {
    TargetReviewForms form = new TargetReviewForms();
    form.header("项目名称", "社区养老服务补贴", 1).header("申请单位", "某区民政局", 2);
    form.row("产出", "数量指标", "补贴发放人数", "≥500人", higher(500, "人"));
    form.row("产出", "质量指标", "补贴发放准确率", "100%", equal(100, "%"));
    form.row("产出", "时效指标", "补贴发放时间", "11月底前完成", deadline(OptionalInt.empty()));
    form.row("产出", "成本指标", "项目总成本", "≤1018.55万元", lower(1018.55, "万元"));
    form.row("效益", "社会效益指标", "老年人生活质量", "显著提升", new IndicatorValue.Qualitative("显著提升"));
    form.row("满意度", "服务对象满意度指标", "服务对象满意度", "≥90%", higher(90, "%"));
    return form;
  }

  TargetReviewForms header(String label, String text, int row) {
    fields.put(label, field(label, text, row, 1));
    return this;
  }

  TargetReviewForms withoutField(String label) {
    fields.remove(label);
    return this;
  }

  TargetReviewForms year(Optional<Integer> budgetYear) {
    year = budgetYear;
    return this;
  }

  TargetReviewForms yearAmounts(Amounts amounts) {
    yearAmounts = amounts;
    return this;
  }

  TargetReviewForms midTermAmounts(Optional<Amounts> amounts) {
    midTermAmounts = amounts;
    return this;
  }

  TargetReviewForms withoutExplanationColumn() {
    hasExplanations = false;
    return this;
  }

  TargetReviewForms yearGoal(String text) {
    yearGoal = field("年度目标", text, 5);
    return this;
  }

  /** Adds an indicator row at the end, its 指标值 read as {@code reading}, explained. */
  TargetReviewForms row(
      String first, String second, String third, String value, IndicatorValue reading) {
    return row(first, second, third, value, reading, "指标的含义和数据来源");
  }

  TargetReviewForms row(
      String first,
      String second,
      String third,
      String value,
      IndicatorValue reading,
      String explanation) {
    rows.add(new String[] {first, second, third, value, explanation});
    readings.put(value, reading);
    return this;
  }

  /** Replaces the 三级 name and the 指标值 of the row at {@code index} (0-based, in the grid). */
  TargetReviewForms set(int index, String third, String value, IndicatorValue reading) {
    String[] row = rows.get(index);
    rows.set(index, new String[] {row[0], row[1], third, value, row[4]});
    readings.put(value, reading);
    return this;
  }

  TargetReviewForms explanation(int index, String explanation) {
    String[] row = rows.get(index);
    rows.set(index, new String[] {row[0], row[1], row[2], row[3], explanation});
    return this;
  }

  TargetReviewForms remove(int index) {
    rows.remove(index);
    return this;
  }

  TargetForm build() {
    List<Row> built = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int at = FIRST_ROW + i;
      built.add(
          new Row(
              at,
              field("一级指标", row[0], at, FIRST),
              field("二级指标", row[1], at, SECOND),
              field("三级指标", row[2], at, THIRD),
              field("目标值", row[3], at, VALUE),
              Optional.of(field("指标解释", row[4], at, EXPLANATION))));
    }
    return new TargetForm(
        SHEET,
        TargetForm.Layout.LOCAL,
        fields,
        year,
        yearAmounts,
        midTermAmounts,
        yearGoal,
        Optional.empty(),
        hasExplanations,
        CellRef.of(SHEET, FIRST_ROW - 1, FIRST),
        built);
  }

  /** The reading of every 指标值 this form holds; an empty cell is {@link IndicatorValue.Empty}. */
  Function<String, IndicatorValue> readings() {
    Map<String, IndicatorValue> known = Map.copyOf(readings);
    return text -> {
      if (text.isBlank()) {
        return new IndicatorValue.Empty(text);
      }
      IndicatorValue reading = known.get(text);
      if (reading == null) {
        throw new IllegalArgumentException("no reading given for " + text);
      }
      return reading;
    };
  }

  static CellRef cell(int gridRow, int column) {
    return CellRef.of(SHEET, FIRST_ROW + gridRow, column);
  }

  static Amounts amounts(String text, Double value, int row) {
    return new Amounts(
        Optional.of(new Amount(text, Optional.ofNullable(value), CellRef.of(SHEET, row, 1))),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "万元");
  }

  static Amount amount(String text, double value, int row, int column) {
    return new Amount(text, Optional.of(value), CellRef.of(SHEET, row, column));
  }

  static Field field(String label, String text, int row) {
    return field(label, text, row, 1);
  }

  static Field field(String label, String text, int row, int column) {
    return new Field(label, text, CellRef.of(SHEET, row, column));
  }

  static IndicatorValue higher(double value, String unit) {
    return comparison(Direction.HIGHER, value, unit);
  }

  static IndicatorValue lower(double value, String unit) {
    return comparison(Direction.LOWER, value, unit);
  }

  static IndicatorValue equal(double value, String unit) {
    return comparison(Direction.EQUAL, value, unit);
  }

  static IndicatorValue comparison(Direction direction, double value, String unit) {
    String text = (direction == Direction.HIGHER ? "≥" : direction == Direction.LOWER ? "≤" : "");
    BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
    return new IndicatorValue.Comparison(
        text + number.toPlainString() + unit, direction, false, number, unit, false);
  }

  static IndicatorValue deadline(OptionalInt year) {
    return new IndicatorValue.Deadline(
        "完成时间", year, OptionalInt.of(11), OptionalInt.empty(), false);
  }

  static IndicatorValue notApplicable() {
    return new IndicatorValue.NotApplicable("不适用");
  }
}
