package org.scorebook.panel;

import java.nio.file.Path;
import java.util.List;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * What became of a panel: combined and written, or not, and why; copies (or, of copies that hold
 * several projects, a copy's project) left out either way.
 */
public sealed interface PanelOutcome {

  /**
   * A copy that could not take part: unreadable, or scored with errors; or one project of a copy
   * that holds several, scored with errors, the reason naming the project.
   */
  record LeftOut(Path file, String reason) {}

  /**
   * A difference between a copy and the first that stops the panel.
   *
   * @param where the cell, or an empty string when the difference is the copy as a whole
   */
  record Difference(String copy, String where, String text) {
    /** 「丙.xlsx 项目信息!B2：…」, or 「丙.xlsx：…」 for the copy as a whole. */
    public String line() {
      return where.isEmpty()
          ? Text.get("panel.differenceLine.copy", copy, text)
          : Text.get("panel.differenceLine", copy, where, text);
    }
  }

  List<LeftOut> leftOut();

  /**
   * One project of the experts' copies, combined.
   *
   * @param sheet the project's sheet in the combined workbook when the copies hold several
   *     projects; empty when they hold one
   * @param card the project as scored again in the combined workbook
   */
  record Project(String sheet, ExpertPanel panel, Scorecard card) {}

  /**
   * A project of copies that hold several that was not combined, while the others were.
   *
   * @param reason why: the copies it is missing from, too few copies, or differences
   */
  record NotCombinedProject(String name, String reason, List<Difference> differences) {
    public NotCombinedProject {
      differences = List.copyOf(differences);
    }
  }

  /**
   * @param panel the first project's panel: the only one of copies that hold one project
   * @param card the combined workbook's first project as scored again: what its 评分汇总 shows
   * @param projects every project combined, in the first copy's order
   * @param notCombined the projects of copies that hold several that were not combined
   */
  record Combined(
      Path output,
      ExpertPanel panel,
      Scorecard card,
      List<LeftOut> leftOut,
      List<Project> projects,
      List<NotCombinedProject> notCombined)
      implements PanelOutcome {
    public Combined {
      leftOut = List.copyOf(leftOut);
      projects = List.copyOf(projects);
      notCombined = List.copyOf(notCombined);
    }

    /** Copies of one project, combined into {@code output}. */
    public Combined(Path output, ExpertPanel panel, Scorecard card, List<LeftOut> leftOut) {
      this(output, panel, card, leftOut, List.of(new Project("", panel, card)), List.of());
    }

    /** Whether the copies held several projects, matched by 项目名称. */
    public boolean several() {
      return projects.stream().anyMatch(project -> !project.sheet().isEmpty())
          || !notCombined.isEmpty();
    }
  }

  /**
   * @param reason why, in one sentence; the differences, when the copies are not of one tree
   */
  record NotCombined(String reason, List<Difference> differences, List<LeftOut> leftOut)
      implements PanelOutcome {}
}
