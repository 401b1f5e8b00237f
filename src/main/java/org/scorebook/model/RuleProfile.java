package org.scorebook.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the rules of one kind of workbook set differently from another's; the rules themselves are
 * the same for every kind and read these values instead of constants.
 *
 * @param requiredTotal the top-level full scores must add up to this; otherwise an error at the 分值
 *     header
 * @param parentFullMayBeBlank a parent's blank 分值 is the sum of its children's; when false it is an
 *     error
 * @param deductionReason the column a score below its 分值 must be explained in (a warning names it
 *     when blank); empty when no reason is asked for
 * @param usualTopLevelFulls the usual full score of a top-level indicator, by name: a different one
 *     is a warning, not an error (local rules may set their own weights); empty when any split is
 *     usual
 * @param defaultGrades the bands in force when the workbook has no 等级标准 sheet
 */
public record RuleProfile(
    double requiredTotal,
    boolean parentFullMayBeBlank,
    Optional<String> deductionReason,
    Map<String, Double> usualTopLevelFulls,
    GradeScale defaultGrades) {

  /**
   * Contract v1: the top level makes 100, a parent may leave 分值 blank, deductions are explained in
   * 评分说明.
   */
  public static final RuleProfile CONTRACT_V1 =
      new RuleProfile(
          100, true, Optional.of(IndicatorColumn.REASON.header()), Map.of(), GradeScale.NATIONAL);

  public RuleProfile {
    usualTopLevelFulls = Map.copyOf(usualTopLevelFulls);
  }
}
