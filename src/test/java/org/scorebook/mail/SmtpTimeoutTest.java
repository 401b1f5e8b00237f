package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mail.MailReport.Status;

/** A server that accepts the connection and never answers: the read timeout fires and the mail is queued. */
class SmtpTimeoutTest {
  @TempDir Path temp;

  @Test
  void silentServerTimesOutAndTheMessageIsQueued() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try (Socket ignored = silent.accept()) {
          Thread.sleep(5_000);
        } catch (Exception e) {
          // closed by the test
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      MailService mailer = new MailService(MailFixtures.settings(silent.getLocalPort()).withTimeout(500),
          temp.resolve("outbox"), Clock.systemUTC());

      long start = System.nanoTime();
      MailReport report = mailer.mail(MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out")),
          List.of("a@example.com"));

      assertThat(report.status()).isEqualTo(Status.QUEUED);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
    }
  }
}
