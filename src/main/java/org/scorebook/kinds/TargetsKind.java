package org.scorebook.kinds;

import org.scorebook.kinds.targets.ReviewRules;
import org.scorebook.kinds.targets.TargetDeclaration;
import org.scorebook.kinds.targets.TargetFormReader;
import org.scorebook.kinds.targets.TargetReview;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;

/**
 * The target declaration (绩效目标申报表), national and local layouts, found in any sheet of a workbook,
 * one project per sheet.
 */
final class TargetsKind implements Kind {
  private static final KindReader READER = new TargetFormReader();

  private final ReviewRules rules;

  TargetsKind() {
    this(ReviewRules.NONE);
  }

  /** Reviewed by the default checklist and the reviewers' own {@code rules}. */
  TargetsKind(ReviewRules rules) {
    this.rules = rules;
  }

  @Override
  public WorkbookKind identity() {
    return TargetDeclaration.IDENTITY;
  }

  @Override
  public KindReader reader() {
    return READER;
  }

  /**
   * A declaration is reviewed against the default checklist and the reviewers' own, when given, not
   * scored.
   */
  @Override
  public Scorecard score(Evaluation evaluation) {
    return TargetReview.card(evaluation, rules);
  }
}
