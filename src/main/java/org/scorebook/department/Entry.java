package org.scorebook.department;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * What one project (or one workbook that could not be read) contributes to the consolidation: a
 * scored project, a reviewed one, or a problem.
 */
public sealed interface Entry permits ProjectResult, Problem, ReviewResult {
  /** Messages of a workbook with errors quoted in 问题清单; the rest are in the workbook itself. */
  int QUOTED_MESSAGES = 3;

  Path file();

  /** The project's sheet when its workbook holds several projects; empty otherwise. */
  String sheet();

  /** 「文件」, or 「文件 · 工作表」 for a project of a workbook that holds several. */
  default String source() {
    return sheet().isEmpty()
        ? file().toString()
        : Text.get("department.fileAndSheet", file(), sheet());
  }

  /** As {@link #source()}, with the file's name alone instead of its path. */
  default String shortSource() {
    Path name = file().getFileName();
    String shown = name == null ? file().toString() : name.toString();
    return sheet().isEmpty() ? shown : Text.get("department.fileAndSheet", shown, sheet());
  }

  /**
   * Keeps only what the results workbook needs from {@code outcome}, one entry per project (one
   * problem for a workbook that could not be read), so that the scored workbook and its scorecards
   * can be dropped at once.
   */
  static List<Entry> of(Outcome outcome) {
    Path file = outcome.input();
    if (outcome instanceof Outcome.Unreadable unreadable) {
      return List.of(
          new Problem(
              file,
              Problem.Kind.of(unreadable.cause()),
              Optional.empty(),
              OptionalLong.empty(),
              List.of(unreadable.reason())));
    }
    boolean several = outcome.projects().size() > 1;
    return outcome.projects().stream()
        .map(project -> of(file, several ? project.sheet() : "", project.card()))
        .toList();
  }

  /**
   * A project of {@code file}, on {@code sheet} when the workbook holds several: a review's result
   * for a reviewed project, a result when it has a total and grade, else a problem.
   */
  private static Entry of(Path file, String sheet, Scorecard card) {
    if (card.isReview()) {
      return ReviewResult.of(file, sheet, card);
    }
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
          quoted,
          sheet);
    }
    ProjectInfo project = card.evaluation().project();
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
        findings(card),
        levels,
        card.evaluation().scoredBefore(),
        modified(file),
        sheet);
  }

  /**
   * 主要绩效, 存在问题, 整改建议, 整改情况 from 评价结论; a workbook whose kind has details of its own (the form) says
   * 主要绩效 and 存在问题 from them where 评价结论 has none, as the report does.
   */
  private static List<String> findings(Scorecard card) {
    Findings findings = card.evaluation().findings();
    List<String> texts = new ArrayList<>();
    for (String label : Findings.LABELS) {
      texts.add(findings.get(label).strip());
    }
    card.evaluation()
        .details()
        .ifPresent(
            details -> {
              fill(texts, Findings.ACHIEVEMENTS, details.achievements(card).strip());
              fill(texts, Findings.PROBLEMS, String.join("\n", details.problems(card)));
            });
    return texts;
  }

  private static void fill(List<String> texts, String label, String text) {
    int i = Findings.LABELS.indexOf(label);
    if (texts.get(i).isEmpty()) {
      texts.set(i, text);
    }
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
