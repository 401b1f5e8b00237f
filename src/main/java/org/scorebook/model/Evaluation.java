package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one workbook, as the evaluator typed it.
 *
 * @param source the input file's name, for the summary footer and messages
 * @param readMessages what could not be read (text where a number belongs, a missing header): found
 *     while reading, before any rule is checked
 * @param scoredBefore the workbook already holds a 评分汇总 sheet: it is a scored output, read again
 */
public record Evaluation(
    String source,
    ProjectInfo project,
    List<Parameter> parameters,
    IndicatorSheet indicators,
    Optional<GradeSheet> grades,
    Findings findings,
    List<Message> readMessages,
    boolean scoredBefore) {

  public Evaluation {
    parameters = List.copyOf(parameters);
    readMessages = List.copyOf(readMessages);
  }

  /** An evaluation as the evaluator filled it, never scored before. */
  public Evaluation(String source, ProjectInfo project, List<Parameter> parameters, IndicatorSheet indicators,
      Optional<GradeSheet> grades, Findings findings, List<Message> readMessages) {
    this(source, project, parameters, indicators, grades, findings, readMessages, false);
  }
}
