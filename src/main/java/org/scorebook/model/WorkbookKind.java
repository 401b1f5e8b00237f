package org.scorebook.model;

/**
 * A kind of evaluation workbook: each kind has its own reader, which produces the same model, and
 * its own {@link RuleProfile}, which the rules read.
 *
 * @param id a short fixed name for logs and JSON
 * @param displayName what users call this kind of workbook
 * @param shortName its name in a narrow column (the department summary's 类型)
 * @param addsOutputColumns whether the processor appends 得分, 得分率 and 校验结果 columns the indicator
 *     table lacks; a printed form keeps its own columns and gets comments instead
 */
public record WorkbookKind(
    String id, String displayName, String shortName, RuleProfile rules, boolean addsOutputColumns) {

  /** The workbook of the evaluation contract, version 1: the template Scorebook writes. */
  public static final WorkbookKind CONTRACT_V1 =
      new WorkbookKind(
          "contract-v1",
          Text.get("kind.contractV1"),
          Text.get("department.kind.contractV1"),
          RuleProfile.CONTRACT_V1,
          true);

  /** A kind whose name is short enough to be its short name too. */
  public WorkbookKind(String id, String displayName, RuleProfile rules, boolean addsOutputColumns) {
    this(id, displayName, displayName, rules, addsOutputColumns);
  }
}
