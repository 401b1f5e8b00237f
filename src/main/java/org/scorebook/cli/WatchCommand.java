package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scorebook.files.WriteProblem;
import org.scorebook.kinds.Kinds;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailService;
import org.scorebook.mailbox.MailboxWatch;
import org.scorebook.model.Decimals;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.panel.PanelOutcome;
import org.scorebook.watch.DropFolder;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.scorebook.watch.Watcher;

/**
 * {@code scorebook watch INBOX [--out DIR] [--archive DIR] [--failed DIR] [--interval SECONDS]
 * [--timeout SECONDS] [--min-age SECONDS] [--threads N] [--once] [--imap]}: the drop-folder
 * service; with {@code --imap}, workbooks mailed to the mailbox are taken too and answered by mail.
 * Exit status with {@code --once}: 0 every file taken was scored, 1 some went to the failed folder;
 * without it the command runs until stopped (Ctrl-C, SIGTERM), finishing the file in hand, and
 * returns 0; 2 for a wrong command line.
 */
final class WatchCommand {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final PrintStream out;
  private final PrintStream err;

  private final Map<String, String> env;

  WatchCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /**
   * A wrong inbox or mail setting is a {@link UsageException} (exit 2), thrown before anything is
   * moved.
   */
  int run(WatchOptions options) throws UsageException {
    DropFolder folder = options.dropFolder();
    if (!Files.isDirectory(folder.inbox())) {
      throw new UsageException(Text.get("watch.noInbox", folder.inbox()));
    }
    Optional<String> clash = inboxItself(folder);
    if (clash.isPresent()) {
      throw new UsageException(Text.get("watch.inboxItself", clash.get()));
    }
    ConsoleListener console = new ConsoleListener(folder);
    WatchListener listener = withMail(console, options.mail());
    Optional<ImapSettings> imap =
        options.imap() ? Optional.of(MailSetup.requireImap(options.mail(), env)) : Optional.empty();
    Optional<MailService> replies =
        imap.isPresent() ? Optional.of(MailSetup.open(options.mail(), env)) : Optional.empty();
    Optional<MailboxWatch> mailbox = Optional.empty();
    try {
      Kinds kinds =
          ReviewRulesOption.kinds(ReviewRulesOption.forInbox(options.rules(), folder.inbox()), out);
      if (imap.isPresent()) {
        mailbox =
            Optional.of(
                new MailboxWatch(
                    folder,
                    imap.get(),
                    replies.get(),
                    listener,
                    console,
                    out,
                    options.extras(),
                    kinds));
        listener = mailbox.get();
        out.println(
            Text.get(
                "mailbox.started",
                imap.get().user(),
                imap.get().host(),
                imap.get().folder(),
                MailboxWatch.mailFolder(folder).inbox()));
      }
      try (Watcher watcher = new Watcher(folder, listener, options.extras(), kinds)) {
        return options.once() ? once(watcher) : forever(watcher, folder);
      }
    } catch (IOException e) {
      err.println(Text.get("watch.cannotCreate", folder.inbox(), WriteProblem.cause(e)));
      return Cli.PROBLEMS;
    } finally {
      mailbox.ifPresent(MailboxWatch::close);
    }
  }

  /** With {@code --mail}, each handled workbook is mailed and the outbox retried every poll. */
  private WatchListener withMail(WatchListener console, MailOptions mail) throws UsageException {
    return mail.enabled()
        ? new MailingWatchListener(console, MailSetup.open(mail, env), mail, out)
        : console;
  }

  /** An output folder that is the inbox itself would feed every result back in as a new file. */
  private static Optional<String> inboxItself(DropFolder folder) {
    if (folder.out().equals(folder.inbox())) {
      return Optional.of("--out");
    }
    if (folder.archive().equals(folder.inbox())) {
      return Optional.of("--archive");
    }
    return folder.failed().equals(folder.inbox()) ? Optional.of("--failed") : Optional.empty();
  }

  private int once(Watcher watcher) {
    whileStoppable(
        watcher,
        watcher::drain,
        () -> {
          out.println(
              Text.get(
                  "watch.summary",
                  watcher.archivedCount() + watcher.failedCount(),
                  watcher.archivedCount(),
                  watcher.failedCount()));
          if (watcher.panelsCombined() + watcher.panelsFailed() > 0) {
            out.println(
                Text.get("watch.summary.panels", watcher.panelsCombined(), watcher.panelsFailed()));
          }
        });
    return watcher.failedCount() + watcher.panelsFailed() > 0 ? Cli.PROBLEMS : Cli.OK;
  }

  private int forever(Watcher watcher, DropFolder folder) {
    out.println(
        Text.get(
            "watch.started",
            folder.inbox(),
            Decimals.format2(folder.interval().toMillis() / 1000.0),
            folder.out(),
            folder.archive(),
            folder.failed()));
    whileStoppable(
        watcher,
        watcher::run,
        () ->
            out.println(Text.get("watch.stopped", watcher.archivedCount(), watcher.failedCount())));
    return Cli.OK;
  }

  /**
   * Runs the loop with a shutdown hook that stops it gracefully. {@code afterwards} and the
   * watcher's clean-up run before the hook is released: once the hook returns the JVM halts, and
   * what comes after that would be lost.
   */
  private void whileStoppable(Watcher watcher, Runnable loop, Runnable afterwards) {
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = stopOnShutdown(watcher, finished);
    try {
      loop.run();
      afterwards.run();
    } finally {
      watcher.close();
      finished.countDown();
      removeQuietly(hook);
    }
  }

