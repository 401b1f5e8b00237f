package org.scorebook.kinds.targets;

import org.scorebook.model.Text;

/**
 * The rules of the review's default checklist, numbered as the specification's table; each has a
 * short name that starts every finding's text, so that the review summary can group findings.
 */
public enum TargetReviewRule {
  REQUIRED_FIELDS(1),
  AMOUNT_PARTS(2),
  INDICATOR_KINDS(3),
  OUTPUT_INDICATORS(4),
  ROW_FILLED(5),
  EXPLANATION(6),
  READABLE_VALUE(7),
  UNIT(8),
  QUANTIFIED(9),
  TIMELINESS(10),
  COST_VALUE(11),
  SATISFACTION(12),
  REACHABLE_TARGET(13),
  NAME_FITS_KIND(14),
  DUPLICATE_NAME(15),
  COST_TOTAL(16),
  AMOUNT_UNIT(17),
  DEADLINE_YEAR(18),
  NAME_LENGTH(19);

  private final int number;

  TargetReviewRule(int number) {
    this.number = number;
  }

  /** The rule's number in the default checklist. */
  public int number() {
    return number;
  }

  /** The short name a reviewer groups findings by ({@code 成本指标}, {@code 计量单位} …). */
  public String label() {
    return Text.get("targets.review.rule." + number);
  }
}
