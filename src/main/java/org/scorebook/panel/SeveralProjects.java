package org.scorebook.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.Scorebook;
import org.scorebook.files.WriteProblem;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;

/**
 * The panel of copies that hold several projects: projects are matched by 项目名称 across the copies
 * and each is combined as the panel of one project is. A project missing from a copy, held by too
 * few copies, or whose copies differ is named and left out; the others are still combined, into the
 * first copy's workbook, with one 专家评分 sheet for them all.
 */
final class SeveralProjects {
  private SeveralProjects() {}

  /** A project whose copies can be combined: its sheet in the first copy, and its panel. */
  private record Planned(String sheet, ExpertPanel panel) {}

  static PanelOutcome combine(
      List<PanelCopy> copies, Path output, PanelRule rule, List<PanelOutcome.LeftOut> leftOut) {
    if (copies.size() < 2) {
      return new PanelOutcome.NotCombined(
          Text.get("panel.tooFew", copies.size()), List.of(), leftOut);
    }
    PanelCopy first = copies.get(0);
    List<Planned> planned = new ArrayList<>();
    List<PanelOutcome.NotCombinedProject> notCombined = new ArrayList<>();
    for (String name : names(copies)) {
      Optional<PanelOutcome.NotCombinedProject> stopped = stopped(name, copies);
      if (stopped.isPresent()) {
        notCombined.add(stopped.get());
      } else {
        String sheet = first.project(name).orElseThrow().sheet();
        planned.add(new Planned(sheet, Combination.combine(experts(name, copies), rule)));
      }
    }
    if (planned.isEmpty()) {
      return nothingCombined(notCombined, leftOut);
    }
    try {
      List<Scorecard> cards = write(first.file(), planned, notCombined, output);
      List<PanelOutcome.Project> projects = new ArrayList<>();
      for (int i = 0; i < planned.size(); i++) {
        projects.add(
            new PanelOutcome.Project(planned.get(i).sheet(), planned.get(i).panel(), cards.get(i)));
      }
      return new PanelOutcome.Combined(
          output, projects.get(0).panel(), cards.get(0), leftOut, projects, notCombined);
    } catch (IOException | UncheckedIOException e) {
      return new PanelOutcome.NotCombined(WriteProblem.describe(output, e), List.of(), leftOut);
    } catch (UnreadableWorkbookException e) {
      // The first copy was read a moment ago; it changed or vanished since.
      return new PanelOutcome.NotCombined(e.getMessage(), List.of(), leftOut);
    }
  }

  /** Every project name, the first copy's in its order, then those only other copies hold. */
  private static Set<String> names(List<PanelCopy> copies) {
    Set<String> names = new LinkedHashSet<>();
    copies.forEach(copy -> names.addAll(copy.names()));
    return names;
  }

  private static List<Expert> experts(String name, List<PanelCopy> copies) {
    List<Expert> experts = new ArrayList<>();
    for (PanelCopy copy : copies) {
      copy.project(name).ifPresent(project -> experts.add(copy.expert(project)));
    }
    return experts;
  }

  /**
   * Why the project named {@code name} cannot be combined: the copies it is missing from, the first
   * copy's project has errors, too few copies can take part, or the copies differ (each difference
   * named); empty when it can.
   */
  private static Optional<PanelOutcome.NotCombinedProject> stopped(
      String name, List<PanelCopy> copies) {
    List<String> missing =
        copies.stream()
            .filter(copy -> !copy.names().contains(name))
            .map(copy -> Text.get("panel.project.missing", copy.file().getFileName(), name))
            .toList();
    if (!missing.isEmpty()) {
      return notCombined(name, String.join("；", missing), List.of());
    }
    PanelCopy first = copies.get(0);
    if (first.project(name).isEmpty()) {
      return notCombined(
          name, Text.get("panel.project.firstHasErrors", first.file().getFileName()), List.of());
    }
    List<Expert> experts = experts(name, copies);
    if (experts.size() < 2) {
      return notCombined(name, Text.get("panel.tooFew", experts.size()), List.of());
    }
    List<PanelOutcome.Difference> differences = Panel.differences(experts);
    return differences.isEmpty()
        ? Optional.empty()
        : notCombined(name, Text.get("panel.differences", differences.size()), differences);
  }

  private static Optional<PanelOutcome.NotCombinedProject> notCombined(
      String name, String reason, List<PanelOutcome.Difference> differences) {
    return Optional.of(new PanelOutcome.NotCombinedProject(name, reason, differences));
  }

  private static PanelOutcome nothingCombined(
      List<PanelOutcome.NotCombinedProject> notCombined, List<PanelOutcome.LeftOut> leftOut) {
    List<String> reasons = new ArrayList<>();
    List<PanelOutcome.Difference> differences = new ArrayList<>();
    for (PanelOutcome.NotCombinedProject project : notCombined) {
      reasons.add(Text.get("panel.project.notCombined", project.name(), project.reason()));
      differences.addAll(project.differences());
    }
    return new PanelOutcome.NotCombined(
        Text.get("panel.noProject", String.join("；", reasons)), differences, leftOut);
  }

  /**
   * The first copy with every planned project's combined scores typed in, scored again and saved
   * with one 专家评分 sheet; the cards of the planned projects, in their order.
   */
  private static List<Scorecard> write(
      Path base,
      List<Planned> planned,
      List<PanelOutcome.NotCombinedProject> notCombined,
      Path output)
      throws IOException, UnreadableWorkbookException {
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OpenedWorkbook opened = WorkbookReader.open(base, Kinds.ALL.readers())) {
      Workbook workbook = opened.workbook();
      for (Planned project : planned) {
        PanelWorkbook.combine(workbook, on(opened.evaluations(), project.sheet()), project.panel());
      }
      List<Evaluation> again =
          WorkbookReader.readAll(workbook, output.getFileName().toString(), Kinds.ALL.readers());
      List<Scorecard> cards =
          planned.stream().map(p -> Kinds.ALL.score(on(again, p.sheet()))).toList();
      List<ExpertSheet.Section> sections = new ArrayList<>();
      for (int i = 0; i < planned.size(); i++) {
        sections.add(
            new ExpertSheet.Section(
                Text.get("panel.sheet.project", planned.get(i).sheet(), cards.get(i).projectName()),
                planned.get(i).panel()));
      }
      List<String> notes =
          notCombined.stream()
              .map(p -> Text.get("panel.project.notCombined", p.name(), p.reason()))
              .toList();
      PanelWorkbook.write(
          workbook,
          opened.original(),
          cards,
          sections,
          notes,
          output,
          Scorebook.version(),
          ZonedDateTime.now());
      return cards;
    }
  }

  private static Evaluation on(List<Evaluation> evaluations, String sheet) {
    return evaluations.stream()
        .filter(evaluation -> evaluation.indicators().sheetName().equals(sheet))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no project on sheet " + sheet));
  }
}
