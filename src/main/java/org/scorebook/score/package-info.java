/**
 * Scoring: the arithmetic of the tree, the same for every kind of workbook — leaves from their
 * formula or manual score, parents as sums of rounded children, the total and grade. Beside it, the
 * leaf rules of the national self-evaluation form, which the scorer applies to a form's leaves
 * ({@link org.scorebook.score.FormLeaves}): a 年度指标值 read as a target ({@link
 * org.scorebook.score.AnnualTarget}), a 实际完成值 in its unit ({@link
 * org.scorebook.score.ActualValue}), the quantitative score ({@link
 * org.scorebook.score.LeafScore}), the bands of a qualitative leaf ({@link
 * org.scorebook.score.QualitativeBand}) and the budget-execution line ({@link
 * org.scorebook.score.BudgetExecution}).
 */
package org.scorebook.score;
