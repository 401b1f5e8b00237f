/**
 * Contract v1, the workbook of the template Scorebook writes: its reader ({@link
 * org.scorebook.kinds.contract.ContractV1Reader}, recognising the 指标评分 sheet) and the reading of
 * its sheets ({@link org.scorebook.kinds.contract.ContractV1Sheets}: 项目信息, 参数, 指标评分 with codes or
 * with one name column per level, 等级标准, 评价结论). Its identity and rules are the model's defaults
 * ({@code model.WorkbookKind.CONTRACT_V1}); its blank workbook is {@code template}'s.
 */
package org.scorebook.kinds.contract;
