package org.scorebook.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.files.WriteProblem;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailException;
import org.scorebook.mail.MailService;
import org.scorebook.mail.MailSettings;
import org.scorebook.model.Outcome;
import org.scorebook.model.Text;

/** The {@link MailService} that mail options ask for, and the addresses each workbook goes to. */
final class MailSetup {
  private MailSetup() {}

  /**
   * The service, or a usage error (exit 2) when mail is not configured or the settings are wrong.
   */
  static MailService open(MailOptions options, Map<String, String> env) throws UsageException {
    List<Path> defaults = MailSettings.defaultFiles(jarFolder(), env);
    Optional<MailSettings> settings;
    try {
      settings = MailSettings.load(options.config(), defaults, env);
    } catch (MailException e) {
      throw new UsageException(e.getMessage());
    }
    if (settings.isEmpty()) {
      throw new UsageException(
          Text.get(
              "mail.settings.missing",
              options
                  .config()
                  .map(Path::toString)
                  .orElse(
                      defaults.stream()
                          .map(Path::toString)
                          .reduce((a, b) -> a + " 或 " + b)
                          .orElse(""))));
    }
    Path outbox = options.outbox().orElse(MailService.defaultOutbox(env));
    try {
      return new MailService(settings.get(), outbox, Clock.systemUTC());
    } catch (IOException e) {
      throw new UsageException(Text.get("watch.cannotCreate", outbox, WriteProblem.cause(e)));
    }
  }

  /** The mailbox settings, when any are configured; a usage error (exit 2) when they are wrong. */
  static Optional<ImapSettings> imap(MailOptions options, Map<String, String> env)
      throws UsageException {
    try {
      return ImapSettings.load(options.config(), MailSettings.defaultFiles(jarFolder(), env), env);
    } catch (MailException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The mailbox settings {@code watch --imap} needs; a usage error (exit 2) when there are none.
   */
  static ImapSettings requireImap(MailOptions options, Map<String, String> env)
      throws UsageException {
    Optional<ImapSettings> settings = imap(options, env);
    if (settings.isEmpty()) {
      throw new UsageException(
          Text.get(
              "imap.settings.missing",
              options
                  .config()
                  .map(Path::toString)
                  .orElse(
                      MailSettings.defaultFiles(jarFolder(), env).stream()
                          .map(Path::toString)
                          .reduce((a, b) -> a + " 或 " + b)
                          .orElse(""))));
    }
    return settings.get();
  }

  /** The addresses for one workbook: the 联系邮箱 of each of its projects and {@code --mail-to}. */
  static List<String> recipients(Outcome outcome, MailOptions options) {
    List<String> all = new ArrayList<>();
    outcome.projects().forEach(p -> all.addAll(p.card().evaluation().project().emails()));
    all.addAll(options.to());
    return all;
  }

  private static Optional<Path> jarFolder() {
    try {
      Path code =
          Path.of(MailSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? Optional.ofNullable(code.getParent()) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
