/**
 * Department consolidation ({@code scorebook summary}): many evaluation workbooks, scored outputs
 * or filled templates, become one results workbook with the 绩效评价结果信息表, a 总览 with charts, the
 * level-one 得分率 of every project and a 问题清单 of the workbooks left out. Reviewed projects
 * (declarations) are kept apart ({@link org.scorebook.department.ReviewResult}): 审核结果, 常见问题 (the
 * findings counted by the rule their text names) and 退回修改, and a section of the report.
 *
 * <p>Memory stays flat however many workbooks there are: each workbook is read and scored by {@link
 * org.scorebook.Scorebook#score} and closed at once, and only a small {@link
 * org.scorebook.department.ProjectResult} or {@link org.scorebook.department.Problem} is kept
 * ({@link org.scorebook.department.Collector}). {@link org.scorebook.department.Consolidation}
 * sorts them and computes the statistics; {@link org.scorebook.department.ResultsWorkbook} streams
 * the big sheets with SXSSF and draws the charts on the small 总览 sheet.
 */
package org.scorebook.department;
