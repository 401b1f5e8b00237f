/**
 * What is written into an evaluated workbook: 得分, 得分率 and 校验结果 on 指标评分, red and yellow cells with
 * comments where something is wrong (a reviewer's own comment kept above), the 评分汇总 score sheet
 * ({@link org.scorebook.write.ScoreSheet}, laid out through {@link
 * org.scorebook.write.ScoreSheetSink} into a POI sheet or as a worksheet part's XML, {@link
 * org.scorebook.write.ScoreSheetXml}), every formula's cached value recalculated, and the save
 * ({@link org.scorebook.write.WorkbookWriter}, through {@link org.scorebook.files.SafeFiles}).
 * Styles come from {@link org.scorebook.style.Styles}, so reprocessing a workbook never adds
 * styles.
 *
 * <p>The results and marks in the evaluator's own sheets ({@link org.scorebook.write.SheetEdits})
 * are written once for two ways of saving: into a workbook loaded into POI, or into an .xlsx's
 * worksheet, comments and drawing parts as XML, every other part kept as it came.
 */
package org.scorebook.write;
