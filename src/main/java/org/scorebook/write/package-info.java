/**
 * Writing results into the evaluator's workbook: 得分, 得分率 and 校验结果 on 指标评分, red and yellow
 * cells with comments where something is wrong, the 评分汇总 sheet, recalculated formula values and an
 * atomic save ({@link org.scorebook.write.WorkbookWriter}, {@link org.scorebook.write.SafeFiles}).
 *
 * <p>Every cell style is created by {@link org.scorebook.write.Styles}, one per look, so a workbook never
 * runs out of styles however many rows it has or however often it is processed again.
 */
package org.scorebook.write;
