package org.scorebook.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.Scorebook;
import org.scorebook.files.WriteProblem;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;

/**
 * Combines several experts' copies of one project into one scored workbook. Each copy is scored as
 * {@code process} would; copies with errors are left out and named; copies of another project or
 * with another tree stop the panel, each difference named with its copy and cell. The result is the
 * first copy's workbook with the combined scores typed in, scored again, with a 专家评分 sheet. Copies
 * that hold several projects are combined project by project ({@link SeveralProjects}).
 */
public final class Panel {
  private Panel() {}

  /**
   * Combines {@code copies} into {@code output}, which is written atomically and never one of the
   * copies.
   */
  public static PanelOutcome combine(List<Path> copies, Path output, PanelRule rule) {
    List<PanelCopy> read = new ArrayList<>();
    List<PanelOutcome.LeftOut> leftOut = new ArrayList<>();
    for (Path copy : copies) {
      Outcome outcome = Scorebook.score(copy);
      if (outcome.projects().size() > 1 || outcome instanceof Outcome.Scored) {
        read.add(PanelCopy.of(copy, outcome, leftOut));
      } else {
        leftOut.add(new PanelOutcome.LeftOut(copy, reason(outcome)));
      }
    }
    if (read.stream().anyMatch(PanelCopy::several)) {
      return SeveralProjects.combine(read, output, rule, leftOut);
    }
    // Copies of one project each: the panel scores that project.
    List<Expert> experts = read.stream().map(copy -> copy.expert(copy.clean().get(0))).toList();
    if (experts.size() < 2) {
      return new PanelOutcome.NotCombined(
          Text.get("panel.tooFew", experts.size()), List.of(), leftOut);
    }
    List<PanelOutcome.Difference> differences = differences(experts);
    if (!differences.isEmpty()) {
      return new PanelOutcome.NotCombined(
          Text.get("panel.differences", differences.size()), differences, leftOut);
    }
    ExpertPanel panel = Combination.combine(experts, rule);
    try {
      Scorecard card = write(experts.get(0).file(), panel, output);
      return new PanelOutcome.Combined(output, panel, card, leftOut);
    } catch (IOException | UncheckedIOException e) {
      return new PanelOutcome.NotCombined(WriteProblem.describe(output, e), List.of(), leftOut);
    } catch (UnreadableWorkbookException e) {
      // The first copy was read a moment ago; it changed or vanished since.
      return new PanelOutcome.NotCombined(e.getMessage(), List.of(), leftOut);
    }
  }

  /** The copy's 评价人, or its file name without the extension. */
  static String expertName(Path copy, Scorecard card) {
    String typed = card.evaluation().project().field(ProjectInfo.EVALUATOR_PERSON).strip();
    if (!typed.isEmpty()) {
      return typed;
    }
    String file = copy.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  static String reason(Outcome outcome) {
    if (outcome instanceof Outcome.HasErrors errors) {
      List<Scorecard> cards = errors.projects().stream().map(Outcome.Project::card).toList();
      String first =
          cards.stream()
              .flatMap(card -> card.messages().stream())
              .filter(Message::isError)
              .findFirst()
              .map(Message::oneLine)
              .orElse("");
      long count = cards.stream().mapToLong(Scorecard::errorCount).sum();
      return Text.get("panel.leftOut.errors", count, first);
    }
    return outcome.failure().orElse("");
  }

  static List<PanelOutcome.Difference> differences(List<Expert> experts) {
    List<PanelOutcome.Difference> found = new ArrayList<>();
    Map<String, Expert> byName = new HashMap<>();
    for (Expert expert : experts) {
      Expert same = byName.putIfAbsent(expert.name(), expert);
      if (same != null) {
        found.add(
            new PanelOutcome.Difference(
                expert.file().getFileName().toString(),
                "",
                Text.get(
                    "panel.mismatch.sameExpert",
                    same.file().getFileName().toString(),
                    expert.name())));
      }
    }
    for (TreeCheck.Mismatch mismatch : TreeCheck.check(experts)) {
      Message message = mismatch.message();
      found.add(
          new PanelOutcome.Difference(mismatch.copy(), message.where().toString(), message.text()));
    }
    return found;
  }

  /** The first copy with the combined scores typed in, scored again and saved with its sheets. */
  private static Scorecard write(Path base, ExpertPanel panel, Path output)
      throws IOException, UnreadableWorkbookException {
    Path folder = output.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    try (OpenedWorkbook opened = WorkbookReader.open(base, Kinds.ALL.readers())) {
      PanelWorkbook.combine(opened.workbook(), opened.evaluation(), panel);
      Scorecard card =
          Kinds.ALL.score(
              WorkbookReader.read(
                  opened.workbook(), output.getFileName().toString(), Kinds.ALL.readers()));
      PanelWorkbook.write(
          opened.workbook(),
          opened.original(),
          card,
          panel,
          output,
          Scorebook.version(),
          ZonedDateTime.now());
      return card;
    }
  }
}
