package org.scorebook.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * The text file beside a failed workbook saying why, for a colleague who is not technical: the
 * errors first with how many places to correct, each place in words (指标评分表第 6 行「分值」列, or a column
 * letter where there is no header), the same error at several places on one line, then the
 * warnings. UTF-8 with a byte-order mark and CRLF line ends, so Windows Notepad shows the Chinese
 * correctly.
 */
final class ReasonFile {
  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private ReasonFile() {}

  static byte[] contents(String name, Outcome outcome, String annotatedName) {
    List<String> lines =
        outcome instanceof Outcome.Unreadable unreadable
            ? unreadable(name, unreadable)
            : outcome.projects().isEmpty()
                ? List.of(Text.get("watch.reason.header", name))
                : scored(name, outcome.projects(), annotatedName);
    return (BOM + String.join(CRLF, lines) + CRLF).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> unreadable(String name, Outcome.Unreadable outcome) {
    String reason = outcome.reason();
    List<String> lines = new ArrayList<>();
    lines.add(Text.get("watch.reason.header", name));
    lines.add("");
    lines.add(Text.get("watch.reason.unreadable", outcome.cause().label(), reason));
    lines.add("");
    lines.add(Text.get(advice(outcome.cause(), reason)));
    return lines;
  }

  /**
   * What to do, by what went wrong: copy again an empty or cut-off file, remove the password of an
   * encrypted one, make a file that is too large smaller; save a damaged one anew as .xlsx.
   */
  private static String advice(Outcome.Cause cause, String reason) {
    return switch (cause) {
      case NO_INDICATORS -> "watch.reason.footerNoIndicators";
      case NOT_FINISHED -> "watch.reason.footerNotFinished";
      case DAMAGED ->
          ADVICE.stream()
              .filter(advice -> advice.fits(reason))
              .map(Advice::key)
              .findFirst()
              .orElse("watch.reason.footerUnreadable");
    };
  }

  /** The advice for the reasons read from one of {@code reasonKeys}. */
  private record Advice(String key, List<String> reasonKeys) {
    boolean fits(String reason) {
      return reasonKeys.stream().anyMatch(k -> Text.matches(k, reason));
    }
  }

  private static final List<Advice> ADVICE =
      List.of(
          new Advice(
              "watch.reason.footerRecopy",
              List.of("read.empty", "read.truncated", "read.truncatedXls")),
          new Advice("watch.reason.footerEncrypted", List.of("read.encrypted")),
          new Advice(
              "watch.reason.footerTooLarge",
              List.of("read.tooLarge", "read.tooManyCells", "read.tooManyRows")),
          new Advice(
              "watch.reason.footerSuspicious",
              List.of(
                  "read.zipBomb",
                  "read.unpackedTooLarge",
                  "read.xmlTooLarge",
                  "read.tooManyParts",
                  "read.doctype")),
          new Advice("watch.reason.footerCannotOpen", List.of("read.cannotOpen")));

  /**
   * The errors and warnings of every project that has errors (every project when none has), one
   * after the other, then where the annotated copy is. A workbook of several projects says first
   * how many have errors, names each one's sheet above its errors, and lists the scored ones.
   */
  private static List<String> scored(
      String name, List<Outcome.Project> projects, String annotatedName) {
    List<Outcome.Project> toFix = projects.stream().filter(p -> !p.isClean()).toList();
    List<String> lines = new ArrayList<>();
    if (projects.size() > 1) {
      lines.add(Text.get("watch.reason.headerProjects", name, projects.size(), toFix.size()));
      lines.add("");
    }
    for (Outcome.Project project : toFix.isEmpty() ? projects : toFix) {
      String header =
          projects.size() > 1
              ? Text.get(
                  "watch.reason.projectErrors",
                  project.sheet(),
                  project.card().projectName(),
                  project.card().errorCount())
              : Text.get("watch.reason.headerErrors", name, project.card().errorCount());
      lines.addAll(project(header, project.card()));
      lines.add("");
    }
    lines.addAll(scoredProjects(projects, toFix.size()));
    lines.add(Text.get("watch.reason.footer", annotatedName));
    return lines;
  }

  /** The projects of a workbook of several that were scored, each with its total and grade. */
  private static List<String> scoredProjects(List<Outcome.Project> projects, int withErrors) {
    if (projects.size() < 2 || withErrors == 0 || withErrors == projects.size()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(Text.get("watch.reason.projectsScored"));
    for (Outcome.Project project : projects) {
      if (project.isClean()) {
        Scorecard card = project.card();
        lines.add(
            "  "
                + Text.get(
                    "watch.reason.projectScored",
                    project.sheet(),
                    card.projectName(),
                    card.resultInWords()));
      }
    }
    lines.add("");
    return lines;
  }

  private static List<String> project(String header, Scorecard card) {
    List<Message> errors = card.messages().stream().filter(Message::isError).toList();
    List<Message> warnings = card.messages().stream().filter(m -> !m.isError()).toList();
    Map<String, String> headers = indicatorHeaders(card.evaluation().indicators());
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.add("");
    lines.addAll(numbered(errors, headers));
    if (!warnings.isEmpty()) {
      lines.add("");
      lines.add(Text.get("watch.reason.warnings", warnings.size()));
      lines.addAll(numbered(warnings, headers));
    }
    return lines;
  }

  /**
   * The header of each known column of the indicator sheet, keyed by sheet and column letter: a
   * colleague finds 「分值」列 faster than column C.
   */
  private static Map<String, String> indicatorHeaders(IndicatorSheet sheet) {
    Map<String, String> headers = new LinkedHashMap<>();
    sheet
        .columns()
        .forEach((column, index) -> headers.put(key(sheet.sheetName(), index), column.header()));
    return headers;
  }

  private static String key(String sheet, int column) {
    return sheet + "!" + column;
  }

  /** One numbered line per distinct text, naming every place it was found. */
  private static List<String> numbered(List<Message> messages, Map<String, String> headers) {
    Map<String, List<Message>> byText = new LinkedHashMap<>();
    messages.forEach(
        m -> byText.computeIfAbsent(oneLine(m.text()), text -> new ArrayList<>()).add(m));
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, List<Message>> group : byText.entrySet()) {
      lines.add(
          Text.get("watch.reason.item", n++, places(group.getValue(), headers), group.getKey()));
    }
    return lines;
  }

  /** {@code 指标评分表第 6 行「分值」列（指标 B1.1）、第 8 行「分值」列（指标 B1.2）}: the sheet said once per run. */
  private static String places(List<Message> group, Map<String, String> headers) {
    List<String> places = new ArrayList<>();
    String sheet = null;
    for (Message m : group) {
      CellRef where = m.where();
      String place = where.hasCell() ? cell(where, headers) : "";
      if (!where.sheet().equals(sheet)) {
        place = Text.get("watch.reason.sheet", where.sheet()) + place;
        sheet = where.sheet();
      }
      places.add(m.code().isEmpty() ? place : place + Text.get("watch.reason.code", m.code()));
    }
    return String.join("、", places);
  }

  /** {@code 第 6 行「分值」列}, or {@code 第 2 行 B 列} where the column has no known header. */
  private static String cell(CellRef where, Map<String, String> headers) {
    String header = headers.get(key(where.sheet(), where.column()));
    return header == null
        ? Text.get("watch.reason.cell", where.row() + 1, CellRef.columnLetters(where.column()))
        : Text.get("watch.reason.cellNamed", where.row() + 1, header);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\R", "↵").replaceAll("\\p{Cntrl}", "");
  }
}
