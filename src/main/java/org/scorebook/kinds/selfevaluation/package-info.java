/**
 * The national project self-evaluation form (项目支出绩效自评表): its identity and rules ({@link
 * org.scorebook.kinds.selfevaluation.SelfEvaluation}), its reader ({@link
 * org.scorebook.kinds.selfevaluation.SelfEvaluationReader}, finding the form in any sheet, and
 * {@link org.scorebook.kinds.selfevaluation.SelfEvaluationSheet}), what it holds beyond the
 * indicator table ({@link org.scorebook.kinds.selfevaluation.SelfEvaluationForm}, the evaluation's
 * details), what it says in place of 评价结论 ({@code FormFindings}), its report's sections ({@link
 * org.scorebook.kinds.selfevaluation.FormReportSections}), its blank form ({@link
 * org.scorebook.kinds.selfevaluation.SelfEvaluationTemplate}, drawn from a {@link
 * org.scorebook.kinds.selfevaluation.FormContent}) and the forms written from an approved target
 * declaration ({@link org.scorebook.kinds.selfevaluation.FormFromTargets}: the targets carried
 * forward, 分值 by the national default split). The writers see only the printed form its details
 * give ({@link org.scorebook.model.PrintedForm}), never this kind.
 */
package org.scorebook.kinds.selfevaluation;
