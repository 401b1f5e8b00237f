package org.scorebook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;

/**
 * A short plain-text answer, and the headers every answer to a mailed-in message carries: it
 * threads under the message, and says it is automatic (RFC 3834) so that auto-responders leave it
 * alone.
 */
final class NoticeMail {
  private NoticeMail() {}

  static MimeMessage build(
      Session session, String from, List<InternetAddress> to, String subject, String body)
      throws MessagingException {
    MimeMessage message = new StableIdMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(MimeMessage.RecipientType.TO, to.toArray(new InternetAddress[0]));
    message.setSubject(subject, "UTF-8");
    message.setSentDate(new Date());
    message.setText(body, "UTF-8");
    message.saveChanges();
    return message;
  }

  /** Adds In-Reply-To, References and Auto-Submitted to a built message. */
  static MimeMessage threaded(MimeMessage message, Reply reply) throws MessagingException {
    reply.inReplyTo().ifPresent(id -> setQuietly(message, "In-Reply-To", id));
    List<String> references = reply.shownReferences();
    if (!references.isEmpty()) {
      message.setHeader("References", String.join("\r\n ", references));
    }
    message.setHeader("Auto-Submitted", "auto-replied");
    message.saveChanges();
    return message;
  }

  private static void setQuietly(MimeMessage message, String name, String value) {
    try {
      message.setHeader(name, value);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
