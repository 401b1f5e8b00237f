package org.scorebook.model;

import java.util.Objects;

/**
 * A kind of evaluation workbook: each kind has its own reader, which produces the same model, and
 * its own {@link RuleProfile}, which the rules read.
 *
 * @param id a short fixed name for logs and JSON
 * @param displayName what users call this kind of workbook
 * @param shortName its name in a narrow column (the department summary's 类型)
 * @param addsOutputColumns whether the processor appends 得分, 得分率 and 校验结果 columns the indicator
 *     table lacks; a printed form keeps its own columns and gets comments instead
 * @param result what processing a workbook of this kind gives: a score, or a review
 */
public record WorkbookKind(
    String id,
    String displayName,
    String shortName,
    RuleProfile rules,
    boolean addsOutputColumns,
    Result result) {

  /** What processing a workbook of a kind gives. */
  public enum Result {
    /** A total and a grade from the indicators' scores, none when there is an error. */
    SCORE,
    /**
     * Findings and a suggested grade, which the reviewer may change: no total, no results in the
     * workbook's cells, the grade given whatever the findings.
     */
    REVIEW
  }

  /** The workbook of the evaluation contract, version 1: the template Scorebook writes. */
  public static final WorkbookKind CONTRACT_V1 =
      new WorkbookKind(
          "contract-v1",
          Text.get("kind.contractV1"),
          Text.get("department.kind.contractV1"),
          RuleProfile.CONTRACT_V1,
          true);

  public WorkbookKind {
    Objects.requireNonNull(result, "result");
  }

  /** A kind that is scored. */
  public WorkbookKind(
      String id,
      String displayName,
      String shortName,
      RuleProfile rules,
      boolean addsOutputColumns) {
    this(id, displayName, shortName, rules, addsOutputColumns, Result.SCORE);
  }

  /** A scored kind whose name is short enough to be its short name too. */
  public WorkbookKind(String id, String displayName, RuleProfile rules, boolean addsOutputColumns) {
    this(id, displayName, displayName, rules, addsOutputColumns);
  }

  /** Whether processing a workbook of this kind reviews it rather than scores it. */
  public boolean reviews() {
    return result == Result.REVIEW;
  }
}
