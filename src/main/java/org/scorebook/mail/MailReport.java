package org.scorebook.mail;

import java.util.ArrayList;
import java.util.List;
import org.scorebook.model.Text;

/**
 * What became of mailing one workbook.
 *
 * @param recipients the accepted addresses
 * @param refused one sentence per address that was skipped
 * @param detail why it was queued or skipped; empty when sent
 */
public record MailReport(
    Status status, String workbook, List<String> recipients, List<String> refused, String detail) {

  /** The outcome for this workbook. */
  public enum Status {
    SENT,
    QUEUED,
    ALREADY_SENT,
    ALREADY_QUEUED,
    NO_RECIPIENTS,
    NOTHING_TO_SEND
  }

  public MailReport {
    recipients = List.copyOf(recipients);
    refused = List.copyOf(refused);
  }

  /** This report with another status and detail. */
  public MailReport as(Status newStatus, String newDetail) {
    return new MailReport(newStatus, workbook, recipients, refused, newDetail);
  }

  /** Console lines, in Chinese. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    String to = String.join(", ", recipients);
    lines.add(
        switch (status) {
          case SENT -> Text.get("mail.report.sent", workbook, to);
          case QUEUED -> Text.get("mail.report.queued", workbook, to, detail);
          case ALREADY_SENT -> Text.get("mail.report.alreadySent", workbook, to);
          case ALREADY_QUEUED -> Text.get("mail.report.alreadyQueued", workbook, to);
          case NO_RECIPIENTS -> Text.get("mail.report.noRecipients", workbook);
          case NOTHING_TO_SEND -> Text.get("mail.report.nothing", workbook, detail);
        });
    refused.forEach(r -> lines.add("  " + r));
    return lines;
  }
}
