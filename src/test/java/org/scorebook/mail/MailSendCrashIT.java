package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorebook mail flush} killed (SIGKILL, in a child JVM) in the middle of sending: the send
 * is recorded the moment the server accepts the message, so a kill after that never sends it again,
 * and a kill before the acceptance is heard sends it once more with the same Message-ID.
 */
class MailSendCrashIT {
  private static final List<String> TO = List.of("pm@example.com");
  private static final long GUARD_SECONDS = 120;

  @TempDir Path scratch;
  private GreenMail server;
  private int port;
  private Path outbox;
  private String key;
  private String queuedId;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void queueOneMessage() throws Exception {
    port = MailFixtures.freePort();
    server = MailFixtures.smtp(port);
    outbox = scratch.resolve("outbox");
    MailService queueing = mailer(MailFixtures.freePort());
    key =
        queueing
            .prepare(MailFixtures.scored(MailFixtures.SEED_001, scratch.resolve("out")), TO)
            .key()
            .orElseThrow();
    queuedId = messageId(outbox.resolve(key + ".eml"));
  }

  @AfterEach
  void stop() {
    started.forEach(Process::destroyForcibly);
    server.stop();
  }

  @Test
  void killedAfterTheServerAcceptedTheMessageItIsNotSentAgain() throws Exception {
    killedAt(HoldingProxy.Point.GOODBYE);

    assertThat(server.getReceivedMessages()).hasSize(1);
    assertThat(sentLog()).as("recorded before the goodbye").anyMatch(l -> l.startsWith(key));

    assertThat(mailer(port).flush(true).sent()).isZero();
    assertThat(server.getReceivedMessages()).hasSize(1);
    assertThat(outbox.resolve(key + ".eml")).doesNotExist();
  }

  @Test
  void killedBeforeHearingTheServerAcceptItIsSentOnceMoreWithTheSameMessageId() throws Exception {
    killedAt(HoldingProxy.Point.ACCEPTANCE);

    assertThat(server.getReceivedMessages()).hasSize(1);
    assertThat(sentLog()).noneMatch(l -> l.startsWith(key));
    assertThat(outbox.resolve(key + ".eml")).as("still waiting").exists();

    MailService restarted = mailer(port);
    assertThat(restarted.flush(true).sent()).isEqualTo(1);
    assertThat(restarted.flush(true).sent()).isZero();
    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received).map(MailSendCrashIT::messageId)).containsOnly(queuedId);
  }

  /** Runs {@code mail flush} through a relay that stops at {@code point}, and kills it there. */
  private void killedAt(HoldingProxy.Point point) throws Exception {
    try (HoldingProxy proxy = new HoldingProxy(port, point)) {
      Process flush = flush(proxy.port());
      assertThat(proxy.awaitHeld(GUARD_SECONDS)).as("the send reached %s", point).isTrue();
      flush.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
      flush.waitFor();
    }
  }

  private MailService mailer(int smtpPort) throws IOException {
    return new MailService(MailFixtures.settings(smtpPort), outbox, Clock.systemUTC());
  }

  private List<String> sentLog() throws IOException {
    Path log = outbox.resolve(SentLog.FILE);
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  private Process flush(int smtpPort) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path config = Files.writeString(scratch.resolve("empty.properties"), "# nothing\n");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Dfile.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            "-Dscorebook.log.dir=" + scratch.resolve("logs"),
            "org.scorebook.cli.Main",
            "mail",
            "flush",
            "--config",
            config.toString(),
            "--outbox",
            outbox.toString());
    Map<String, String> env = builder.environment();
    env.put("HOME", scratch.toString());
    env.put("SCOREBOOK_SMTP_HOST", "127.0.0.1");
    env.put("SCOREBOOK_SMTP_PORT", Integer.toString(smtpPort));
    env.put("SCOREBOOK_MAIL_FROM", MailFixtures.FROM);
    builder.directory(scratch.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(scratch.resolve("flush.log").toFile());
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static String messageId(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in).getMessageID();
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
