package org.scorebook.kinds.targets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.KindDetails;
import org.scorebook.score.IndicatorValue;

/**
 * One project's target declaration (绩效目标申报表) as read from its sheet, national or local layout: the
 * header fields, the amounts, the goals and the indicator grid (the 年度 half where the form has 中期
 * and 年度 side by side), every value with the cell it was read from, so that every finding of the
 * review is located at its cell.
 *
 * @param fields the label/value pairs of the header ({@code 项目名称}, {@code 主管部门}, {@code 实施单位} or
 *     {@code 申请单位}, {@code 项目属性}, {@code 政策依据}, {@code 测算依据} …), keyed by the label as printed
 *     without spaces, in the form's order
 * @param year the budget year ({@code ( 2020年度)}), when the form says it
 * @param yearAmounts 年度资金总额 (national) or 本年度项目金额 (local), with its parts where given
 * @param midTermAmounts 中期资金总额 or 项目总金额（中期规划）, when the form has it
 * @param yearGoal 年度目标
 * @param midTermGoal 中期目标 or 长期目标, when the form has it
 * @param hasExplanations whether the grid has a 指标解释 column
 * @param tableHeader the cell of the grid's 一级指标 header
 */
public record TargetForm(
    String sheetName,
    Layout layout,
    Map<String, Field> fields,
    Optional<Integer> year,
    Amounts yearAmounts,
    Optional<Amounts> midTermAmounts,
    Field yearGoal,
    Optional<Field> midTermGoal,
    boolean hasExplanations,
    CellRef tableHeader,
    List<Row> rows)
    implements KindDetails {

  public TargetForm {
    // Keeps the form's order, which Map.copyOf would not.
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    rows = List.copyOf(rows);
  }

  /** Which printed layout the form follows. */
  public enum Layout {
    /** The central project library's: 中期 and 年度 halves, 年度资金总额 with its parts. */
    NATIONAL,
    /** 二级项目支出绩效目标申报表: label/value pairs, a fixed row per 二级, 目标值 and 指标解释. */
    LOCAL
  }

  /**
   * A labelled value of the form.
   *
   * @param cell where the value is; the label's cell when the value is missing
   * @param label the label as printed
   */
  public record Field(String label, String text, CellRef cell) {
    public boolean isBlank() {
      return text.isBlank();
    }
  }

  /**
   * An amount as the form holds it.
   *
   * @param text the cell's text as shown
   * @param value the number read, when there is one
   */
  public record Amount(String text, Optional<Double> value, CellRef cell) {}

  /**
   * The money of one period.
   *
   * @param unitLabel the unit the label gives the amounts ({@code 万元}, {@code 元}), empty when none
   */
  public record Amounts(
      Optional<Amount> total,
      Optional<Amount> fiscal,
      Optional<Amount> carriedOver,
      Optional<Amount> other,
      String unitLabel) {}

  /**
   * One indicator row of the grid (the 年度 half): its names as the cells hold them (一级 and 二级 filled
   * down from merged cells), its 指标值 and 指标解释.
   *
   * @param row the 0-based row
   * @param explanation empty, with an empty cell, when the form has no 指标解释 column
   */
  public record Row(
      int row, Field first, Field second, Field third, Field value, Optional<Field> explanation) {

    /**
     * Whether the row declares an indicator: a 三级 name that is not a mark of "not applicable", and
     * a 指标值 that is not one either.
     */
    public boolean applies() {
      TargetReviewIndicator indicator = TargetReviewIndicator.of(this, IndicatorValue::parse);
      return indicator.named() && !indicator.markedNotApplicable();
    }
  }

  /** The 项目名称, or empty. */
  public String projectName() {
    Field name = fields.get("项目名称");
    return name == null ? "" : name.text();
  }

  /** The 主管部门 (主管部门及代码, 一级预算单位 on the local form), or empty. */
  public String department() {
    return firstField(FormLabels.DEPARTMENTS);
  }

  /** The 实施单位 (申请单位 on the local form), or empty. */
  public String unit() {
    return firstField(FormLabels.UNITS);
  }

  private String firstField(List<String> labels) {
    return labels.stream()
        .map(fields::get)
        .filter(field -> field != null && !field.isBlank())
        .map(Field::text)
        .findFirst()
        .orElse("");
  }
}
