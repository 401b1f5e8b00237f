package org.scorebook.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scorebook.model.Decimals;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.panel.Panel;
import org.scorebook.panel.PanelOutcome;

/**
 * {@code scorebook panel 副本或文件夹... [--out 合议.xlsx] [--trim auto|none|1] [--spread 0.2]}: combines
 * experts' copies of one project, or of several projects matched by 项目名称. Exit status 0 when every
 * copy took part and every project was combined, 1 when a copy (or a copy's project) was left out
 * or a project or the panel could not be combined, 2 when the command line is wrong.
 */
final class PanelCommand {
  private final PrintStream out;
  private final PrintStream err;

  PanelCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(PanelOptions options) throws UsageException {
    List<Path> copies = Inputs.expand(options.paths());
    for (Path copy : copies) {
      if (Files.exists(options.out()) && isSame(copy, options.out())) {
        throw new UsageException(Text.get("panel.outIsInput", options.out()))
            .withHint(Text.get("panel.seeHelp"));
      }
    }
    PanelOutcome outcome = Panel.combine(copies, options.out(), options.rule());
    if (options.json()) {
      out.println(json(outcome));
    } else {
      print(outcome);
    }
    return outcome instanceof PanelOutcome.Combined combined
            && combined.notCombined().isEmpty()
            && outcome.leftOut().isEmpty()
        ? Cli.OK
        : Cli.PROBLEMS;
  }

  private void print(PanelOutcome outcome) {
    if (outcome instanceof PanelOutcome.Combined combined && combined.several()) {
      printSeveral(combined);
    } else if (outcome instanceof PanelOutcome.Combined combined) {
      ExpertPanel panel = combined.panel();
      out.println(
          Text.get(
              "panel.done",
              combined.output(),
              panel.experts().size(),
              combined.card().total().isPresent()
                  ? Decimals.format2(combined.card().total().getAsDouble())
                  : Text.get("panel.noTotal"),
              combined.card().grade().orElse("—")));
      printPanel(panel, "    ");
    } else if (outcome instanceof PanelOutcome.NotCombined not) {
      err.println(Text.get("panel.failed", not.reason()));
      for (PanelOutcome.Difference difference : not.differences()) {
        err.println("    " + difference.line());
      }
    }
    for (PanelOutcome.LeftOut left : outcome.leftOut()) {
      err.println("    " + Text.get("panel.leftOutLine", left.file(), left.reason()));
    }
  }

  /** The rule, the disputed leaves and the outlier of {@code panel}, each line indented. */
  private void printPanel(ExpertPanel panel, String indent) {
    out.println(indent + panel.rule());
    for (ExpertPanel.Leaf leaf : panel.disputed()) {
      out.println(
          indent
              + Text.get(
                  "panel.disputedLine",
                  leaf.code(),
                  leaf.name(),
                  Decimals.format2(leaf.spread()),
                  Decimals.plain(leaf.full())));
    }
    panel.outlierLine().ifPresent(line -> out.println(indent + line));
  }

  /** A line for the output, then one per project combined and one per project not combined. */
  private void printSeveral(PanelOutcome.Combined combined) {
    out.println(
        Text.get(
            "panel.doneSeveral",
            combined.output(),
            combined.projects().size(),
            combined.notCombined().size()));
    for (PanelOutcome.Project project : combined.projects()) {
      out.println(
          "  "
              + Text.get(
                  "panel.projectDone",
                  project.sheet(),
                  project.card().projectName(),
                  project.panel().experts().size(),
                  total(project.card()),
                  project.card().grade().orElse("—")));
      printPanel(project.panel(), "      ");
    }
    for (PanelOutcome.NotCombinedProject project : combined.notCombined()) {
      out.println("  ✗ " + Text.get("panel.project.notCombined", project.name(), project.reason()));
      for (PanelOutcome.Difference difference : project.differences()) {
        out.println("      " + difference.line());
      }
    }
  }

  private static String total(Scorecard card) {
    return card.total().isPresent()
        ? Decimals.format2(card.total().getAsDouble())
        : Text.get("panel.noTotal");
  }

  /** Each project combined and each not combined, for copies that hold several projects. */
  private static void jsonProjects(PanelOutcome.Combined combined, JsonObject json) {
    JsonArray projects = new JsonArray();
    for (PanelOutcome.Project project : combined.projects()) {
      JsonObject row = new JsonObject();
      row.addProperty("sheet", project.sheet());
      row.addProperty("project", project.card().projectName());
      row.addProperty(
          "total",
          project.card().total().isPresent() ? project.card().total().getAsDouble() : null);
      row.addProperty("grade", project.card().grade().orElse(null));
      JsonArray experts = new JsonArray();
      project.panel().experts().forEach(experts::add);
      row.add("experts", experts);
      projects.add(row);
    }
    json.add("projects", projects);
    JsonArray notCombined = new JsonArray();
    for (PanelOutcome.NotCombinedProject project : combined.notCombined()) {
      JsonObject row = new JsonObject();
      row.addProperty("project", project.name());
      row.addProperty("reason", project.reason());
      notCombined.add(row);
    }
    json.add("notCombined", notCombined);
  }

  private static String json(PanelOutcome outcome) {
    JsonObject json = new JsonObject();
    if (outcome instanceof PanelOutcome.Combined combined) {
      json.addProperty("output", combined.output().toString());
      json.addProperty(
          "total",
          combined.card().total().isPresent() ? combined.card().total().getAsDouble() : null);
      json.addProperty("grade", combined.card().grade().orElse(null));
      JsonArray experts = new JsonArray();
      combined.panel().experts().forEach(experts::add);
      json.add("experts", experts);
      json.addProperty("rule", combined.panel().rule());
      JsonArray leaves = new JsonArray();
      for (ExpertPanel.Leaf leaf : combined.panel().leaves()) {
        JsonObject row = new JsonObject();
        row.addProperty("code", leaf.code());
        row.addProperty("name", leaf.name());
        row.addProperty("full", leaf.full());
        JsonArray scores = new JsonArray();
        leaf.scores().forEach(scores::add);
        row.add("scores", scores);
        row.addProperty("combined", leaf.combined());
        row.addProperty("spread", leaf.spread());
        row.addProperty("disputed", leaf.disputed());
        leaves.add(row);
      }
      json.add("leaves", leaves);
      List<String> outliers = combined.panel().outliers();
      json.addProperty("outlier", outliers.isEmpty() ? null : String.join("、", outliers));
      if (combined.several()) {
        jsonProjects(combined, json);
      }
    } else if (outcome instanceof PanelOutcome.NotCombined not) {
      json.add("output", null);
      json.addProperty("reason", not.reason());
      JsonArray differences = new JsonArray();
      for (PanelOutcome.Difference d : not.differences()) {
        JsonObject row = new JsonObject();
        row.addProperty("copy", d.copy());
        row.addProperty("cell", d.where());
        row.addProperty("text", d.text());
        differences.add(row);
      }
      json.add("differences", differences);
    }
    JsonArray left = new JsonArray();
    for (PanelOutcome.LeftOut l : outcome.leftOut()) {
      JsonObject row = new JsonObject();
      row.addProperty("file", l.file().toString());
      row.addProperty("reason", l.reason());
      left.add(row);
    }
    json.add("leftOut", left);
    return json.toString();
  }

  private static boolean isSame(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
