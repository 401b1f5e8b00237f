package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.mail.MailService;
import org.scorebook.model.Outcome;
import org.scorebook.model.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands. {@link #run} returns the exit status: 0 every workbook scored, 1 some workbook has
 * errors or could not be read, 2 the command line is wrong.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private MailService mailer;

  public Cli(PrintStream out, PrintStream err) {
    this(out, err, System.getenv());
  }

  /**
   * {@code env}: where mail settings are read from ({@code SCOREBOOK_SMTP_*}); tests pass their
   * own.
   */
  public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
  }

  public int run(String... args) {
    try {
      OptionsParser.Request request = OptionsParser.parse(args);
      return switch (request.command()) {
        case HELP -> help(request.topic());
        case VERSION -> version();
        case PROCESS, VALIDATE -> workbooks(OptionsParser.workbooks(request));
        case TEMPLATE -> new TemplateCommand(out, err).run(OptionsParser.template(request));
        case WATCH -> new WatchCommand(out, err, env).run(OptionsParser.watch(request));
        case SUMMARY -> new SummaryCommand(out, err).run(OptionsParser.summary(request));
        case PANEL -> new PanelCommand(out, err).run(OptionsParser.panel(request));
        case MAIL -> new MailCommand(out, err, env).run(OptionsParser.mail(request));
      };
    } catch (UsageException e) {
      err.println(e.getMessage());
      e.hint().ifPresent(err::println);
      return USAGE;
    }
  }

  private int version() {
    out.println("Scorebook " + Scorebook.version());
    return OK;
  }

  private int workbooks(CommandLineOptions options) throws UsageException {
    Kinds kinds = ReviewRulesOption.kinds(options.rules(), options.json() ? err : out);
    List<Path> files = Inputs.expand(options.paths());
    mailer = options.mail().enabled() ? MailSetup.open(options.mail(), env) : null;
    if (mailer != null) {
      retryOutbox(options.json() ? err : out);
    }
    if (files.isEmpty()) {
      out.println(Text.get("cli.nothingFound"));
      return OK;
    }
    Inputs.OutputNames names = new Inputs.OutputNames();
    List<Callable<Outcome>> jobs = new ArrayList<>();
    for (Path file : files) {
      Path target =
          options.command() == Command.PROCESS && !options.inPlace()
              ? names.outputFor(file, options.out())
              : null;
      jobs.add(() -> runOne(kinds, options, file, target));
    }
    return options.threads() == 1 ? reportEach(jobs, options) : reportParallel(jobs, options);
  }

  private int reportEach(List<Callable<Outcome>> jobs, CommandLineOptions options) {
    int status = OK;
    for (int i = 0; i < jobs.size(); i++) {
      status = Math.max(status, report(i, jobs.size(), call(jobs.get(i)), options));
    }
    return status;
  }

  /** Workbooks scored {@code --threads} at a time, reported in input order. */
  private int reportParallel(List<Callable<Outcome>> jobs, CommandLineOptions options) {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<Outcome>> results = new ArrayList<>();
      jobs.forEach(job -> results.add(pool.submit(() -> call(job))));
      int status = OK;
      for (int i = 0; i < results.size(); i++) {
        status = Math.max(status, report(i, jobs.size(), results.get(i).get(), options));
      }
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PROBLEMS;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Before new mail: what waits in the outbox and is due goes first. */
  private void retryOutbox(PrintStream lines) {
    try {
      MailService.FlushResult result = mailer.flush(false);
      if (result.sent() + result.failed() > 0) {
        lines.println(
            Text.get("mail.flush.result", result.sent(), result.failed(), result.waiting()));
      }
    } catch (IOException e) {
      LOG.warn("cannot read the outbox", e);
    }
  }

  private static Outcome call(Callable<Outcome> job) {
    try {
      return job.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int report(int index, int count, Outcome outcome, CommandLineOptions options) {
    if (!options.json() && count > 1) {
      out.print("[" + (index + 1) + "/" + count + "] ");
    }
    Report.print(outcome, options.json(), out);
    if (mailer != null) {
      PrintStream mailLines = options.json() ? err : out;
      mailer
          .mail(outcome, MailSetup.recipients(outcome, options.mail()))
          .lines()
          .forEach(mailLines::println);
    }
    return outcome.isClean() ? OK : PROBLEMS;
  }

  private static Outcome runOne(Kinds kinds, CommandLineOptions options, Path file, Path target) {
    if (options.command() == Command.VALIDATE) {
      return Scorebook.score(kinds, file);
    }
    if (options.inPlace()) {
      return Scorebook.processInPlace(kinds, file, options.extras());
    }
    return Scorebook.process(kinds, file, target, target, options.extras());
  }

  private int help(Optional<Command> topic) {
    if (topic.isEmpty()) {
      out.println(Text.get("cli.help.overview", Scorebook.version()));
    } else {
      HelpText.print(out, topic.get().helpPrefix, OptionsParser.optionsFor(topic.get()));
    }
    return OK;
  }
}
