package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mailbox.MailboxFixtures.Attachment;

/**
 * {@code watch --imap} in a child JVM, killed with SIGKILL after it has fetched a message and
 * before it has answered, then started again: every workbook is answered exactly once.
 */
class MailboxCrashIT {
  @TempDir Path scratch;
  private MailboxFixtures mail;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    mail = new MailboxFixtures();
  }

  @AfterEach
  void stop() {
    started.forEach(Process::destroyForcibly);
    mail.close();
  }

  @Test
  void killedWhileAFetchedWorkbookIsBeingScoredThenRestartedAnswersEachWorkbookOnce()
      throws Exception {
    killedWhenThenRestarted(
        file ->
            file.getParent().getFileName().toString().equals(".scorebook-work")
                && file.getFileName().toString().endsWith(".xlsx"));
  }

  private void killedWhenThenRestarted(Predicate<Path> killPoint) throws Exception {
    mail.deliver(
        ZHANG,
        Attachment.of(MailboxFixtures.SEED_001),
        Attachment.of(MailboxFixtures.SEED_002),
        Attachment.of(MailboxFixtures.WITH_MISTAKES));
    Path inbox = Files.createDirectories(scratch.resolve("收件箱"));
    Path mailTree = inbox.resolve(MailboxWatch.FOLDER_NAME);

    Process first = watch(inbox, "first");
    waitFor(() -> anyFile(mailTree, killPoint), "the kill point");
    first.destroyForcibly(); // SIGKILL: no shutdown hook runs
    first.waitFor();
    int answeredBeforeTheKill = mail.answersTo(ZHANG).size();

    Process second = watch(inbox, "second");
    waitFor(() -> mail.countIn(MailIntake.DONE_FOLDER) == 1, "the message moved to 已处理");
    waitFor(() -> mail.answersTo(ZHANG).size() >= 3, "three answers");
    second.destroy();
    second.waitFor();

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).as("answered before the kill: %d", answeredBeforeTheKill).hasSize(3);
    List<String> attached = new ArrayList<>();
    for (MimeMessage answer : answers) {
      attached.addAll(MailboxFixtures.attachmentNames(answer));
    }
    assertThat(attached)
        .containsExactlyInAnyOrder(
            MailboxFixtures.SEED_001.getFileName().toString(),
            MailboxFixtures.SEED_002.getFileName().toString(),
            "带错误示例.已标注.xlsx");
    assertThat(mail.countIn("INBOX")).isZero();
  }

  private static boolean anyFile(Path tree, Predicate<Path> test) {
    if (!Files.isDirectory(tree)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(tree)) {
      return files.filter(Files::isRegularFile).anyMatch(test);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // a file moved while listing: look again
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant limit = Instant.now().plus(Duration.ofSeconds(90));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(limit)) {
        throw new AssertionError("waited 90 s for " + what);
      }
      Thread.sleep(20);
    }
  }

  private Process watch(Path inbox, String name) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path config = Files.writeString(scratch.resolve("empty.properties"), "# nothing\n");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            "-Dscorebook.log.dir=" + scratch.resolve("logs"),
            "org.scorebook.cli.Main",
            "watch",
            inbox.toString(),
            "--imap",
            "--interval",
            "0.2",
            "--config",
            config.toString(),
            "--outbox",
            scratch.resolve("outbox").toString());
    Map<String, String> env = builder.environment();
    env.put("HOME", scratch.toString());
    env.put("SCOREBOOK_SMTP_HOST", "127.0.0.1");
    env.put("SCOREBOOK_SMTP_PORT", Integer.toString(mail.smtpPort));
    env.put("SCOREBOOK_MAIL_FROM", MailboxFixtures.FROM);
    env.put("SCOREBOOK_IMAP_HOST", "127.0.0.1");
    env.put("SCOREBOOK_IMAP_PORT", Integer.toString(mail.imapPort));
    env.put("SCOREBOOK_IMAP_SECURITY", "plain");
    env.put("SCOREBOOK_IMAP_USER", MailboxFixtures.MAILBOX);
    env.put("SCOREBOOK_IMAP_PASSWORD", MailboxFixtures.PASSWORD);
    env.put("SCOREBOOK_IMAP_ALLOW", "@county.test");
    builder.directory(scratch.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(scratch.resolve(name + ".log").toFile());
    Process process = builder.start();
    started.add(process);
    return process;
  }
}
