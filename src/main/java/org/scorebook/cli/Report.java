package org.scorebook.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.model.TextPosition;

/** How outcomes are shown: Chinese lines for people, or one JSON object per project for scripts. */
final class Report {
  /** Messages listed under a workbook on the console; the rest are in the workbook itself. */
  static final int CONSOLE_MESSAGE_LIMIT = 20;

  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Report() {}

  /**
   * The workbook's lines: one per project, each followed by its messages; one line for a workbook
   * not read or not written. In JSON, one object per project, or one for such a workbook.
   */
  static void print(Outcome outcome, boolean json, PrintStream out) {
    if (json) {
      toJson(outcome).forEach(object -> out.println(GSON.toJson(object)));
      return;
    }
    boolean written = outcome.workbook().isPresent();
    if (outcome.failure().isPresent()) {
      out.println(line(outcome, failed(outcome)));
    }
    boolean several = outcome.projects().size() > 1;
    if (several && outcome.failure().isEmpty()) {
      out.println(line(outcome, workbookLine(outcome)));
    }
    for (Outcome.Project project : outcome.projects()) {
      if (outcome.failure().isEmpty()) {
        out.println(
            several ? projectLine(outcome, project) : line(outcome, scored(outcome, project)));
      }
      printMessages(project.card().messages(), written, out);
    }
  }

  /** 「✗ 汇总.xlsx → …：3 个项目：2 个已评分，1 个有错误」, above one line per project. */
  private static String workbookLine(Outcome outcome) {
    String target = outcome.workbook().map(p -> Text.get("cli.result.arrow", p)).orElse("");
    long errors = outcome.projects().stream().filter(p -> !p.isClean()).count();
    int count = outcome.projects().size();
    boolean reviews = outcome.projects().stream().allMatch(p -> p.card().isReview());
    String key = errors == 0 ? "workbookClean" : "workbook";
    return Text.get(
        (reviews ? "review.cli." : "cli.result.") + key,
        outcome.input().toString(),
        target,
        count,
        count - errors,
        errors);
  }

  /** A project of a workbook of several: its sheet and name, then its result as for one. */
  private static String projectLine(Outcome outcome, Outcome.Project project) {
    Scorecard card = project.card();
    String name = Text.get("cli.result.project", project.sheet(), card.projectName());
    if (card.isReview()) {
      return "  " + reviewed(name, card) + reportPart(outcome, project.sheet());
    }
    String result =
        card.hasErrors()
            ? Text.get("cli.result.projectErrors", name, card.errorCount(), card.warningCount())
            : Text.get(
                "cli.result.projectScored",
                name,
                Decimals.format2(card.total().orElse(0)),
                card.grade().orElse("-"),
                card.warningCount());
    return "  " + result + reportPart(outcome, project.sheet());
  }

  private static String line(Outcome outcome, String result) {
    return OpenInExcel.isOpen(outcome.input())
        ? result + Text.get("cli.result.openInExcel")
        : result;
  }

  private static String failed(Outcome outcome) {
    String file = outcome.input().toString();
    return outcome instanceof Outcome.Unreadable unreadable
        ? Text.get("cli.result.unreadable", file, unreadable.cause().label(), unreadable.reason())
        : Text.get("cli.result.failed", file, outcome.failure().get());
  }

  private static String scored(Outcome outcome, Outcome.Project project) {
    Scorecard card = project.card();
    String file = outcome.input().toString();
    String target = outcome.workbook().map(p -> Text.get("cli.result.arrow", p)).orElse("");
    if (card.isReview()) {
      return reviewed(file + target, card) + reportPart(outcome, "");
    }
    if (card.hasErrors()) {
      return Text.get("cli.result.errors", file, target, card.errorCount(), card.warningCount())
          + reportPart(outcome, "");
    }
    return Text.get(
            "cli.result.scored",
            file,
            target,
            Decimals.format2(card.total().orElse(0)),
            card.grade().orElse("-"),
            card.warningCount())
        + reportPart(outcome, "");
  }

  /**
   * A review's result after {@code what} (the file, or the project of a workbook of several):
   * passed or how many errors, the warnings and the suggested grade.
   */
  private static String reviewed(String what, Scorecard card) {
    String grade = card.grade().orElse("-");
    return card.hasErrors()
        ? Text.get("review.cli.errors", what, card.errorCount(), card.warningCount(), grade)
        : Text.get("review.cli.passed", what, grade, card.warningCount());
  }

  /**
   * The report written for the project of {@code sheet} (empty: the workbook's one project), or why
   * the report asked for was not: empty when none was asked for.
   */
  private static String reportPart(Outcome outcome, String sheet) {
    Optional<Path> report = report(outcome, sheet);
    if (report.isPresent()) {
      return Text.get("cli.result.report", report.get());
    }
    return reportReason(outcome, sheet).map(r -> Text.get("cli.result.noReport", r)).orElse("");
  }

  private static Optional<Path> report(Outcome outcome, String sheet) {
    return outcome.outputs().stream()
        .filter(o -> o.kind() == Outcome.OutputKind.REPORT && o.sheet().equals(sheet))
        .map(Outcome.Output::path)
        .findFirst();
  }

