package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.scorebook.Outcome;
import org.scorebook.model.Decimals;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.watch.DropFolder;
import org.scorebook.watch.Handled;
import org.scorebook.watch.WatchListener;
import org.scorebook.watch.Watcher;

/**
 * {@code scorebook watch INBOX [--out DIR] [--archive DIR] [--failed DIR] [--interval SECONDS]
 * [--timeout SECONDS] [--min-age SECONDS] [--threads N] [--once]}: the drop-folder service. Exit status with {@code --once}: 0 every file
 * taken was scored, 1 some went to the failed folder; without it the command runs until stopped (Ctrl-C,
 * SIGTERM), finishing the file in hand, and returns 0; 2 for a wrong command line.
 */
final class WatchCommand {
  /** The command line, checked; turned into a {@link DropFolder} before the watcher sees it. */
  record WatchOptions(boolean help, Optional<Path> inbox, Optional<Path> out, Optional<Path> archive,
      Optional<Path> failed, Duration interval, Duration timeout, Duration minimumAge, int threads, boolean once) {

    DropFolder dropFolder() {
      DropFolder folder = DropFolder.at(inbox.orElseThrow()).withInterval(interval).withFileTimeout(timeout)
          .withThreads(threads).withMinimumAge(minimumAge);
      folder = out.map(folder::withOut).orElse(folder);
      folder = archive.map(folder::withArchive).orElse(folder);
      return failed.map(folder::withFailed).orElse(folder);
    }
  }

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final int MAX_THREADS = 16;

  private final PrintStream out;
  private final PrintStream err;

  private final java.util.Map<String, String> env;

  WatchCommand(PrintStream out, PrintStream err) {
    this(out, err, System.getenv());
  }

