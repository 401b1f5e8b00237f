package org.scorebook.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scorebook.Outcome;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * The text file beside a failed workbook saying why: UTF-8 with a byte-order mark and CRLF line ends, so
 * Windows Notepad shows the Chinese correctly.
 */
final class ReasonFile {
  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private ReasonFile() {}

  static byte[] contents(String name, Outcome outcome, String annotatedName) {
    List<String> lines = new ArrayList<>();
    lines.add(Text.get("watch.reason.header", name));
    lines.add("");
    if (outcome.failure().isPresent()) {
      lines.add(Text.get("watch.reason.unreadable", outcome.failure().get()));
      lines.add("");
      lines.add(Text.get("watch.reason.footerUnreadable"));
    } else {
      outcome.scorecard().ifPresent(card -> card.messages().stream().map(Message::oneLine).forEach(lines::add));
      lines.add("");
      lines.add(Text.get("watch.reason.footer", annotatedName));
    }
    return (BOM + String.join(CRLF, lines) + CRLF).getBytes(StandardCharsets.UTF_8);
  }
}
