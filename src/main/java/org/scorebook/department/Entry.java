package org.scorebook.department;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.scorebook.Outcome;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;

/** What one workbook contributes to the consolidation: a scored project, or a problem. */
public sealed interface Entry permits ProjectResult, Problem {
  /** Messages of a workbook with errors quoted in 问题清单; the rest are in the workbook itself. */
  int QUOTED_MESSAGES = 3;

  Path file();

  /**
   * Keeps only what the results workbook needs from {@code outcome}, so that the scored workbook
   * and its scorecard can be dropped at once.
   */
  static Entry of(Outcome outcome) {
    Path file = outcome.input();
    if (outcome instanceof Outcome.Unreadable unreadable) {
      return new Problem(
          file,
          Problem.Kind.of(unreadable.cause()),
          Optional.empty(),
          OptionalLong.empty(),
          List.of(unreadable.reason()));
    }
    Scorecard card = outcome.scorecard().get();
    String name = card.projectName().strip();
    if (card.hasErrors() || card.total().isEmpty() || card.grade().isEmpty()) {
      List<String> quoted =
          card.messages().stream()
              .filter(Message::isError)
              .limit(QUOTED_MESSAGES)
              .map(Message::oneLine)
              .toList();
      return new Problem(
          file,
          Problem.Kind.ERRORS,
          name.isEmpty() ? Optional.empty() : Optional.of(name),
          OptionalLong.of(card.errorCount()),
          quoted);
    }
    ProjectInfo project = card.evaluation().project();
    Findings findings = card.evaluation().findings();
    List<LevelRate> levels =
        card.levelOne().stream().map(i -> new LevelRate(i.name().strip(), i.rate())).toList();
    return new ProjectResult(
        file,
        card.evaluation().kind(),
        name,
        project.field(ProjectInfo.UNIT).strip(),
        project.field(ProjectInfo.DEPARTMENT).strip(),
        amount(project.budget()),
        amount(project.spending()),
        card.total().getAsDouble(),
        card.grade().get(),
        Findings.LABELS.stream().map(findings::get).map(String::strip).toList(),
        levels,
        card.evaluation().scoredBefore(),
        modified(file));
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  private static OptionalDouble amount(NumberReading reading) {
    return reading.isValue() ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
  }

  /** A level-one indicator's name and 得分率 (score ÷ full). */
  record LevelRate(String name, OptionalDouble rate) {}
}