  private static Optional<String> reportReason(Outcome outcome, String sheet) {
    return outcome.omitted().stream()
        .filter(o -> o.kind() == Outcome.OutputKind.REPORT && o.sheet().equals(sheet))
        .map(Outcome.Omitted::reason)
        .findFirst();
  }

  /**
   * The first messages; where the rest are is said only where they are: a workbook written, or
   * none.
   */
  private static void printMessages(List<Message> messages, boolean written, PrintStream out) {
    messages.stream().limit(CONSOLE_MESSAGE_LIMIT).forEach(m -> printMessage(m, out));
    if (messages.size() > CONSOLE_MESSAGE_LIMIT) {
      String key = written ? "cli.result.more" : "cli.result.moreNoOutput";
      out.println("    " + Text.get(key, messages.size() - CONSOLE_MESSAGE_LIMIT));
    }
  }

  /**
   * The message on one line; under a message about one character of a formula, the formula with a
   * caret under that character (the console is monospaced; a cell comment is not, so it shows the
   * text only).
   */
  private static void printMessage(Message message, PrintStream out) {
    out.println("    " + message.oneLine());
    message
        .position()
        .ifPresent(position -> position.caret().forEach(line -> out.println("      " + line)));
  }

  /** One object per project, or one for a workbook not read or not written. */
  static List<JsonObject> toJson(Outcome outcome) {
    if (outcome.failure().isPresent()) {
      return List.of(failureJson(outcome));
    }
    boolean one = outcome.projects().size() == 1;
    return outcome.projects().stream()
        .map(p -> projectJson(outcome, p, one ? "" : p.sheet()))
        .toList();
  }

  /**
   * What every object of a workbook says: the file, what was written for it, and the report of the
   * project of {@code sheet} (empty: the workbook's one project).
   */
  private static JsonObject workbookJson(Outcome outcome, String sheet) {
    JsonObject json = new JsonObject();
    json.addProperty("file", outcome.input().toString());
    json.addProperty("output", outcome.workbook().map(Path::toString).orElse(null));
    json.addProperty("report", report(outcome, sheet).map(Path::toString).orElse(null));
    json.addProperty("reportReason", reportReason(outcome, sheet).orElse(null));
    return json;
  }

  private static JsonObject failureJson(Outcome outcome) {
    JsonObject json = workbookJson(outcome, "");
    json.add("sheet", JsonNull.INSTANCE);
    json.add("project", JsonNull.INSTANCE);
    json.add("total", JsonNull.INSTANCE);
    json.add("grade", JsonNull.INSTANCE);
    json.addProperty("errors", 1);
    json.addProperty("warnings", 0);
    json.add("levels", new JsonArray());
    JsonArray messages = new JsonArray();
    JsonObject failure = new JsonObject();
    failure.addProperty("severity", "error");
    failure.add("sheet", JsonNull.INSTANCE);
    failure.add("cell", JsonNull.INSTANCE);
    failure.addProperty("code", "");
    failure.addProperty("text", outcome.failure().get());
    failure.add("position", JsonNull.INSTANCE);
    messages.add(failure);
    json.add("messages", messages);
    return json;
  }

  private static JsonObject projectJson(
      Outcome outcome, Outcome.Project project, String reportSheet) {
    Scorecard card = project.card();
    JsonObject json = workbookJson(outcome, reportSheet);
    json.addProperty("kind", card.evaluation().kind().id());
    if (card.isReview()) {
      json.addProperty("review", true);
    }
    json.addProperty("sheet", project.sheet());
    json.addProperty("project", card.projectName());
    json.addProperty("total", card.total().isPresent() ? card.total().getAsDouble() : null);
    json.addProperty("grade", card.grade().orElse(null));
    json.addProperty(
        "executionRate",
        card.executionRate().isPresent() ? card.executionRate().getAsDouble() : null);
    json.addProperty("errors", card.errorCount());
    json.addProperty("warnings", card.warningCount());
    json.add("levels", levels(card));
    json.add("messages", messages(card));
    return json;
  }

  private static JsonArray levels(Scorecard card) {
    JsonArray levels = new JsonArray();
    for (ScoredIndicator indicator : card.levelOne()) {
      JsonObject level = new JsonObject();
      level.addProperty("code", indicator.code());
      level.addProperty("name", indicator.name());
      level.addProperty("full", indicator.full());
      level.addProperty(
          "score", indicator.score().isPresent() ? indicator.score().getAsDouble() : null);
      level.addProperty(
          "rate",
          indicator.rate().isPresent() ? Decimals.round(indicator.rate().getAsDouble(), 4) : null);
      levels.add(level);
    }
    return levels;
  }

  private static JsonArray messages(Scorecard card) {
    JsonArray messages = new JsonArray();
    for (Message message : card.messages()) {
      JsonObject json = new JsonObject();
      json.addProperty("severity", message.isError() ? "error" : "warning");
      json.addProperty("sheet", message.where().sheet());
      json.addProperty("cell", message.where().hasCell() ? message.where().a1() : null);
      json.addProperty("code", message.code());
      json.addProperty("text", message.text());
      json.addProperty("position", message.position().map(TextPosition::index).orElse(null));
      messages.add(json);
    }
    return messages;
  }
}
