package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.scorebook.Scorebook;
import org.scorebook.department.Collector;
import org.scorebook.department.Consolidation;
import org.scorebook.department.DepartmentReport;
import org.scorebook.department.Entry;
import org.scorebook.department.Problem;
import org.scorebook.department.ResultsWorkbook;
import org.scorebook.department.ReviewResult;
import org.scorebook.files.SafeFiles;
import org.scorebook.files.WriteProblem;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Decimals;
import org.scorebook.model.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code scorebook summary PATH... --out 结果.xlsx [--sort score|name|file] [--threads 1|2]
 * [--report]}: consolidates a department's evaluation workbooks into one results workbook, and with
 * {@code --report} the department's report draft (Word) beside it. Reviewed declarations are
 * counted apart: passed, or to be sent back for any error. Exit status 0 when every workbook was
 * included and no declaration is to be sent back, 1 when any went to 问题清单 or is to be sent back (or
 * the results could not be written), 2 when the command line is wrong.
 */
final class SummaryCommand {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryCommand.class);

  /** Above this many workbooks the progress line is shown even when stderr is not a console. */
  static final int PROGRESS_ABOVE = 20;

  /** Problems listed on the console; the rest are in 问题清单. */
  static final int CONSOLE_PROBLEMS = 20;

  private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

  private final PrintStream out;
  private final PrintStream err;

  SummaryCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A results workbook that would replace an input is a {@link UsageException} (exit 2). */
  int run(SummaryOptions options) throws UsageException {
    try {
      return summarise(options);
    } catch (UsageException e) {
      throw e.withHint(Text.get("department.seeHelp"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(Text.get("department.interrupted"));
      return Cli.PROBLEMS;
    }
  }

  private int summarise(SummaryOptions options) throws UsageException, InterruptedException {
    List<Path> files = inputs(options);
    if (files.isEmpty()) {
      err.println(Text.get("cli.nothingFound"));
      return Cli.USAGE;
    }
    long started = System.nanoTime();
    List<Entry> entries = new Collector(options.threads()).collect(files, progress(files.size()));
    Consolidation consolidation = Consolidation.of(entries, options.sort(), Kinds.ALL.identities());
    try {
      Path parent = options.out().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ResultsWorkbook.write(consolidation, options.title(), options.out());
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write {}", options.out(), e);
      err.println(Text.get("department.cannotWrite", options.out(), WriteProblem.cause(e)));
      return Cli.PROBLEMS;
    }
    LOG.info(
        "summary of {} workbooks: {} projects, {} problems, {} ms, threads={}",
        files.size(),
        consolidation.projects().size(),
        consolidation.problems().size(),
        (System.nanoTime() - started) / 1_000_000,
        options.threads());
    report(consolidation, options.out());
    if (options.report() && !writeReport(consolidation, options)) {
      return Cli.PROBLEMS;
    }
    return consolidation.needsFixing() ? Cli.PROBLEMS : Cli.OK;
  }

  /**
   * The department's report draft beside the results workbook, from the same consolidation; false
   * (and why, on stderr) when it cannot be written.
   */
  private boolean writeReport(Consolidation consolidation, SummaryOptions options) {
    Path target = DepartmentReport.pathFor(options.out());
    ZonedDateTime now = ZonedDateTime.now();
    try {
      SafeFiles.writeAtomically(
          target,
          out ->
              DepartmentReport.write(
                  consolidation, options.title(), Scorebook.version(), now, out));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write {}", target, e);
      err.println(Text.get("department.report.cannotWrite", target, WriteProblem.cause(e)));
      return false;
    }
    out.println(Text.get("department.report.written", target));
    return true;
  }

  /**
   * The workbooks to read: folders as for {@code process}, less the results workbook itself (a
   * second run writing into the same folder). Naming the results workbook as an input is refused,
   * and so is an existing {@code --out} that is not a results workbook Scorebook wrote: it may be
   * someone's evaluation.
   */
  private static List<Path> inputs(SummaryOptions options) throws UsageException {
    for (Path path : options.paths()) {
      if (Files.isRegularFile(path) && sameFile(path, options.out())) {
        throw new UsageException(Text.get("department.outIsInput", path));
      }
    }
    if (Files.exists(options.out()) && !ResultsWorkbook.isResultsWorkbook(options.out())) {
      throw new UsageException(Text.get("department.outNotResults", options.out()));
    }
    List<Path> files = new ArrayList<>();
    for (Path file : Inputs.expand(options.paths())) {
      if (!sameFile(file, options.out())) {
        files.add(file);
      }
    }
    return files;
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code \r已处理 120/2000} on stderr, at most five times a second, for a console or a long run. */
  private IntConsumer progress(int total) {
    if (System.console() == null && total <= PROGRESS_ABOVE) {
      return done -> {};
    }
    long[] last = {System.nanoTime() - PROGRESS_EVERY_NANOS};
    return done -> {
      long now = System.nanoTime();
      if (done == total || now - last[0] >= PROGRESS_EVERY_NANOS) {
        last[0] = now;
        err.print("\r" + Text.get("department.progress", done, total));
        if (done == total) {
          err.println();
        }
        err.flush();
      }
    };
  }

  private void report(Consolidation consolidation, Path target) {
    if (!consolidation.reviews().isEmpty()) {
      reportReviews(consolidation, target);
    }
    if (consolidation.projects().isEmpty() && consolidation.reviews().isEmpty()) {
      out.println(Text.get("department.doneNone", target));
    } else if (!consolidation.projects().isEmpty()) {
      out.println(
          Text.get(
              "department.done",
              consolidation.projects().size(),
              Decimals.format2(consolidation.meanScore().orElse(0)),
              target));
    }
    reportProblems(consolidation);
  }

  /** 「已汇总 20 个项目：17 个审核通过，3 个需退回修改」, then the projects to send back. */
  private void reportReviews(Consolidation consolidation, Path target) {
    List<ReviewResult> back = consolidation.sentBack();
    int reviewed = consolidation.reviews().size();
    out.println(
        Text.get("department.review.done", reviewed, reviewed - back.size(), back.size(), target));
    if (back.isEmpty()) {
      return;
    }
    out.println(Text.get("department.review.sendBack"));
    for (ReviewResult review : back.subList(0, Math.min(CONSOLE_PROBLEMS, back.size()))) {
      out.println(
          "  "
              + Text.get(
                  "department.review.sendBackLine",
                  review.source(),
                  review.errors(),
                  review.grade()));
    }
    if (back.size() > CONSOLE_PROBLEMS) {
      out.println(
          "  " + Text.get("department.review.sendBackMore", back.size() - CONSOLE_PROBLEMS));
    }
  }

  private void reportProblems(Consolidation consolidation) {
    List<Problem> problems = consolidation.problems();
    if (problems.isEmpty()) {
      return;
    }
    out.println(
        Text.get(
            consolidation.hasSeveralProjectWorkbooks()
                ? "department.problemEntries"
                : "department.problems",
            problems.size()));
    for (Problem problem : problems.subList(0, Math.min(CONSOLE_PROBLEMS, problems.size()))) {
      String first = problem.messages().isEmpty() ? "" : problem.messages().get(0);
      String why =
          switch (problem.kind()) {
            case ERRORS ->
                Text.get(
                    "department.problemErrors", problem.source(), problem.errors().getAsLong());
            case DUPLICATE -> Text.get("department.problemDuplicate", problem.source(), first);
            default ->
                Text.get("cli.result.unreadable", problem.file(), problem.kind().label(), first);
          };
      out.println("  " + why);
    }
    if (problems.size() > CONSOLE_PROBLEMS) {
      out.println("  " + Text.get("department.problemsMore", problems.size() - CONSOLE_PROBLEMS));
    }
  }
}