  WatchCommand(PrintStream out, PrintStream err, java.util.Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** @param args the arguments after the command word */
  int run(String... args) {
    WatchOptions options;
    try {
      options = parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println(Text.get("watch.seeHelp"));
      return Cli.USAGE;
    }
    if (options.help()) {
      return help();
    }
    DropFolder folder = options.dropFolder();
    if (!Files.isDirectory(folder.inbox())) {
      err.println(Text.get("watch.noInbox", folder.inbox()));
      return Cli.USAGE;
    }
    Optional<String> clash = inboxItself(folder);
    if (clash.isPresent()) {
      err.println(Text.get("watch.inboxItself", clash.get()));
      return Cli.USAGE;
    }
    WatchListener listener;
    try {
      listener = withMail(new ConsoleListener(folder), args);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return Cli.USAGE;
    }
    try (Watcher watcher = new Watcher(folder, listener)) {
      return options.once() ? once(watcher) : forever(watcher, folder);
    } catch (IOException e) {
      err.println(Text.get("watch.cannotCreate", folder.inbox(), e.getMessage()));
      return Cli.PROBLEMS;
    }
  }

  /** Issue 5: with {@code --mail}, each handled workbook is mailed and the outbox retried every poll. */
  private WatchListener withMail(WatchListener console, String... args) throws UsageException {
    MailOptions mail;
    try {
      mail = MailSetup.read(DefaultParser.builder().build().parse(options(), args));
    } catch (ParseException e) {
      throw new UsageException(Text.get("cli.badOption", "watch", e.getMessage()));
    }
    return mail.enabled() ? new MailingWatchListener(console, MailSetup.open(mail, env), mail, out) : console;
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

  static WatchOptions parse(String... args) throws UsageException {
    CommandLine line;
    try {
      line = DefaultParser.builder().build().parse(options(), args);
    } catch (ParseException e) {
      throw new UsageException(Text.get("cli.badOption", "watch", e.getMessage()));
    }
    if (line.hasOption("help")) {
      return new WatchOptions(true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          DropFolder.DEFAULT_INTERVAL, DropFolder.DEFAULT_FILE_TIMEOUT, DropFolder.DEFAULT_MINIMUM_AGE, 1, false);
    }
    List<String> paths = line.getArgList();
    if (paths.size() != 1) {
      throw new UsageException(Text.get(paths.isEmpty() ? "watch.needInbox" : "watch.oneInbox"));
    }
    return new WatchOptions(false, Optional.of(path(paths.get(0))), folderOption(line, "out"),
        folderOption(line, "archive"), folderOption(line, "failed"),
        seconds(line, "interval", DropFolder.DEFAULT_INTERVAL), seconds(line, "timeout", DropFolder.DEFAULT_FILE_TIMEOUT),
        seconds(line, "min-age", DropFolder.DEFAULT_MINIMUM_AGE), threads(line), line.hasOption("once"));
  }

  static Options options() {
    Options options = new Options();
    options.addOption(Option.builder("h").longOpt("help").desc(Text.get("cli.opt.help")).build());
    options.addOption(folder("o", "out", "watch.opt.out"));
    options.addOption(folder(null, "archive", "watch.opt.archive"));
    options.addOption(folder(null, "failed", "watch.opt.failed"));
    options.addOption(Option.builder().longOpt("interval").hasArg().argName(Text.get("watch.arg.seconds"))
        .desc(Text.get("watch.opt.interval")).build());
    options.addOption(Option.builder().longOpt("timeout").hasArg().argName(Text.get("watch.arg.seconds"))
        .desc(Text.get("watch.opt.timeout")).build());
    options.addOption(Option.builder().longOpt("min-age").hasArg().argName(Text.get("watch.arg.seconds"))
        .desc(Text.get("watch.opt.minAge")).build());
    options.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N").desc(Text.get("watch.opt.threads")).build());
    options.addOption(Option.builder().longOpt("once").desc(Text.get("watch.opt.once")).build());
    MailSetup.addOptions(options);
    return options;
  }

  private static Option folder(String shortName, String longName, String key) {
    return Option.builder(shortName).longOpt(longName).hasArg().argName(Text.get("cli.arg.dir")).desc(Text.get(key)).build();
  }

  private static Optional<Path> folderOption(CommandLine line, String name) throws UsageException {
    String value = line.getOptionValue(name);
    return value == null ? Optional.empty() : Optional.of(path(value));
  }

  private static Path path(String text) throws UsageException {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageException(Text.get("watch.badPath", text));
    }
  }

  /** A positive number of seconds, fractions allowed ({@code 0.5}), at most a day. */
  private static Duration seconds(CommandLine line, String name, Duration fallback) throws UsageException {
    String value = line.getOptionValue(name);
    if (value == null) {
      return fallback;
    }
    try {
      double seconds = Double.parseDouble(value.trim());
      if (seconds > 0 && seconds <= 86_400) {
        return Duration.ofMillis(Math.round(seconds * 1000));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(Text.get("watch.badSeconds", "--" + name, value));
  }

  /** 1 to 16 workbooks at a time; default 1. */
  private static int threads(CommandLine line) throws UsageException {
    String value = line.getOptionValue("threads");
    if (value == null) {
      return 1;
    }
    try {
      int threads = Integer.parseInt(value.trim());
      if (threads >= 1 && threads <= MAX_THREADS) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(Text.get("watch.badThreads", value, MAX_THREADS));
  }

  private int once(Watcher watcher) {
    whileStoppable(watcher, watcher::drain, () -> out.println(Text.get("watch.summary",
        watcher.archivedCount() + watcher.failedCount(), watcher.archivedCount(), watcher.failedCount())));
    return watcher.failedCount() > 0 ? Cli.PROBLEMS : Cli.OK;
  }

  private int forever(Watcher watcher, DropFolder folder) {
    out.println(Text.get("watch.started", folder.inbox(), Decimals.format2(folder.interval().toMillis() / 1000.0),
        folder.out(), folder.archive(), folder.failed()));
    whileStoppable(watcher, watcher::run,
        () -> out.println(Text.get("watch.stopped", watcher.archivedCount(), watcher.failedCount())));
    return Cli.OK;
  }

  /**
   * Runs the loop with a shutdown hook that stops it gracefully. {@code afterwards} and the watcher's
   * clean-up run before the hook is released: once the hook returns the JVM halts, and what comes after
   * that would be lost.
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
   * Ctrl-C or SIGTERM: stop taking files and wait for the one in hand (up to its time limit). A stop that
   * finished cleanly exits 0, not the 143 of a signal, so a service manager does not count it as a failure.
   */
  private Thread stopOnShutdown(Watcher watcher, CountDownLatch finished) {
    Thread hook = new Thread(() -> {
      err.println(Text.get("watch.stopping"));
      watcher.stop();
      try {
        if (finished.await(watcher.fileTimeout().plus(STOP_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
          out.flush();
          err.flush();
          Runtime.getRuntime().halt(Cli.OK);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "scorebook-watch-stop");
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

  private int help() {
    HelpText.print(out, "watch.help", options());
    return Cli.OK;
  }

  /** One Chinese line per workbook, with the time, as the office's console window shows it. */
  private final class ConsoleListener implements WatchListener {
    private final DropFolder folder;

    ConsoleListener(DropFolder folder) {
      this.folder = folder;
    }

    @Override
    public void handled(Handled handled) {
      String open = OpenInExcel.isOpen(folder.inbox(), handled.name()) ? Text.get("cli.result.openInExcel") : "";
      out.println("[" + LocalTime.now().format(CLOCK) + "] " + line(handled) + open);
    }

    @Override
    public void postponed(String name, String reason) {
      out.println("[" + LocalTime.now().format(CLOCK) + "] " + Text.get("watch.result.postponed", name, reason));
    }

    private String line(Handled handled) {
      Outcome outcome = handled.outcome();
      if (outcome instanceof Outcome.Unreadable unreadable) {
        return Text.get("watch.result.unreadable", handled.name(), unreadable.cause().label(), unreadable.reason(),
            shown(handled.original()));
      }
      Scorecard card = outcome.scorecard().orElseThrow();
      if (!handled.archived()) {
        return Text.get("watch.result.errors", handled.name(), card.errorCount(), card.warningCount(),
            shown(handled.original().getParent()));
      }
      return Text.get("watch.result.scored", handled.name(), Decimals.format2(card.total().orElse(0)),
          card.grade().orElse("-"), card.warningCount(), shown(handled.output().orElse(handled.original())));
    }

    /** Relative to the inbox when inside it ({@code 已评分/名称.xlsx}), else as it is. */
    private String shown(Path path) {
      return path.startsWith(folder.inbox()) ? folder.inbox().relativize(path).toString() : path.toString();
    }
  }
}
