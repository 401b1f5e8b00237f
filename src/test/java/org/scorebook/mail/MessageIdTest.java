package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Message-ID is fixed when a message is queued: every send of it, a resend after a crash too,
 * carries it.
 */
class MessageIdTest {
  @TempDir Path temp;

  @Test
  void aQueuedMessageIsSentWithTheMessageIdItWasQueuedWith() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    MailService mailer = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
    mailer.mail(
        MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out")), List.of("a@example.com"));
    Path eml = onlyEml(outbox);
    String queuedId = messageId(eml);
    Path copy = Files.copy(eml, temp.resolve("copy.eml"));

    GreenMail server = MailFixtures.smtp(port);
    try {
      assertThat(mailer.flush(true).sent()).isEqualTo(1);
      // Killed after the send, before the sent-log line: the restart finds the message still
      // queued.
      Files.copy(copy, eml, StandardCopyOption.REPLACE_EXISTING);
      Files.delete(outbox.resolve(SentLog.FILE));
      assertThat(
              new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC())
                  .flush(true)
                  .sent())
          .isEqualTo(1);

      MimeMessage[] received = server.getReceivedMessages();
      assertThat(received).hasSize(2);
      assertThat(queuedId).isNotBlank();
      assertThat(received[0].getMessageID()).isEqualTo(queuedId);
      assertThat(received[1].getMessageID()).isEqualTo(queuedId);
    } finally {
      server.stop();
    }
  }

  private static Path onlyEml(Path outbox) throws Exception {
    try (Stream<Path> files = Files.list(outbox)) {
      List<Path> emls = files.filter(f -> f.toString().endsWith(".eml")).toList();
      assertThat(emls).hasSize(1);
      return emls.get(0);
    }
  }

  private static String messageId(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in).getMessageID();
    }
  }
}
