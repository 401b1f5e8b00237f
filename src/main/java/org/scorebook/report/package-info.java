/**
 * The evaluation report: a Word (.docx) draft in the shape of the seed reports, made from a {@link
 * org.scorebook.model.Scorecard} alone. {@link org.scorebook.report.ReportDocument} is a small
 * document builder (headings, paragraphs, tables, highlighted placeholders, page numbers) that
 * knows the conventions Chinese offices expect and nothing of evaluations, so a department's report
 * can use it too; {@link org.scorebook.report.EvaluationReport} fills one for a project, in the
 * {@link org.scorebook.report.ReportSections} its kind supplies. Nothing here sees a cell or a
 * workbook. Every text from a workbook passes {@link org.scorebook.report.ReportText#clean} before
 * it reaches the document.
 */
package org.scorebook.report;
