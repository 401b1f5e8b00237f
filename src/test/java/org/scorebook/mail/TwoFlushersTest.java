package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.Outcome;

/**
 * Two services on one outbox, as a {@code watch --mail} and a {@code mail flush} in two processes
 * are: each has its own lock, so only the outbox itself can keep them from sending a message twice.
 */
class TwoFlushersTest {
  private static final int MESSAGES = 20;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @TempDir Path temp;

  @Test
  void twoServicesFlushingOneOutboxSendEachMessageOnce() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    MailService queuer = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
    Outcome outcome = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      String address = "p" + i + "@example.com";
      expected.add(address);
      queuer.mail(outcome, List.of(address)); // server down: queued
    }

    GreenMail server = MailFixtures.smtp(port);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<MailService.FlushResult>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        MailService own = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return own.flush(true);
                }));
      }
      start.countDown();
      int sent = 0;
      for (Future<MailService.FlushResult> result : results) {
        sent += result.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS).sent();
      }

      List<String> delivered = new ArrayList<>();
      for (MimeMessage message : server.getReceivedMessages()) {
        delivered.add(message.getAllRecipients()[0].toString());
      }
      assertThat(delivered).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(sent).isEqualTo(MESSAGES);
    } finally {
      threads.shutdownNow();
      server.stop();
    }
  }
}