  /**
   * Ctrl-C or SIGTERM: stop taking files and wait for the one in hand (up to its time limit). A
   * stop that finished cleanly exits 0, not the 143 of a signal, so a service manager does not
   * count it as a failure.
   */
  private Thread stopOnShutdown(Watcher watcher, CountDownLatch finished) {
    Thread hook =
        new Thread(
            () -> {
              err.println(Text.get("watch.stopping"));
              watcher.stop();
              try {
                if (finished.await(
                    watcher.fileTimeout().plus(STOP_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                  out.flush();
                  err.flush();
                  Runtime.getRuntime().halt(Cli.OK);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "scorebook-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook is running and waits for us
    }
  }

  /** One Chinese line per workbook, with the time, as the office's console window shows it. */
  private final class ConsoleListener implements WatchListener {
    private final DropFolder folder;

    ConsoleListener(DropFolder folder) {
      this.folder = folder;
    }

    @Override
    public void handled(Handled handled) {
      String open =
          OpenInExcel.isOpen(folder.inbox(), handled.name())
              ? Text.get("cli.result.openInExcel")
              : "";
      String time = "[" + LocalTime.now().format(CLOCK) + "] ";
      List<String> lines = lines(handled);
      out.println(time + lines.get(0) + open);
      lines.subList(1, lines.size()).forEach(line -> out.println(time + line));
    }

    @Override
    public void panel(String name, PanelOutcome outcome) {
      String line =
          outcome instanceof PanelOutcome.Combined combined
              ? Text.get(
                  "watch.result.panelCombined",
                  name,
                  combined.output().getFileName(),
                  combined.panel().experts().size(),
                  combined.card().total().isPresent()
                      ? Decimals.format2(combined.card().total().getAsDouble())
                      : Text.get("panel.noTotal"),
                  combined.card().grade().orElse("—"))
              : Text.get(
                  "watch.result.panelNotCombined",
                  name,
                  ((PanelOutcome.NotCombined) outcome).reason());
      out.println("[" + LocalTime.now().format(CLOCK) + "] " + line);
    }

    @Override
    public void postponed(String name, String reason) {
      out.println(
          "["
              + LocalTime.now().format(CLOCK)
              + "] "
              + Text.get("watch.result.postponed", name, reason));
    }

    /**
     * One line for a workbook of one project or not read; for several projects, a line for the
     * workbook, then one per project with its sheet and, when written, its report.
     */
    private List<String> lines(Handled handled) {
      Outcome outcome = handled.outcome();
      if (outcome instanceof Outcome.Unreadable unreadable) {
        return List.of(
            Text.get(
                "watch.result.unreadable",
                handled.name(),
                unreadable.cause().label(),
                unreadable.reason(),
                shown(handled.original())));
      }
      List<Outcome.Project> projects = outcome.projects();
      if (projects.size() == 1) {
        return List.of(line(handled, projects.get(0).card()));
      }
      List<String> lines = new ArrayList<>();
      lines.add(workbookLine(handled));
      projects.forEach(p -> lines.add(projectLine(outcome, p)));
      return lines;
    }

    private String workbookLine(Handled handled) {
      List<Outcome.Project> projects = handled.outcome().projects();
      long withErrors = projects.stream().filter(p -> !p.isClean()).count();
      return handled.archived()
          ? Text.get(
              "watch.result.workbookClean",
              handled.name(),
              projects.size(),
              shown(handled.output().orElse(handled.original())))
          : Text.get(
              "watch.result.workbook",
              handled.name(),
              projects.size(),
              projects.size() - withErrors,
              withErrors,
              shown(handled.original().getParent()));
    }

    private String projectLine(Outcome outcome, Outcome.Project project) {
      Scorecard card = project.card();
      if (!project.isClean()) {
        return "  "
            + Text.get(
                "watch.result.projectErrors",
                project.sheet(),
                card.projectName(),
                card.errorCount(),
                card.warningCount());
      }
      String report =
          outcome.outputs(Outcome.OutputKind.REPORT).stream()
              .filter(o -> o.sheet().equals(project.sheet()))
              .findFirst()
              .map(o -> Text.get("watch.result.report", shown(o.path())))
              .orElse("");
      return "  "
          + Text.get(
              "watch.result.projectScored",
              project.sheet(),
              card.projectName(),
              card.resultInWords(),
              card.warningCount())
          + report;
    }

    private String line(Handled handled, Scorecard card) {
      if (!handled.archived()) {
        return Text.get(
            "watch.result.errors",
            handled.name(),
            card.errorCount(),
            card.warningCount(),
            shown(handled.original().getParent()));
      }
      return Text.get(
          "watch.result.scored",
          handled.name(),
          card.resultInWords(),
          card.warningCount(),
          shown(handled.output().orElse(handled.original())));
    }

    /** Relative to the inbox when inside it ({@code 已评分/名称.xlsx}), else as it is. */
    private String shown(Path path) {
      return path.startsWith(folder.inbox())
          ? folder.inbox().relativize(path).toString()
          : path.toString();
    }
  }
}
