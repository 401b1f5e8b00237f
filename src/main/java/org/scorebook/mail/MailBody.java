package org.scorebook.mail;

import java.util.List;
import java.util.Optional;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;

/** The plain-text and HTML bodies of a result message; every workbook string is escaped in HTML. */
final class MailBody {
  static final int MAX_LISTED = 30;

  private MailBody() {}

  /**
   * Every project's section in the workbook's order, then where the attachment is: the workbook to
   * fix when any project has errors, else the scored one.
   */
  static String text(List<Scorecard> cards, String attachment) {
    StringBuilder b = new StringBuilder();
    for (Scorecard card : cards) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      text(card, b);
    }
    return b.append('\n').append(attachedLine(cards, attachment)).append('\n').toString();
  }

  private static void text(Scorecard card, StringBuilder b) {
    b.append(Text.get("mail.body.project", card.projectName())).append('\n');
    if (card.hasErrors()) {
      b.append(Text.get("mail.body.errors", card.errorCount())).append("\n\n");
      errors(card)
          .forEach(
              m ->
                  b.append("  ")
                      .append(m.where())
                      .append("  ")
                      .append(oneLine(m.text()))
                      .append('\n'));
      more(card).ifPresent(line -> b.append("  ").append(line).append('\n'));
      return;
    }
    b.append(Text.get("mail.body.total", total(card), card.grade().orElse(""), card.warningCount()))
        .append("\n\n");
    b.append(String.join("\t", headers())).append('\n');
    for (ScoredIndicator i : card.levelOne()) {
      b.append(String.join("\t", row(i))).append('\n');
    }
  }

  /** As {@link #text(List, String)}, in HTML. */
  static String html(List<Scorecard> cards, String attachment) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>");
    cards.forEach(card -> html(card, b));
    b.append("<p>").append(esc(attachedLine(cards, attachment))).append("</p>");
    return b.append("</body></html>").toString();
  }

  private static void html(Scorecard card, StringBuilder b) {
    b.append("<p>").append(esc(Text.get("mail.body.project", card.projectName()))).append("</p>");
    if (card.hasErrors()) {
      b.append("<p>")
          .append(esc(Text.get("mail.body.errors", card.errorCount())))
          .append("</p><ul>");
      errors(card)
          .forEach(
              m ->
                  b.append("<li><b>")
                      .append(esc(m.where().toString()))
                      .append("</b> ")
                      .append(esc(oneLine(m.text())))
                      .append("</li>"));
      more(card).ifPresent(line -> b.append("<li>").append(esc(line)).append("</li>"));
      b.append("</ul>");
      return;
    }
    b.append("<p>")
        .append(
            esc(
                Text.get(
                    "mail.body.total", total(card), card.grade().orElse(""), card.warningCount())))
        .append("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    headers().forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr>");
    for (ScoredIndicator i : card.levelOne()) {
      b.append("<tr>");
      row(i).forEach(cell -> b.append("<td>").append(esc(cell)).append("</td>"));
      b.append("</tr>");
    }
    b.append("</table>");
  }

  private static String attachedLine(List<Scorecard> cards, String attachment) {
    boolean toFix = cards.stream().anyMatch(Scorecard::hasErrors);
    return Text.get(toFix ? "mail.body.fixAttached" : "mail.body.attached", attachment);
  }

  static String total(Scorecard card) {
    return card.total().isPresent() ? Decimals.format2(card.total().getAsDouble()) : "";
  }

  private static List<String> headers() {
    return List.of(
        Text.get("mail.body.col.indicator"),
        Text.get("mail.body.col.full"),
        Text.get("mail.body.col.score"),
        Text.get("mail.body.col.rate"));
  }

  private static List<String> row(ScoredIndicator i) {
    String score = i.score().isPresent() ? Decimals.format2(i.score().getAsDouble()) : "";
    String rate = i.rate().isPresent() ? Decimals.format2(i.rate().getAsDouble() * 100) + "%" : "";
    return List.of(oneLine(i.code() + " " + i.name()), Decimals.format2(i.full()), score, rate);
  }

  private static List<Message> errors(Scorecard card) {
    return card.messages().stream().filter(Message::isError).limit(MAX_LISTED).toList();
  }

  private static Optional<String> more(Scorecard card) {
    long rest = card.errorCount() - MAX_LISTED;
    return rest > 0 ? Optional.of(Text.get("mail.body.more", rest)) : Optional.empty();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\R", " ").replaceAll("\\p{Cntrl}", "");
  }

  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
