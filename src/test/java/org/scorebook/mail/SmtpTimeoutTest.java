package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mail.MailReport.Status;

/**
 * A server that accepts the connection and never answers: the read timeout fires and the mail is
 * queued.
 */
class SmtpTimeoutTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path temp;

  @Test
  void silentServerTimesOutAndTheMessageIsQueued() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket ignored = silent.accept()) {
                  Thread.sleep(120_000);
                } catch (Exception e) {
                  // closed by the test
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      MailService mailer =
          new MailService(
              MailFixtures.settings(silent.getLocalPort()).withTimeout(500),
              temp.resolve("outbox"),
              Clock.systemUTC());

      // The silent server holds the connection for two minutes: only the configured timeout can end
      // the
      // send before the hang guard does. A guard against hanging, not a speed requirement.
      MailReport report =
          Assertions.assertTimeoutPreemptively(
              HANG_GUARD,
              () ->
                  mailer.mail(
                      MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out")),
                      List.of("a@example.com")));

      assertThat(report.status()).isEqualTo(Status.QUEUED);
    }
  }
}
