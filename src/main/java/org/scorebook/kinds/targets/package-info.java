/**
 * The target declaration (项目支出绩效目标申报表, national and local layouts) and its review (绩效目标审核):
 * recognising and reading every form of a workbook ({@link
 * org.scorebook.kinds.targets.TargetForm}), and the review's checklist, whose findings are this
 * kind's scoring.
 *
 * <p>Reading: {@link org.scorebook.kinds.targets.TargetFormReader} finds the forms (one project per
 * sheet) and names blank ones and the budget year's later forms in notes; {@code TargetFormSheet}
 * reads one sheet, its header by {@code FormLabels} (the labels of both layouts, taken wherever
 * they are printed) over {@code SheetLabels} (labels without spaces, values right of or under them,
 * merged cells), its amounts by {@code FormAmounts} and its grid by {@code TargetGrid} (the 年度 half
 * where the national form has two; 本年度计划水平 where 上年度实际水平 is beside it; a value split over 计算符号, 指标值
 * and 计量单位 joined as typed) under a header of one or two rows ({@code GridHeader}). {@link
 * org.scorebook.kinds.targets.TargetDeclaration} is the kind's identity in the model.
 *
 * <p>A reviewers' own checklist (审核口径, {@code --rules}): {@link
 * org.scorebook.kinds.targets.ReviewRules} is the checklist as data, read by {@code
 * ChecklistReader} (columns found by their header texts, patterns made Java's by {@code
 * ChecklistPatterns}) into {@link org.scorebook.kinds.targets.ChecklistRule}s, each with the {@link
 * org.scorebook.kinds.targets.ChecklistTarget} it looks at; {@code ChecklistReview} applies them to
 * a form beside the default checklist.
 */
package org.scorebook.kinds.targets;
