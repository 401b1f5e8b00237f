package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.scorebook.Outcome;
import org.scorebook.mail.MailService;
import org.scorebook.model.Text;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code watch --mail}: tells the console, then mails the result; after each poll, retries the outbox. */
final class MailingWatchListener implements WatchListener {
  private static final Logger LOG = LoggerFactory.getLogger(MailingWatchListener.class);

  private final WatchListener console;
  private final MailService mailer;
  private final MailOptions options;
  private final PrintStream out;

  MailingWatchListener(WatchListener console, MailService mailer, MailOptions options, PrintStream out) {
    this.console = console;
    this.mailer = mailer;
    this.options = options;
    this.out = out;
  }

  @Override
  public void claimed(String name) {
    console.claimed(name);
  }

  @Override
  public void handled(Handled handled) {
    console.handled(handled);
    Outcome o = handled.outcome();
    // The original now lives in the archive or failed folder: its bytes key the mail.
    Outcome moved = new Outcome(handled.original(), handled.output().or(o::output), o.scorecard(), o.failure());
    mailer.mail(moved, MailSetup.recipients(o, options)).lines().forEach(out::println);
  }

  @Override
  public void postponed(String name, String reason) {
    console.postponed(name, reason);
  }

  @Override
  public void polled() {
    console.polled();
    try {
      MailService.FlushResult result = mailer.flush(false);
      if (result.sent() + result.failed() > 0) {
        out.println(Text.get("mail.flush.result", result.sent(), result.failed(), result.waiting()));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("outbox retry failed", e);
    }
  }
}
