package org.scorebook.kinds.targets;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels of both layouts, as {@link SheetLabels#label} compares them. The reader takes every
 * label it knows wherever it is printed, so that the variants between the national and the local
 * layout need no branches of their own.
 */
final class FormLabels {

  /** The header's label/value pairs, national ({@code 主管部门及代码}) and local ({@code 申请单位}). */
  static final List<String> FIELDS =
      List.of(
          "项目名称", "项目编码", "主管部门及代码", "主管部门", "实施单位", "申请单位", "项目单位", "一级预算单位", "项目属性", "项目周期",
          "实施期限", "项目类型", "是否新增项目", "分配方式", "政策依据", "测算依据");

  static final String NAME = "项目名称";

  /** The unit that carries out the project, in the order looked for. */
  static final List<String> UNITS = List.of("实施单位", "申请单位", "项目单位");

  /** The department above it, in the order looked for. */
  static final List<String> DEPARTMENTS = List.of("主管部门及代码", "主管部门", "一级预算单位");

  static final List<String> YEAR_TOTALS = List.of("年度资金总额", "本年度项目金额");
  static final List<String> MID_TERM_TOTALS = List.of("中期资金总额", "项目总金额");

  /** The national funds block's own label, which gives the unit: {@code 项目资金（万元）}. */
  static final String FUNDS = "项目资金";

  /** 年度目标 as the forms print it; the first is the name a missing one is given. */
  static final List<String> YEAR_GOALS = List.of("年度目标", "年度绩效目标", "年度总体目标");

  static final List<String> MID_TERM_GOALS = List.of("中期目标", "长期目标");
  static final String OVERALL_GOAL = "总体目标";

  static final String FIRST = "一级指标";
  static final String SECOND = "二级指标";
  static final String THIRD = "三级指标";

  /** The 年度 value's header where a form names it, else the value headers of either layout. */
  static final String YEAR_VALUE = "年度指标值";

  static final List<String> VALUES = List.of("指标值", "目标值");

  /**
   * This year's value where the form prints last year's beside it (上年度实际水平 | 本年度计划水平): the value
   * read, before any other value header.
   */
  static final List<String> PLANNED_VALUES = List.of("本年度计划水平", "本年度计划值", "本年度目标值", "本年度指标值");

  /**
   * Last year's level, printed beside this year's and not read. Its 完成 is last year's: it does not
   * make the form one of those that follow the declaration ({@link #LATER_FORM_WORDS}).
   */
  static final List<String> PREVIOUS_VALUES =
      List.of("上年度实际水平", "上年度实际值", "上年实际水平", "上年度实际完成值", "上年度完成值", "上年实际完成值");

  /** The comparator's column where the value is split in three (计算符号 | 指标值 | 计量单位). */
  static final List<String> SYMBOLS = List.of("计算符号", "符号", "比较符号", "运算符号");

  /** The unit's column where the value is split in three. */
  static final List<String> MEASURE_UNITS = List.of("计量单位", "单位", "度量单位");

  /** Comparators a 计算符号 cell may hold that say nothing of the value: 定性 is a word target. */
  static final Set<String> NO_SYMBOL = Set.of("定性", "定量", "无", "/", "-", "—");

  static final String EXPLANATION = "指标解释";

  /** Words in a grid header that belong to the forms after the declaration (监控表, 自评表). */
  static final List<String> LATER_FORM_WORDS = List.of("完成", "执行", "得分", "分值", "偏差");

  /** Labels only the local layout prints. */
  static final Set<String> LOCAL_ONLY = Set.of("本年度项目金额", "申请单位", "项目编码", "一级预算单位");

  /** The first cell of a footnote under the grid: {@code 注：}, {@code 备注}, {@code 填表说明}. */
  static final Pattern FOOTNOTE = Pattern.compile("^(注|备注|填表说明|填报说明|说明)([:：\\d、.．]|$)");

  private static final Set<String> ALL =
      Set.copyOf(
          concat(
              FIELDS,
              YEAR_TOTALS,
              MID_TERM_TOTALS,
              MID_TERM_GOALS,
              YEAR_GOALS,
              List.of(OVERALL_GOAL, FIRST, SECOND, THIRD, YEAR_VALUE, EXPLANATION),
              VALUES));

  private FormLabels() {}

  /** Whether {@code label} is one the form prints, not a value. */
  static boolean isLabel(String label) {
    return ALL.contains(label) || label.startsWith(FUNDS) || part(label) != null;
  }

  /** The part of an amount a label names, or null: 财政拨款, 上年结转, 其他资金. */
  static Part part(String label) {
    if (label.contains("财政拨款")) {
      return Part.FISCAL;
    }
    if (label.contains("上年结转")) {
      return Part.CARRIED_OVER;
    }
    return label.endsWith("其他资金") ? Part.OTHER : null;
  }

  /** The parts a total is split into, under it. */
  enum Part {
    FISCAL,
    CARRIED_OVER,
    OTHER
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
