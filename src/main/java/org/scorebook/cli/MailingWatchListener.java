package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scorebook.mail.MailService;
import org.scorebook.model.Outcome;
import org.scorebook.model.Text;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code watch --mail}: before a file's commit point its result mail is put in the outbox (forced
 * to disk), after it the console is told and the mail sent; after each poll, the outbox is retried.
 * Killed in between, the mail waits in the outbox and goes out on the next start; a file processed
 * again after a crash finds its mail already queued (same input, same recipients) and it is sent
 * once.
 */
final class MailingWatchListener implements WatchListener {
  private static final Logger LOG = LoggerFactory.getLogger(MailingWatchListener.class);

  private final WatchListener console;
  private final MailService mailer;
  private final MailOptions options;
  private final PrintStream out;

  /** Queued mails by the scored file (the claim's staged input), until their file is committed. */
  private final Map<Path, MailService.Prepared> queued = new ConcurrentHashMap<>();

  MailingWatchListener(
      WatchListener console, MailService mailer, MailOptions options, PrintStream out) {
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
  public void scored(Handled handled) throws IOException {
    Outcome o = handled.outcome();
    // The output has been renamed from staging into place; the input (keying the mail) is still
    // staged.
    Outcome placed = handled.output().map(o::withWorkbookAt).orElse(o);
    queued.put(o.input(), mailer.prepare(placed, MailSetup.recipients(o, options)));
    console.scored(handled);
  }

  @Override
  public void handled(Handled handled) {
    MailService.Prepared mail = queued.remove(handled.outcome().input());
    console.handled(handled);
    if (mail != null) {
      mailer.deliver(mail).lines().forEach(out::println);
    }
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
        out.println(
            Text.get("mail.flush.result", result.sent(), result.failed(), result.waiting()));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("outbox retry failed", e);
    }
  }
}
