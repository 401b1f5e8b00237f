package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mailbox.MailboxFixtures.Attachment;
import org.scorebook.mailbox.MailboxFixtures.Instance;

/** A connection dropped mid-fetch, and two Scorebooks on one mailbox: every workbook once. */
class MailboxResilienceTest {
  @TempDir Path temp;
  private MailboxFixtures mail;

  @BeforeEach
  void start() throws Exception {
    mail = new MailboxFixtures();
  }

  @AfterEach
  void stop() {
    mail.close();
  }

  @Test
  void aConnectionDroppedWhileAWorkbookDownloadsLosesNothingAndAnswersOnce() throws Exception {
    mail.deliver(
        ZHANG, Attachment.of(MailboxFixtures.SEED_001), Attachment.of(MailboxFixtures.SEED_002));
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    // Far enough to be inside the attachments, before their end.
    long cut = Files.size(MailboxFixtures.SEED_001) / 2;
    try (CuttingProxy proxy = new CuttingProxy(mail.imapPort, cut);
        Instance instance =
            new Instance(
                inbox, MailboxFixtures.imap(proxy.port()), mail.smtp(), temp.resolve("outbox"))) {
      MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);
      instance.watcher.poll();

      assertThat(proxy.cuts.get()).as("the first connection was cut").isEqualTo(1);
      assertThat(mail.answersTo(ZHANG)).hasSize(2);
      assertThat(
              instance
                  .mailFolder()
                  .archive()
                  .resolve(MailboxFixtures.SEED_001.getFileName().toString()))
          .hasSameBinaryContentAs(MailboxFixtures.SEED_001);
      assertThat(
              instance
                  .mailFolder()
                  .archive()
                  .resolve(MailboxFixtures.SEED_002.getFileName().toString()))
          .hasSameBinaryContentAs(MailboxFixtures.SEED_002);
    }
  }

  @Test
  void twoInstancesOnOneMailboxAnswerEachWorkbookOnce() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    for (int i = 0; i < 3; i++) {
      mail.deliver(
          ZHANG,
          Attachment.of(MailboxFixtures.SEED_001),
          Attachment.of(MailboxFixtures.WITH_MISTAKES));
    }
    mail.deliver(ZHANG);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Instance one = new Instance(inbox, mail.imap(), mail.smtp(), temp.resolve("outbox-1"));
        Instance two = new Instance(inbox, mail.imap(), mail.smtp(), temp.resolve("outbox-2"))) {
      Future<?> a = threads.submit(() -> pollUntilAllDone(one));
      Future<?> b = threads.submit(() -> pollUntilAllDone(two));
      a.get(90, TimeUnit.SECONDS);
      b.get(90, TimeUnit.SECONDS);
      one.watcher.poll();
      two.watcher.poll();
    } finally {
      threads.shutdownNow();
    }

    assertThat(mail.answersTo(ZHANG)).hasSize(3 * 2 + 1);
    assertThat(mail.countIn("INBOX")).isZero();
    assertThat(mail.countIn(MailIntake.DONE_FOLDER)).isEqualTo(4);
  }

  private Void pollUntilAllDone(Instance instance) {
    Instant limit = Instant.now().plus(Duration.ofSeconds(80));
    while (mail.countIn(MailIntake.DONE_FOLDER) < 4 && Instant.now().isBefore(limit)) {
      instance.watcher.poll();
    }
    return null;
  }
}
