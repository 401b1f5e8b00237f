package org.scorebook.model;

/** How a leaf indicator gets its score; each kind's reader says which for every row it reads. */
public enum ScoringMethod {
  /** Contract v1: by its 评分公式, or by the 人工得分 typed beside it. */
  FORMULA_OR_HAND,
  /**
   * The self-evaluation form: by comparing 实际完成值 with the direction and number in 年度指标值, or by hand
   * within the qualitative bands when 年度指标值 is words.
   */
  ANNUAL_TARGET,
  /** The self-evaluation form's budget line: 分值 × min(全年执行数 ÷ 全年预算数, 1). */
  BUDGET_EXECUTION
}
