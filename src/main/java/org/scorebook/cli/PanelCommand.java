package org.scorebook.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scorebook.model.Decimals;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Text;
import org.scorebook.panel.Panel;
import org.scorebook.panel.PanelOutcome;

/**
 * {@code scorebook panel 副本或文件夹... [--out 合议.xlsx] [--trim auto|none|1] [--spread 0.2]}: combines
 * experts' copies of one project. Exit status 0 when every copy took part, 1 when a copy was left
 * out or the panel could not be combined, 2 when the command line is wrong.
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
    return outcome instanceof PanelOutcome.Combined && outcome.leftOut().isEmpty()
        ? Cli.OK
        : Cli.PROBLEMS;
  }

  private void print(PanelOutcome outcome) {
    if (outcome instanceof PanelOutcome.Combined combined) {
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
      out.println("    " + panel.rule());
      for (ExpertPanel.Leaf leaf : panel.disputed()) {
        out.println(
            "    "
                + Text.get(
                    "panel.disputedLine",
                    leaf.code(),
                    leaf.name(),
                    Decimals.format2(leaf.spread()),
                    Decimals.plain(leaf.full())));
      }
      panel.outlierLine().ifPresent(line -> out.println("    " + line));
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
