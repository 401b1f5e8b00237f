package org.scorebook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;

/**
 * A message that keeps its Message-ID once it has one. Jakarta Mail gives a message a new one on
 * every {@code saveChanges}, which {@code Transport.send} calls: a message sent again after a crash
 * (from the outbox) would look like a different mail. With this class the Message-ID is fixed when
 * the message is built and written to the outbox, and every send carries it.
 */
final class StableIdMessage extends MimeMessage {
  StableIdMessage(Session session) {
    super(session);
  }

  /** A message read back from the outbox, with the Message-ID it was queued with. */
  StableIdMessage(Session session, InputStream in) throws MessagingException {
    super(session, in);
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    if (getHeader("Message-ID") == null) {
      super.updateMessageID();
    }
  }
}
