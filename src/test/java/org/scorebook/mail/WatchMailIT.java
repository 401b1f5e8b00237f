package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;

/**
 * {@code watch --mail}: results mailed as files are handled, and the outbox retried after each
 * poll.
 */
class WatchMailIT {
  @TempDir Path temp;

  @Test
  void watchOnceMailsEachResultAndRetriesTheOutbox() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    // A message queued long ago while the server was down: due now.
    Clock past = Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC);
    new MailService(MailFixtures.settings(port), outbox, past)
        .mail(
            MailFixtures.scored(MailFixtures.WITH_MISTAKES, temp.resolve("old")),
            List.of("old@example.com"));
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Files.copy(
        MailFixtures.SEED_001, inbox.resolve(MailFixtures.SEED_001.getFileName().toString()));
    Files.writeString(temp.resolve("empty.properties"), "");
    Map<String, String> env =
        Map.of(
            "SCOREBOOK_SMTP_HOST",
            "127.0.0.1",
            "SCOREBOOK_SMTP_PORT",
            Integer.toString(port),
            "SCOREBOOK_MAIL_FROM",
            MailFixtures.FROM);

    GreenMail server = MailFixtures.smtp(port);
    try {
      Result r =
          CliAccess.runWithEnv(
              env,
              "watch",
              inbox.toString(),
              "--once",
              "--mail-to",
              "new@example.com",
              "--config",
              temp.resolve("empty.properties").toString(),
              "--outbox",
              outbox.toString());

      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("已发送给 new@example.com", "发件箱：发送 1 封");
      assertThat(server.getReceivedMessages()).hasSize(2);
      assertThat(
              List.of(server.getReceivedMessages()).stream()
                  .map(
                      m -> {
                        try {
                          return m.getAllRecipients()[0].toString();
                        } catch (Exception e) {
                          throw new IllegalStateException(e);
                        }
                      }))
          .containsExactlyInAnyOrder("new@example.com", "old@example.com");
    } finally {
      server.stop();
    }
  }
}
