package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mail.MailReport.Status;
import org.scorebook.model.Outcome;

/**
 * Server down: the message waits in the outbox, survives a restart, and is delivered exactly once.
 */
class OutboxRetryTest {
  @TempDir Path temp;

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private long emlCount(Path outbox) throws Exception {
    try (Stream<Path> files = Files.list(outbox)) {
      return files.filter(f -> f.toString().endsWith(".eml")).count();
    }
  }

  @Test
  void queuedWhileDownThenFlushedExactlyOnce() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    HandClock clock = new HandClock();
    MailService mailer = new MailService(MailFixtures.settings(port), outbox, clock);
    Outcome outcome = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));

    MailReport down = mailer.mail(outcome, List.of("pingjia@example.com"));
    assertThat(down.status()).isEqualTo(Status.QUEUED);
    assertThat(down.lines().get(0)).contains("已放入发件箱");
    assertThat(emlCount(outbox)).isEqualTo(1);
    assertThat(mailer.mail(outcome, List.of("pingjia@example.com")).status())
        .isEqualTo(Status.ALREADY_QUEUED);

    GreenMail server = MailFixtures.smtp(port);
    try {
      assertThat(mailer.flush(false).waiting())
          .as("not due before the first back-off")
          .isEqualTo(1);
      clock.now = clock.now.plus(Duration.ofMinutes(1));
      assertThat(mailer.flush(false).sent()).isEqualTo(1);
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(server.getReceivedMessages()[0].getSubject()).contains("87.12 分（良）");
      assertThat(emlCount(outbox)).isZero();

      assertThat(mailer.flush(true)).isEqualTo(new MailService.FlushResult(0, 0, 0, List.of()));
      assertThat(mailer.mail(outcome, List.of("pingjia@example.com")).status())
          .isEqualTo(Status.ALREADY_SENT);
      Outcome again = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));
      assertThat(mailer.mail(again, List.of("PingJia@example.com")).status())
          .as("the same submission scored again, same recipient: the content key matches")
          .isEqualTo(Status.ALREADY_SENT);
      assertThat(server.getReceivedMessages()).hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void failedFlushBacksOffDoubling() throws Exception {
    int port = MailFixtures.freePort();
    HandClock clock = new HandClock();
    MailService mailer =
        new MailService(MailFixtures.settings(port), temp.resolve("outbox"), clock);
    mailer.mail(
        MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out")), List.of("a@example.com"));

    clock.now = clock.now.plus(Duration.ofMinutes(1));
    MailService.FlushResult first = mailer.flush(false);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.errors().get(0)).isNotBlank();
    clock.now = clock.now.plus(Duration.ofSeconds(119));
    assertThat(mailer.flush(false).waiting()).as("second failure waits 2 minutes").isEqualTo(1);
    assertThat(Outbox.backoff(1).toSeconds()).isEqualTo(60);
    assertThat(Outbox.backoff(3).toSeconds()).isEqualTo(4 * 60);
    assertThat(Outbox.backoff(30).toSeconds()).isEqualTo(60 * 60);
  }

  @Test
  void aNewServiceOverTheSameOutboxSendsWhatWaits() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    MailService before = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
    before.mail(
        MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("a")), List.of("a@example.com"));
    before.mail(
        MailFixtures.scored(MailFixtures.WITH_MISTAKES, temp.resolve("b")),
        List.of("b@example.com"));
    assertThat(emlCount(outbox)).isEqualTo(2);

    GreenMail server = MailFixtures.smtp(port);
    try {
      MailService after = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
      assertThat(after.flush(true).sent()).isEqualTo(2);
      assertThat(server.getReceivedMessages()).hasSize(2);
      assertThat(
              new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC())
                  .flush(true)
                  .sent())
          .isZero();
      assertThat(server.getReceivedMessages()).hasSize(2);
    } finally {
      server.stop();
    }
  }
}
