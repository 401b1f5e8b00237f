package org.scorebook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one workbook, as the evaluator typed it, whatever kind of workbook it came
 * from.
 *
 * @param kind the kind of workbook it was read as, whose {@link RuleProfile} the rules apply
 * @param source the input file's name, for the score sheet's footer and messages
 * @param readMessages what could not be read (text where a number belongs, a missing header): found
 *     while reading, before any rule is checked
 * @param scoredBefore the workbook already holds a 评分汇总 sheet: it is a scored output, read again
 * @param details what a kind holds beyond the indicator table and header fields (the
 *     self-evaluation form's funds block, goal and result cells); empty for kinds with nothing more
 */
public record Evaluation(
    WorkbookKind kind,
    String source,
    ProjectInfo project,
    List<Parameter> parameters,
    IndicatorSheet indicators,
    Optional<GradeSheet> grades,
    Findings findings,
    List<Message> readMessages,
    boolean scoredBefore,
    Optional<KindDetails> details) {

  /** An evaluation of a kind with nothing beyond its indicator table and header fields. */
  public Evaluation(
      WorkbookKind kind,
      String source,
      ProjectInfo project,
      List<Parameter> parameters,
      IndicatorSheet indicators,
      Optional<GradeSheet> grades,
      Findings findings,
      List<Message> readMessages,
      boolean scoredBefore) {
    this(
        kind,
        source,
        project,
        parameters,
        indicators,
        grades,
        findings,
        readMessages,
        scoredBefore,
        Optional.empty());
  }

  public Evaluation {
    Objects.requireNonNull(kind, "kind");
    parameters = List.copyOf(parameters);
    readMessages = List.copyOf(readMessages);
    Objects.requireNonNull(details, "details");
  }

  /** The same evaluation with {@code notes} read after its own messages. */
  public Evaluation withNotes(List<Message> notes) {
    if (notes.isEmpty()) {
      return this;
    }
    List<Message> all = new ArrayList<>(readMessages);
    all.addAll(notes);
    return new Evaluation(
        kind,
        source,
        project,
        parameters,
        indicators,
        grades,
        findings,
        all,
        scoredBefore,
        details);
  }

  /** The printed form the workbook was read from, when it was one. */
  public Optional<PrintedForm> printedForm() {
    return details.flatMap(KindDetails::printedForm);
  }
}
