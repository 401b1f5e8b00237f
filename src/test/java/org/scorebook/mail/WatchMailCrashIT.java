package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.cli.CliAccess;
import org.scorebook.model.Outcome;
import org.scorebook.watch.DropFolder;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.scorebook.watch.Watcher;
import org.slf4j.LoggerFactory;

/**
 * {@code watch --mail} when the process dies around the commit point (the original moving to 已归档):
 * the result mail is already safe in the outbox, and processing the file again after a crash sends
 * it once.
 */
class WatchMailCrashIT {
  private static final String NAME = "评价.xlsx";
  private static final List<String> TO = List.of("pm@example.com");

  @TempDir Path temp;

  /** Dies (as far as the mail is concerned) the moment the original has been archived. */
  private static final class DiesAfterTheCommit implements WatchListener {
    @Override
    public void handled(Handled handled) {
      throw new IllegalStateException("killed right after the commit");
    }
  }

  @Test
  void theMailIsSafeInTheOutboxOnceTheOriginalIsArchived() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Files.copy(MailFixtures.SEED_001, inbox.resolve(NAME));
    DropFolder folder = DropFolder.at(inbox);

    // The server is down too, so the watcher's own outbox retries cannot have sent it either.
    MailService dying = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
    try (Watcher watcher =
        new Watcher(
            folder, CliAccess.mailingListener(new DiesAfterTheCommit(), dying, TO, quiet()))) {
      watcher.drain();
    }
    assertThat(Files.exists(folder.archive().resolve(NAME))).as("committed").isTrue();
    assertThat(emls(outbox)).as("the mail survives the process").hasSize(1);

    GreenMail server = MailFixtures.smtp(port);
    try {
      MailService restarted =
          new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
      assertThat(restarted.flush(true).sent()).isEqualTo(1);
      assertThat(restarted.flush(true).sent()).isZero();
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(server.getReceivedMessages()[0].getAllRecipients()[0].toString())
          .isEqualTo(TO.get(0));
    } finally {
      server.stop();
    }
  }

  @Test
  void aClaimProcessedAgainAfterACrashSendsTheMailQueuedBeforeTheCrashOnce() throws Exception {
    int port = MailFixtures.freePort();
    Path outbox = temp.resolve("outbox");
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    DropFolder folder = DropFolder.at(inbox);
    Files.createDirectories(folder.work());
    // A process on another machine claimed the file long ago, queued its mail and died before the
    // commit.
    long longAgo = System.currentTimeMillis() - folder.claimTimeout().toMillis() - 60_000;
    Path claimed =
        Files.copy(
            MailFixtures.SEED_001,
            folder.work().resolve("other-pc~4242~deadbeef~" + longAgo + "~评价.xlsx"));
    Path scoredBeforeTheCrash = Files.createDirectories(temp.resolve("staging")).resolve(NAME);
    Files.copy(claimed, temp.resolve("staging-input.xlsx"));
    Outcome before = Scorebook.process(temp.resolve("staging-input.xlsx"), scoredBeforeTheCrash);
    MailService dead = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
    assertThat(dead.prepare(before, TO).key()).isPresent();
    String queuedId = messageId(emls(outbox).get(0));

    GreenMail server = MailFixtures.smtp(port);
    try {
      MailService mailer = new MailService(MailFixtures.settings(port), outbox, Clock.systemUTC());
      try (Watcher watcher =
          new Watcher(folder, CliAccess.mailingListener(handled -> {}, mailer, TO, quiet()))) {
        assertThat(watcher.poll()).isEqualTo(1);
      }

      assertThat(Files.exists(folder.archive().resolve(NAME))).isTrue();
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(server.getReceivedMessages()[0].getMessageID())
          .as("the message queued before the crash")
          .isEqualTo(queuedId);
      assertThat(emls(outbox)).isEmpty();
    } finally {
      server.stop();
    }
  }

  @Test
  void theLogLineAndTheMailAreDoneBeforeTheOriginalIsArchived() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Files.copy(MailFixtures.SEED_001, inbox.resolve(NAME));
    DropFolder folder = DropFolder.at(inbox);
    Path outbox = temp.resolve("outbox");
    MailService mailer =
        new MailService(MailFixtures.settings(MailFixtures.freePort()), outbox, Clock.systemUTC());
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Watcher.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
        new ch.qos.logback.core.read.ListAppender<>();
    lines.start();
    log.addAppender(lines);
    List<String> seenAtTheCommitPoint = new ArrayList<>();
    WatchListener atTheCommitPoint =
        new WatchListener() {
          @Override
          public void scored(Handled handled) throws IOException {
            seenAtTheCommitPoint.add("archived=" + Files.exists(folder.archive().resolve(NAME)));
            seenAtTheCommitPoint.add(
                "logged="
                    + lines.list.stream()
                        .anyMatch(e -> e.getFormattedMessage().contains("file=" + NAME)));
            seenAtTheCommitPoint.add("queued=" + emls(outbox).size());
          }

          @Override
          public void handled(Handled handled) {}
        };
    try (Watcher watcher =
        new Watcher(folder, CliAccess.mailingListener(atTheCommitPoint, mailer, TO, quiet()))) {
      watcher.drain();
    } finally {
      log.detachAppender(lines);
    }

    assertThat(seenAtTheCommitPoint).containsExactly("archived=false", "logged=true", "queued=1");
    assertThat(Files.exists(folder.archive().resolve(NAME))).isTrue();
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private static List<Path> emls(Path outbox) throws IOException {
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outbox)) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }

  private static String messageId(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in).getMessageID();
    }
  }
}
