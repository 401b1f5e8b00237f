package org.scorebook.kinds;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.scorebook.kinds.targets.ReviewRules;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReaders;
import org.scorebook.template.TemplateKinds;

/**
 * The kinds of workbook Scorebook knows, listed once. A workbook is read by the first kind that
 * recognises it; one that no kind recognises is read as the first kind, contract v1, so that it
 * gets the reasons users of the template expect.
 */
public final class Kinds {

  /** Every kind, in the order they are asked whether a workbook is theirs. */
  public static final Kinds ALL =
      new Kinds(List.of(new ContractV1Kind(), new SelfEvaluationKind(), new TargetsKind()));

  private final List<Kind> kinds;

  private Kinds(List<Kind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** These kinds and then {@code added}, asked last. */
  public Kinds with(Kind.Added added) {
    return new Kinds(Stream.concat(kinds.stream(), Stream.of(added)).toList());
  }

  /**
   * These kinds with the target declaration reviewed by the reviewers' own checklist {@code rules}
   * besides the default one.
   */
  public Kinds withReviewRules(ReviewRules rules) {
    return new Kinds(
        kinds.stream()
            .map(kind -> kind instanceof TargetsKind ? new TargetsKind(rules) : kind)
            .toList());
  }

  /** The kinds in the order they are asked. */
  public List<Kind> list() {
    return kinds;
  }

  /** The kinds' identities, in order: the order of the department consolidation's columns. */
  public List<WorkbookKind> identities() {
    return kinds.stream().map(Kind::identity).toList();
  }

  /** The kind whose model value is {@code identity}. */
  public Kind of(WorkbookKind identity) {
    return kinds.stream()
        .filter(kind -> kind.identity().equals(identity))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(identity.id()));
  }

  /**
   * {@code evaluation}, read by one of these kinds' readers, scored or reviewed as its kind does
   * it.
   */
  public Scorecard score(Evaluation evaluation) {
    return of(evaluation.kind()).score(evaluation);
  }

  /** The blank workbooks these kinds supply, in order: the first is the default one. */
  public TemplateKinds templates() {
    return new TemplateKinds(kinds.stream().flatMap(kind -> kind.template().stream()).toList());
  }

  /** The readers of these kinds, for the workbook reader. */
  public KindReaders readers() {
    return new KindReaders(kinds.stream().map(Kind::reader).toList(), kinds.get(0).reader());
  }
}
