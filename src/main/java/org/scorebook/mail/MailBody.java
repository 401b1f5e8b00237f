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
    return text(cards, attachment, List.of());
  }

  /**
   * As {@link #text(List, String)}, naming the attached {@code reports} at the end; a workbook of
   * several projects opens with how many were scored and names each project's sheet.
   */
  static String text(List<Scorecard> cards, String attachment, List<String> reports) {
    StringBuilder b = new StringBuilder();
    overview(cards).ifPresent(line -> b.append(line).append("\n\n"));
    for (int i = 0; i < cards.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      text(cards.get(i), cards.size() > 1, b);
    }
    b.append('\n').append(attachedLine(cards, attachment)).append('\n');
    reportsLine(reports).ifPresent(line -> b.append(line).append('\n'));
    return b.toString();
  }

  private static void text(Scorecard card, boolean several, StringBuilder b) {
    b.append(heading(card, several)).append('\n');
    if (card.hasErrors()) {
      b.append(errorsLine(card, several)).append("\n\n");
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
    b.append(totalLine(card)).append("\n\n");
    if (card.levelOne().isEmpty()) {
      return;
    }
    b.append(String.join("\t", headers())).append('\n');
    for (ScoredIndicator i : card.levelOne()) {
      b.append(String.join("\t", row(i))).append('\n');
    }
  }

  /** As {@link #text(List, String)}, in HTML. */
  static String html(List<Scorecard> cards, String attachment) {
    return html(cards, attachment, List.of());
  }

  /** As {@link #text(List, String, List)}, in HTML. */
  static String html(List<Scorecard> cards, String attachment, List<String> reports) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>");
    overview(cards).ifPresent(line -> b.append("<p>").append(esc(line)).append("</p>"));
    cards.forEach(card -> html(card, cards.size() > 1, b));
    b.append("<p>").append(esc(attachedLine(cards, attachment))).append("</p>");
    reportsLine(reports).ifPresent(line -> b.append("<p>").append(esc(line)).append("</p>"));
    return b.append("</body></html>").toString();
  }

  private static void html(Scorecard card, boolean several, StringBuilder b) {
    b.append("<p>").append(esc(heading(card, several))).append("</p>");
    if (card.hasErrors()) {
      b.append("<p>").append(esc(errorsLine(card, several))).append("</p><ul>");
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
    b.append("<p>").append(esc(totalLine(card))).append("</p>");
    if (card.levelOne().isEmpty()) {
      return;
    }
    b.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    headers().forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr>");
    for (ScoredIndicator i : card.levelOne()) {
      b.append("<tr>");
      row(i).forEach(cell -> b.append("<td>").append(esc(cell)).append("</td>"));
      b.append("</tr>");
    }
    b.append("</table>");
  }

  /** How many projects a workbook of several holds and how many have errors. */
  private static Optional<String> overview(List<Scorecard> cards) {
    if (cards.size() < 2) {
      return Optional.empty();
    }
    long withErrors = cards.stream().filter(Scorecard::hasErrors).count();
    return Optional.of(
        Text.get("mail.body.projects", cards.size(), cards.size() - withErrors, withErrors));
  }

  /** The project's name; in a workbook of several, with the sheet it was read from. */
  private static String heading(Scorecard card, boolean several) {
    return several
        ? Text.get(
            "mail.body.projectSheet",
            oneLine(card.projectName()),
            oneLine(card.evaluation().indicators().sheetName()))
        : Text.get("mail.body.project", card.projectName());
  }

  private static String errorsLine(Scorecard card, boolean several) {
    return Text.get(several ? "mail.body.projectErrors" : "mail.body.errors", card.errorCount());
  }

  private static String attachedLine(List<Scorecard> cards, String attachment) {
    boolean toFix = cards.stream().anyMatch(Scorecard::hasErrors);
    return Text.get(toFix ? "mail.body.fixAttached" : "mail.body.attached", attachment);
  }

  private static Optional<String> reportsLine(List<String> reports) {
    return reports.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Text.get(
                "mail.body.reports",
                String.join("、", reports.stream().map(r -> "「" + r + "」").toList())));
  }

  /** The total and grade, or a review's result, with the warnings' count. */
  private static String totalLine(Scorecard card) {
    return card.isReview()
        ? Text.get("mail.body.review", card.resultInWords(), card.warningCount())
        : Text.get("mail.body.total", total(card), card.grade().orElse(""), card.warningCount());
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
