package org.scorebook.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.Outcome;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * The text file beside a failed workbook saying why, for a colleague who is not technical: the
 * errors first with how many places to correct, each place in words (指标评分表第 6 行 F 列), the same
 * error at several places on one line, then the warnings. UTF-8 with a byte-order mark and CRLF
 * line ends, so Windows Notepad shows the Chinese correctly.
 */
final class ReasonFile {
  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private ReasonFile() {}

  static byte[] contents(String name, Outcome outcome, String annotatedName) {
    List<String> lines =
        outcome instanceof Outcome.Unreadable unreadable
            ? unreadable(name, unreadable)
            : scored(
                name,
                outcome.scorecard().map(card -> card.messages()).orElse(List.of()),
                annotatedName);
    return (BOM + String.join(CRLF, lines) + CRLF).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> unreadable(String name, Outcome.Unreadable outcome) {
    String reason = outcome.reason();
    List<String> lines = new ArrayList<>();
    lines.add(Text.get("watch.reason.header", name));
    lines.add("");
    lines.add(Text.get("watch.reason.unreadable", outcome.cause().label(), reason));
    lines.add("");
    lines.add(
        Text.get(
            isIncompleteCopy(reason)
                ? "watch.reason.footerRecopy"
                : "watch.reason.footerUnreadable"));
    return lines;
  }

  /**
   * An empty or cut-off file is a copy that did not finish: copying it again is the fix, not saving
   * it anew.
   */
  private static boolean isIncompleteCopy(String reason) {
    return reason.equals(Text.get("read.empty")) || reason.equals(Text.get("read.truncated"));
  }

  private static List<String> scored(String name, List<Message> messages, String annotatedName) {
    List<Message> errors = messages.stream().filter(Message::isError).toList();
    List<Message> warnings = messages.stream().filter(m -> !m.isError()).toList();
    List<String> lines = new ArrayList<>();
    lines.add(Text.get("watch.reason.headerErrors", name, errors.size()));
    lines.add("");
    lines.addAll(numbered(errors));
    if (!warnings.isEmpty()) {
      lines.add("");
      lines.add(Text.get("watch.reason.warnings", warnings.size()));
      lines.addAll(numbered(warnings));
    }
    lines.add("");
    lines.add(Text.get("watch.reason.footer", annotatedName));
    return lines;
  }

  /** One numbered line per distinct text, naming every place it was found. */
  private static List<String> numbered(List<Message> messages) {
    Map<String, List<Message>> byText = new LinkedHashMap<>();
    messages.forEach(
        m -> byText.computeIfAbsent(oneLine(m.text()), text -> new ArrayList<>()).add(m));
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, List<Message>> group : byText.entrySet()) {
      lines.add(Text.get("watch.reason.item", n++, places(group.getValue()), group.getKey()));
    }
    return lines;
  }

  /** {@code 指标评分表第 6 行 F 列（指标 B1.1）、第 8 行 F 列（指标 B1.2）}: the sheet said once per run. */
  private static String places(List<Message> group) {
    List<String> places = new ArrayList<>();
    String sheet = null;
    for (Message m : group) {
      CellRef where = m.where();
      String place =
          where.hasCell()
              ? Text.get(
                  "watch.reason.cell", where.row() + 1, CellRef.columnLetters(where.column()))
              : "";
      if (!where.sheet().equals(sheet)) {
        place = Text.get("watch.reason.sheet", where.sheet()) + place;
        sheet = where.sheet();
      }
      places.add(m.code().isEmpty() ? place : place + Text.get("watch.reason.code", m.code()));
    }
    return String.join("、", places);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\R", "↵").replaceAll("\\p{Cntrl}", "");
  }
}
