package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailException;
import org.scorebook.mail.MailService;
import org.scorebook.mailbox.MailboxCheck;
import org.scorebook.model.Text;

/**
 * {@code scorebook mail test ADDRESS} and {@code scorebook mail flush}. A person who flushes has
 * just fixed the server: flush sends every waiting message at once, back-off or not ({@code --all}
 * is accepted and means the same); the back-off is for the automatic retries of {@code watch} and
 * {@code process}.
 */
final class MailCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  MailCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Settings that are missing or wrong are a {@link UsageException} (exit 2). */
  int run(MailCommandOptions options) throws UsageException {
    MailService mailer = MailSetup.open(options.settings(), env);
    return switch (options.action()) {
      case TEST ->
          Math.max(
              test(mailer, options.address().orElseThrow()),
              testMailbox(MailSetup.imap(options.settings(), env)));
      case FLUSH -> flush(mailer);
    };
  }

  private int test(MailService mailer, String address) {
    try {
      mailer.sendTest(address);
      out.println(Text.get("mail.test.sent", address));
      return Cli.OK;
    } catch (MailException e) {
      err.println(e.getMessage());
      return Cli.PROBLEMS;
    }
  }

  /** With {@code imap.*} settings, also logs in to the mailbox and opens its folder. */
  private int testMailbox(Optional<ImapSettings> imap) {
    if (imap.isEmpty()) {
      return Cli.OK;
    }
    try {
      out.println(MailboxCheck.check(imap.get()));
      return Cli.OK;
    } catch (MailException e) {
      err.println(e.getMessage());
      return Cli.PROBLEMS;
    }
  }

  private int flush(MailService mailer) {
    try {
      MailService.FlushResult result = mailer.flush(true);
      out.println(Text.get("mail.flush.result", result.sent(), result.failed(), result.waiting()));
      result.errors().forEach(e -> err.println(Text.get("mail.flush.error", e)));
      return result.failed() == 0 ? Cli.OK : Cli.PROBLEMS;
    } catch (IOException e) {
      err.println(Text.get("mail.flush.error", e.getMessage()));
      return Cli.PROBLEMS;
    }
  }
}
