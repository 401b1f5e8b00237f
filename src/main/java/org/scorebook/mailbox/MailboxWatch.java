package org.scorebook.mailbox;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scorebook.kinds.Kinds;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailService;
import org.scorebook.model.Outcome;
import org.scorebook.watch.DropFolder;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.scorebook.watch.Watcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code watch --imap}: the mailbox as a second inbox. Its workbooks go into the drop folder {@code
 * INBOX/邮件} (with its own 已评分, 已归档 and 待修改) and are scored there by a watcher of their own, exactly
 * as dropped files are; each answer is queued in the outbox before its workbook is committed, and
 * sent from there. Runs after each poll of the main inbox, on the same thread.
 */
public final class MailboxWatch implements WatchListener, AutoCloseable {
  /** The mail inbox inside the watched folder. */
  public static final String FOLDER_NAME = "邮件";

  private static final Logger LOG = LoggerFactory.getLogger(MailboxWatch.class);

  private final WatchListener around;
  private final MailService mailer;
  private final Watcher mailWatcher;
  private final MailIntake intake;

  /**
   * Wraps {@code around} (the main inbox's listener): after each of its polls the mailbox is read.
   *
   * @param console told about each mailed-in workbook as about a dropped one
   */
  public MailboxWatch(
      DropFolder main,
      ImapSettings settings,
      MailService mailer,
      WatchListener around,
      WatchListener console,
      PrintStream out,
      Set<Outcome.OutputKind> extras,
      Kinds kinds)
      throws IOException {
    this.around = around;
    this.mailer = mailer;
    DropFolder folder = mailFolder(main);
    Journal journal = new Journal(folder.work().resolve("mailbox"));
    this.mailWatcher =
        new Watcher(folder, new Answers(journal, mailer, console, out), extras, kinds);
    this.intake = new MailIntake(settings, journal, folder, mailer, out::println);
  }

  /**
   * {@code INBOX/邮件} with the main folder's timings; files are taken on the second look, as they
   * are written whole.
   */
  public static DropFolder mailFolder(DropFolder main) {
    return DropFolder.at(main.inbox().resolve(FOLDER_NAME))
        .withInterval(main.interval())
        .withFileTimeout(main.fileTimeout())
        .withThreads(main.threads())
        .withMinimumAge(Duration.ZERO);
  }

  @Override
  public void claimed(String name) {
    around.claimed(name);
  }

  @Override
  public void scored(Handled handled) throws IOException {
    around.scored(handled);
  }

  @Override
  public void handled(Handled handled) {
    around.handled(handled);
  }

  @Override
  public void postponed(String name, String reason) {
    around.postponed(name, reason);
  }

  @Override
  public void polled() {
    around.polled();
    intake.poll(
        () -> {
          mailWatcher.poll(); // sees what the intake put there
          mailWatcher.poll(); // takes it
        });
    try {
      mailer.flush(false);
    } catch (IOException | RuntimeException e) {
      LOG.warn("outbox retry failed", e);
    }
  }

  @Override
  public void close() {
    mailWatcher.close();
    intake.close();
  }

  /**
   * The mail inbox's listener: before a workbook's commit point its answer is queued (once: the
   * journal marks it), after it the answer is sent and the name freed.
   */
  private static final class Answers implements WatchListener {
    private final Journal journal;
    private final MailService mailer;
    private final WatchListener console;
    private final PrintStream out;
    private final Map<String, MailService.Prepared> queued = new ConcurrentHashMap<>();

    Answers(Journal journal, MailService mailer, WatchListener console, PrintStream out) {
      this.journal = journal;
      this.mailer = mailer;
      this.console = console;
      this.out = out;
    }

    @Override
    public void claimed(String name) {
      console.claimed(name);
    }

    @Override
    public void scored(Handled handled) throws IOException {
      Optional<Journal.Origin> origin = journal.origin(handled.name());
      Optional<Journal.Entry> entry =
          origin.isPresent() ? journal.read(origin.get().key()) : Optional.empty();
      if (entry.isPresent() && !journal.answered(origin.get().key(), origin.get().attachment())) {
        Outcome o = handled.outcome();
        Outcome placed = handled.output().map(o::withWorkbookAt).orElse(o);
        MailService.Prepared answer =
            mailer.prepareReply(
                placed, handled.name(), MailIntake.reply(entry.get(), origin.get().attachment()));
        journal.markAnswered(origin.get().key(), origin.get().attachment());
        queued.put(handled.name(), answer);
      }
      console.scored(handled);
    }

    @Override
    public void handled(Handled handled) {
      console.handled(handled);
      MailService.Prepared answer = queued.remove(handled.name());
      if (answer != null) {
        mailer.deliver(answer).lines().forEach(out::println);
      }
      try {
        journal.releaseName(handled.name());
      } catch (IOException e) {
        LOG.debug("cannot free the name {}: {}", handled.name(), e.toString());
      }
    }

    @Override
    public void postponed(String name, String reason) {
      console.postponed(name, reason);
    }
  }
}
