package org.scorebook.kinds;

import java.util.Optional;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;
import org.scorebook.report.ReportSections;
import org.scorebook.score.Scorer;
import org.scorebook.template.TemplateKind;

/**
 * A kind of evaluation workbook, as the pipeline asks it: what it is called and which rules it is
 * scored by ({@link #identity()}), and how it is recognised and read ({@link #reader()}). Each kind
 * keeps what is particular to it in its own package ({@code kinds.contract}, {@code
 * kinds.selfevaluation}); {@link Kinds#ALL} lists them.
 *
 * <p>The kinds Scorebook ships are the permitted classes here: they stay in this package because a
 * sealed type outside a named module may only permit classes of its own package, and answer with
 * their package's pieces. {@link Added} is the one open door: a kind that lives outside the main
 * code (the tests' own kind) implements it, so that a new kind is shown to need nothing but its
 * package and a place in a list of kinds.
 */
public sealed interface Kind permits ContractV1Kind, SelfEvaluationKind, TargetsKind, Kind.Added {

  /** The model's value for this kind: its id, display name and rule profile. */
  WorkbookKind identity();

  /** Recognises and reads a workbook of this kind into the model. */
  KindReader reader();

  /**
   * How a project of this kind is scored: by the indicators' scores and the kind's rule profile
   * unless the kind reviews instead ({@link WorkbookKind#reviews()}) and answers with its findings
   * and a suggested grade ({@link Scorecard#review}).
   */
  default Scorecard score(Evaluation evaluation) {
    return Scorer.score(evaluation);
  }

  /** The blank workbook of this kind {@code scorebook template} writes; empty when it has none. */
  default Optional<TemplateKind> template() {
    return Optional.empty();
  }

  /** What this kind's report says its own way; the standard sections unless it has its own. */
  default ReportSections report() {
    return ReportSections.STANDARD;
  }

  /** A kind outside the main code; see the type's comment. */
  non-sealed interface Added extends Kind {}
}
