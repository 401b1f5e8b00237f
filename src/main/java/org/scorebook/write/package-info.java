/**
 * What is written into an evaluated workbook, whichever save writes it: 得分, 得分率 and 校验结果 on 指标评分,
 * the form's own result cells, red and yellow cells with comments where something is wrong (a
 * reviewer's own comment kept above), and the 评分汇总 score sheet ({@link
 * org.scorebook.write.ScoreSheet}, laid out through {@link org.scorebook.write.ScoreSheetSink});
 * for a kind that reviews rather than scores, the review summary in its place ({@link
 * org.scorebook.write.ReviewSheet}) and its findings marked, no results. Styles come from {@link
 * org.scorebook.style.Styles} or the workbook's cell formats, so reprocessing a workbook never adds
 * styles.
 *
 * <p>The results and marks in the evaluator's own sheets ({@link org.scorebook.write.SheetEdits})
 * are written once, through {@link org.scorebook.write.EditedSheet}, for both ways of saving; the
 * sheets changed are noted in {@link org.scorebook.write.ChangedSheets}. The score sheet's sink
 * into a POI sheet ({@link org.scorebook.write.ScoreSheetPoi}) and the small helpers over POI cells
 * ({@link org.scorebook.write.Cells}) are here too, as the score sheet and the writers of marks use
 * them directly. The saves sit above: {@code partsave} rewrites the parts of an .xlsx, {@code save}
 * saves through POI and is the entry point.
 */
package org.scorebook.write;
