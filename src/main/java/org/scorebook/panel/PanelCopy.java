package org.scorebook.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * One expert's copy, read and scored: the projects that can take part, and the names of all its
 * projects, those with errors too (a project with errors is left out, not missing).
 *
 * @param clean the projects scored without errors, in the copy's order
 * @param names the 项目名称 of every project of the copy, in its order
 * @param several whether the copy holds several projects
 */
record PanelCopy(Path file, List<Outcome.Project> clean, List<String> names, boolean several) {

  PanelCopy {
    clean = List.copyOf(clean);
    names = List.copyOf(names);
  }

  /**
   * The copy {@code file} scored as {@code outcome}; each project with errors of a copy that holds
   * several is added to {@code leftOut}, named.
   */
  static PanelCopy of(Path file, Outcome outcome, List<PanelOutcome.LeftOut> leftOut) {
    List<Outcome.Project> clean = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Outcome.Project project : outcome.projects()) {
      names.add(name(project.card()));
      if (project.isClean()) {
        clean.add(project);
      } else {
        leftOut.add(new PanelOutcome.LeftOut(file, withErrors(project)));
      }
    }
    return new PanelCopy(file, clean, names, outcome.projects().size() > 1);
  }

  /** The project of this copy named {@code name} that can take part. */
  Optional<Outcome.Project> project(String name) {
    return clean.stream().filter(p -> name(p.card()).equals(name)).findFirst();
  }

  /** The expert who scored {@code project} of this copy. */
  Expert expert(Outcome.Project project) {
    return new Expert(Panel.expertName(file, project.card()), file, project.card());
  }

  /** The 项目名称 projects are matched by across copies. */
  static String name(Scorecard card) {
    return card.projectName().strip();
  }

  private static String withErrors(Outcome.Project project) {
    Scorecard card = project.card();
    String first =
        card.messages().stream()
            .filter(Message::isError)
            .findFirst()
            .map(Message::oneLine)
            .orElse("");
    return Text.get(
        "panel.leftOut.projectErrors", project.sheet(), name(card), card.errorCount(), first);
  }
}
