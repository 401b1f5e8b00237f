package org.scorebook.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.testing.MailServers;

/**
 * A real SMTP server (GreenMail) on a free local port, settings pointing at it, and scored samples.
 */
final class MailFixtures {
  static final Path SEED_001 = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  static final Path WITH_MISTAKES = Path.of("samples/带错误示例.xlsx");
  static final String FROM = "scorebook@test.local";

  private MailFixtures() {}

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** An SMTP server on {@code port}, listening (however long a busy machine takes to start it). */
  static GreenMail smtp(int port) {
    return MailServers.started(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  static MailSettings settings(int port) {
    return new MailSettings(
        "127.0.0.1",
        port,
        MailSettings.Security.NONE,
        Optional.empty(),
        Optional.empty(),
        FROM,
        3000);
  }

  /** {@code sample} scored into {@code folder}, under its own (Chinese) name. */
  static Outcome scored(Path sample, Path folder) throws IOException {
    Path out = Files.createDirectories(folder).resolve(sample.getFileName().toString());
    Outcome outcome = Scorebook.process(sample, out);
    if (outcome.workbook().isEmpty()) {
      throw new IllegalStateException("not scored: " + outcome);
    }
    return outcome;
  }
}
