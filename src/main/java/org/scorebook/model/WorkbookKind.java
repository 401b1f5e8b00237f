package org.scorebook.model;

/**
 * A kind of evaluation workbook: each kind has its own reader, which produces the same model, and
 * its own {@link RuleProfile}, which the rules read.
 *
 * @param id a short fixed name for logs
 * @param displayName what users call this kind of workbook
 */
public record WorkbookKind(String id, String displayName, RuleProfile rules) {

  /** The workbook of the evaluation contract, version 1: the template Scorebook writes. */
  public static final WorkbookKind CONTRACT_V1 =
      new WorkbookKind("contract-v1", Text.get("kind.contractV1"), RuleProfile.CONTRACT_V1);
}
