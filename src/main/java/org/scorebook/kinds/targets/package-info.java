/**
 * The target declaration (项目支出绩效目标申报表, national and local layouts) and its review (绩效目标审核):
 * recognising and reading every form of a workbook ({@link
 * org.scorebook.kinds.targets.TargetForm}), and the review's checklist, whose findings are this
 * kind's scoring.
 */
package org.scorebook.kinds.targets;
