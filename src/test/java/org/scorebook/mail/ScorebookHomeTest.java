package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;

/** Scorebook's own folder follows HOME, then USERPROFILE, and only then the JVM's user.home. */
class ScorebookHomeTest {
  @TempDir Path temp;

  @Test
  void homeFromTheEnvironmentComesBeforeTheJvmsIdea() {
    Path home = temp.resolve("home");
    Path profile = temp.resolve("profile");

    assertThat(
            ScorebookHome.folder(
                Map.of("HOME", home.toString(), "USERPROFILE", profile.toString())))
        .isEqualTo(home.resolve(".scorebook"));
    assertThat(ScorebookHome.folder(Map.of("USERPROFILE", profile.toString())))
        .isEqualTo(profile.resolve(".scorebook"));
    assertThat(ScorebookHome.folder(Map.of("HOME", " ", "USERPROFILE", profile.toString())))
        .as("a blank HOME counts as unset")
        .isEqualTo(profile.resolve(".scorebook"));
    assertThat(ScorebookHome.folder(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".scorebook"));
  }

  @Test
  void settingsFileAndOutboxAreFoundUnderHome() throws Exception {
    Path home = temp.resolve("home");
    Path settings = Files.createDirectories(home.resolve(".scorebook")).resolve("mail.properties");
    int port = MailFixtures.freePort();
    Files.writeString(
        settings,
        "smtp.host=127.0.0.1\nsmtp.port=" + port + "\nmail.from=" + MailFixtures.FROM + "\n");
    // Server down: the result waits in the outbox under HOME, not under the account's home folder.
    Result down =
        CliAccess.runWithEnv(
            Map.of("HOME", home.toString()),
            "process",
            MailFixtures.SEED_001.toString(),
            "--out",
            temp.resolve("out").toString(),
            "--mail-to",
            "a@example.com");

    assertThat(down.out()).contains("已放入发件箱");
    assertThat(
            Files.list(home.resolve(".scorebook").resolve("outbox"))
                .map(p -> p.getFileName().toString()))
        .anyMatch(name -> name.endsWith(".eml"));

    GreenMail server = MailFixtures.smtp(port);
    try {
      Result flush =
          CliAccess.runWithEnv(Map.of("HOME", home.toString()), "mail", "flush", "--all");
      assertThat(flush.out()).contains("发送 1 封");
      assertThat(server.getReceivedMessages()).hasSize(1);
    } finally {
      server.stop();
    }
  }
}
