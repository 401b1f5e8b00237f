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
 * worksheet, comments and drawing parts as XML, every other part kept as it came ({@link
 * org.scorebook.write.StreamingSave}, for contract v1 and the self-evaluation form alike). The XML
 * way keeps a user's formula that reads a written cell and gives it its new cached value ({@link
 * org.scorebook.write.SheetFormulas}, {@link org.scorebook.write.CellFormula}) where it can
 * calculate it as Excel would, and leaves the workbook to POI where it cannot.
 */
package org.scorebook.write;
