package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one workbook, as the evaluator typed it.
 *
 * @param source the input file's name, for the summary footer and messages
 * @param readMessages what could not be read (text where a number belongs, a missing header): found
 *     while reading, before any rule is checked
 */
public record Evaluation(
    String source,
    ProjectInfo project,
    List<Parameter> parameters,
    IndicatorSheet indicators,
    Optional<GradeSheet> grades,
    Findings findings,
    List<Message> readMessages) {

  public Evaluation {
    parameters = List.copyOf(parameters);
    readMessages = List.copyOf(readMessages);
  }
}
