package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;

/**
 * {@code process --mail}, {@code mail test} and {@code mail flush} run in-process against
 * GreenMail.
 */
class MailCommandLineTest {
  @TempDir Path temp;

  private static Map<String, String> env(int port) {
    return Map.of(
        "SCOREBOOK_SMTP_HOST",
        "127.0.0.1",
        "SCOREBOOK_SMTP_PORT",
        Integer.toString(port),
        "SCOREBOOK_MAIL_FROM",
        MailFixtures.FROM);
  }

  private Path emptyConfig() throws Exception {
    return Files.writeString(temp.resolve("empty.properties"), "# nothing\n");
  }

  @Test
  void mailWithoutSettingsIsAUsageErrorInChinese() throws Exception {
    Result r =
        CliAccess.runWithEnv(
            Map.of(),
            "process",
            MailFixtures.SEED_001.toString(),
            "--out",
            temp.resolve("out").toString(),
            "--mail",
            "--config",
            emptyConfig().toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("没有邮件设置", "SCOREBOOK_SMTP_HOST");
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void processMailsTheResultAndSkipsABadAddress() throws Exception {
    int port = MailFixtures.freePort();
    GreenMail server = MailFixtures.smtp(port);
    try {
      Result r =
          CliAccess.runWithEnv(
              env(port),
              "process",
              MailFixtures.SEED_001.toString(),
              "--out",
              temp.resolve("out").toString(),
              "--mail-to",
              "a@example.com,bad address",
              "--config",
              emptyConfig().toString(),
              "--outbox",
              temp.resolve("outbox").toString());

      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("87.12", "已发送给 a@example.com", "「bad address」格式不对，已跳过");
      assertThat(server.getReceivedMessages()).hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void mailTestDeliversATestMessage() throws Exception {
    int port = MailFixtures.freePort();
    GreenMail server = MailFixtures.smtp(port);
    try {
      Result r =
          CliAccess.runWithEnv(
              env(port),
              "mail",
              "test",
              "check@example.com",
              "--config",
              emptyConfig().toString(),
              "--outbox",
              temp.resolve("outbox").toString());

      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("测试邮件已发送给 check@example.com");
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("【绩效评价】Scorebook 邮件设置测试");
    } finally {
      server.stop();
    }
  }

  @Test
  void mailTestAgainstNoServerFailsWithExit1() throws Exception {
    int port = MailFixtures.freePort();
    Result r =
        CliAccess.runWithEnv(
            env(port),
            "mail",
            "test",
            "check@example.com",
            "--config",
            emptyConfig().toString(),
            "--outbox",
            temp.resolve("outbox").toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains("无法通过 127.0.0.1:" + port + " 发送邮件：连接被拒绝：服务器地址或端口不对，或服务器未运行")
        .doesNotContain("Connection refused");
  }

  @Test
  void mailTestWithAWrongPasswordSaysSoInChinese() throws Exception {
    int port = MailFixtures.freePort();
    GreenMail server = MailFixtures.smtp(port);
    server.setUser("pingjia@example.com", "pingjia", "正确的密码");
    try {
      Map<String, String> env = new HashMap<>(env(port));
      env.put("SCOREBOOK_SMTP_USER", "pingjia");
      env.put("SCOREBOOK_SMTP_PASSWORD", "wrong");
      Result r =
          CliAccess.runWithEnv(
              env,
              "mail",
              "test",
              "check@example.com",
              "--config",
              emptyConfig().toString(),
              "--outbox",
              temp.resolve("outbox").toString());

      assertThat(r.status()).isEqualTo(1);
      // The server's English reply ("535 5.7.8 Authentication credentials invalid") stays in the
      // log; the
      // port, which may itself contain 535, is part of the Chinese line.
      assertThat(r.err()).contains("发送邮件：用户名或密码不对").doesNotContain("535 ", "Authentication");
      assertThat(server.getReceivedMessages()).isEmpty();
    } finally {
      server.stop();
    }
  }

  @Test
  void processWhileServerDownQueuesThenMailFlushSendsOnce() throws Exception {
    int port = MailFixtures.freePort();
    String outbox = temp.resolve("outbox").toString();
    String config = emptyConfig().toString();
    Result down =
        CliAccess.runWithEnv(
            env(port),
            "process",
            MailFixtures.SEED_001.toString(),
            "--out",
            temp.resolve("out").toString(),
            "--mail-to",
            "a@example.com",
            "--config",
            config,
            "--outbox",
            outbox);
    assertThat(down.status()).isZero();
    assertThat(down.out()).contains("已放入发件箱");

    GreenMail server = MailFixtures.smtp(port);
    try {
      Result flush =
          CliAccess.runWithEnv(
              env(port), "mail", "flush", "--all", "--config", config, "--outbox", outbox);
      assertThat(flush.status()).isZero();
      assertThat(flush.out()).contains("发送 1 封，失败 0 封");
      Result again =
          CliAccess.runWithEnv(
              env(port), "mail", "flush", "--all", "--config", config, "--outbox", outbox);
      assertThat(again.out()).contains("发送 0 封");
      Result reprocess =
          CliAccess.runWithEnv(
              env(port),
              "process",
              MailFixtures.SEED_001.toString(),
              "--out",
              temp.resolve("out2").toString(),
              "--mail-to",
              "a@example.com",
              "--config",
              config,
              "--outbox",
              outbox);
      assertThat(reprocess.out()).contains("不再重复发送");
      assertThat(server.getReceivedMessages()).hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void mailFlushSendsAMessageStillInItsBackOff() throws Exception {
    int port = MailFixtures.freePort();
    String outbox = temp.resolve("outbox").toString();
    String config = emptyConfig().toString();
    Result down =
        CliAccess.runWithEnv(
            env(port),
            "process",
            MailFixtures.SEED_001.toString(),
            "--out",
            temp.resolve("out").toString(),
            "--mail-to",
            "a@example.com",
            "--config",
            config,
            "--outbox",
            outbox);
    assertThat(down.out()).contains("已放入发件箱");

    GreenMail server = MailFixtures.smtp(port);
    try {
      // The server was just fixed: a person typing flush wants the mail now, not after the retry
      // wait.
      Result flush =
          CliAccess.runWithEnv(env(port), "mail", "flush", "--config", config, "--outbox", outbox);

      assertThat(flush.status()).isZero();
      assertThat(flush.out()).contains("发送 1 封，失败 0 封");
      assertThat(server.getReceivedMessages()).hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void mailHelpAndUnknownWord() {
    assertThat(CliAccess.run("mail", "--help").out())
        .contains("scorebook mail test 地址", "SCOREBOOK_SMTP_PASSWORD");
    Result bad = CliAccess.run("mail", "send");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("「send」");
  }
}
