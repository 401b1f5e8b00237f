package org.scorebook.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.List;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * Builds the message for one scored workbook: subject, text + HTML alternatives, the output
 * attached.
 */
final class ResultMail {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** A file sent beside the workbook: the evaluation report draft, when one was written. */
  record Extra(String fileName, byte[] bytes, String mimeType) {}

  /**
   * Code points of a file name kept before the extension: header lines stay far below 998
   * characters.
   */
  static final int MAX_NAME = 40;

  private static final int MAX_SUBJECT_NAME = 60;

  private ResultMail() {}

  /**
   * The result mail for a workbook whose projects were scored into {@code cards}, with {@code
   * extras} attached after the workbook.
   *
   * @param submitted the name of the workbook as it was handed in, for the subject of a workbook of
   *     several projects
   * @param fileName the name of the attached workbook (the scored or the annotated copy)
   */
  static MimeMessage build(
      Session session,
      String from,
      List<InternetAddress> to,
      List<Scorecard> cards,
      String submitted,
      String fileName,
      byte[] workbook,
      List<Extra> extras)
      throws MessagingException {
    String attachment = shortName(fileName);
    MimeMessage message = new StableIdMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(MimeMessage.RecipientType.TO, to.toArray(new InternetAddress[0]));
    message.setSubject(subject(cards, cards.size() > 1 ? submitted : fileName), "UTF-8");
    message.setSentDate(new Date());
    List<String> reports = extras.stream().map(e -> shortName(e.fileName())).toList();
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(bodies(cards, attachment, reports));
    mixed.addBodyPart(attachment(attachment, workbook, XLSX));
    for (Extra extra : extras) {
      mixed.addBodyPart(attachment(shortName(extra.fileName()), extra.bytes(), extra.mimeType()));
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  /**
   * Names the first project with errors, else the first project; for a workbook of several
   * projects, names the workbook and says how many of its projects have errors.
   */
  static String subject(List<Scorecard> cards, String fileName) {
    if (cards.size() > 1) {
      String workbook = truncate(MailBody.oneLine(stem(fileName)), MAX_SUBJECT_NAME);
      long withErrors = cards.stream().filter(Scorecard::hasErrors).count();
      return withErrors == 0
          ? Text.get("mail.subject.projects", workbook, cards.size())
          : Text.get("mail.subject.projectsErrors", workbook, cards.size(), withErrors);
    }
    Scorecard card = cards.get(0);
    String name = card.projectName().isBlank() ? fileName : card.projectName();
    name = truncate(MailBody.oneLine(name), MAX_SUBJECT_NAME);
    return card.hasErrors()
        ? Text.get("mail.subject.errors", name, card.errorCount())
        : Text.get("mail.subject.scored", name, card.resultInWords());
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static MimeBodyPart bodies(List<Scorecard> cards, String attachment, List<String> reports)
      throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(MailBody.text(cards, attachment, reports), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(MailBody.html(cards, attachment, reports), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(alternative);
    return part;
  }

  private static MimeBodyPart attachment(String name, byte[] bytes, String mimeType)
      throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, mimeType)));
    part.setFileName(name);
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  /**
   * The name with control characters removed, cut to {@link #MAX_NAME} code points, extension kept.
   */
  static String shortName(String fileName) {
    String clean = fileName.replaceAll("\\p{Cntrl}", "");
    int dot = clean.lastIndexOf('.');
    String ext = dot > 0 && clean.length() - dot <= 6 ? clean.substring(dot) : "";
    String stem = clean.substring(0, clean.length() - ext.length());
    return truncate(stem, MAX_NAME) + ext;
  }

  private static String truncate(String text, int codePoints) {
    if (text.codePointCount(0, text.length()) <= codePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints - 1)) + "…";
  }
}
