package org.scorebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scorebook.files.SafeFiles;
import org.scorebook.files.WriteProblem;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workbook through the pipeline: read → score and validate → write. {@link #score} stops after
 * scoring, and reads without POI's object model where it can; {@link #process} writes the annotated
 * workbook too. Whatever goes wrong with one file becomes its {@link Outcome}; nothing here throws
 * for a bad workbook.
 */
public final class Scorebook {
  private static final Logger LOG = LoggerFactory.getLogger(Scorebook.class);
  private static final String VERSION = loadVersion();
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  /**
   * Set to {@code poi} to write every workbook through POI's model, as before the part-by-part save
   * existed: for comparing the two, and as a way out should an output ever look wrong.
   */
  public static final String SAVE_PROPERTY = "scorebook.save";

  private Scorebook() {}

  public static String version() {
    return VERSION;
  }

  /**
   * Reads and scores {@code input}; writes nothing, so the workbook is only read (an .xlsx by
   * streaming its cells, see {@link WorkbookReader#read(Path)}).
   */
  public static Outcome score(Path input) {
    return score(Kinds.ALL, input);
  }

  /** As {@link #score(Path)}, reading and scoring with {@code kinds}. */
  public static Outcome score(Kinds kinds, Path input) {
    long started = System.nanoTime();
    try {
      List<Scorecard> cards = scored(kinds, WorkbookReader.readAll(input, kinds.readers()));
      log(input, cards, started);
      return Outcome.of(input, projects(cards), List.of());
    } catch (UnreadableWorkbookException e) {
      return unreadable(input, e);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return unexpected(input, e);
    }
  }

  /**
   * Scores {@code input} and writes the annotated copy to {@code output}; the input is not touched.
   */
  public static Outcome process(Path input, Path output) {
    return process(input, output, output);
  }

  /**
   * As {@link #process(Path, Path)}, writing to a staging file {@code output} that is renamed to
   * {@code shownAs} afterwards: a write failure names {@code shownAs}, the file the user will look
   * for.
   */
  public static Outcome process(Path input, Path output, Path shownAs) {
    return process(input, output, shownAs, Set.of());
  }

  /**
   * As {@link #process(Path, Path, Path)}, writing the {@code extras} asked for beside the workbook
   * ({@link Outcome.OutputKind#REPORT}: {@code 名称.评价报告.docx}); a workbook with errors gets no
   * report, and its outcome says why.
   */
  public static Outcome process(
      Path input, Path output, Path shownAs, Set<Outcome.OutputKind> extras) {
    return process(Kinds.ALL, input, output, shownAs, extras);
  }

  /**
   * As {@link #process(Path, Path, Path, Set)}, reading, scoring and reporting with {@code kinds}
   * instead of {@link Kinds#ALL} (a list with a kind added).
   */
  public static Outcome process(
      Kinds kinds, Path input, Path output, Path shownAs, Set<Outcome.OutputKind> extras) {
    return run(
        kinds,
        input,
        (opened, cards) -> write(kinds, input, opened, cards, output, shownAs, false, extras));
  }

  /**
   * Scores {@code input} and replaces it with the annotated copy, keeping the original in a new
   * backup beside it.
   */
  public static Outcome processInPlace(Path input) {
    return processInPlace(input, Set.of());
  }

  /** As {@link #processInPlace(Path)}, with the {@code extras} beside the input. */
  public static Outcome processInPlace(Path input, Set<Outcome.OutputKind> extras) {
    return processInPlace(Kinds.ALL, input, extras);
  }

  /** As {@link #processInPlace(Path, Set)}, reading, scoring and reporting with {@code kinds}. */
  public static Outcome processInPlace(Kinds kinds, Path input, Set<Outcome.OutputKind> extras) {
    return run(
        kinds,
        input,
        (opened, cards) -> write(kinds, input, opened, cards, input, input, true, extras));
  }

  /** What is done with a workbook once it is read and scored. */
  @FunctionalInterface
  private interface Then {
    Outcome apply(OpenedWorkbook opened, List<Scorecard> cards);
  }

  private static Outcome run(Kinds kinds, Path input, Then then) {
    long started = System.nanoTime();
    try (OpenedWorkbook opened = WorkbookReader.load(input, kinds.readers())) {
      List<Scorecard> cards = scored(kinds, opened.evaluations());
      Outcome outcome = then.apply(opened, cards);
      log(input, cards, started);
      return outcome;
    } catch (UnreadableWorkbookException e) {
      return unreadable(input, e);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return unexpected(input, e);
    }
  }

  private static Outcome unreadable(Path input, UnreadableWorkbookException e) {
    LOG.info("{}: unreadable: {}", input, e.getMessage(), e.getCause());
    Outcome.Cause cause = e.noIndicators() ? Outcome.Cause.NO_INDICATORS : Outcome.Cause.DAMAGED;
    return new Outcome.Unreadable(input, cause, e.getMessage());
  }

  private static Outcome unexpected(Path input, Throwable e) {
    LOG.error("{}: unexpected failure", input, e);
    return new Outcome.Unreadable(
        input,
        Outcome.Cause.NOT_FINISHED,
        Text.get("process.unexpected", e.getClass().getSimpleName()));
  }

  private static Outcome write(
      Kinds kinds,
      Path input,
      OpenedWorkbook opened,
      List<Scorecard> cards,
      Path output,
      Path shownAs,
      boolean inPlace,
      Set<Outcome.OutputKind> extras) {
    try {
      Path folder = Files.createDirectories(output.toAbsolutePath().getParent());
      sweepOnce(folder);
      Optional<Path> backup = inPlace ? Optional.of(SafeFiles.backupCopy(input)) : Optional.empty();
      ZonedDateTime now = ZonedDateTime.now();
      writeWorkbook(opened, cards, output, now);
      List<Outcome.Output> outputs = new ArrayList<>();
      outputs.add(new Outcome.Output(Outcome.OutputKind.WORKBOOK, output));
      List<Outcome.Omitted> omitted = new ArrayList<>();
      if (extras.contains(Outcome.OutputKind.REPORT)) {
        new ProjectReports(kinds, output, shownAs, VERSION, now).write(cards, outputs, omitted);
      }
      backup.ifPresent(made -> SafeFiles.pruneBackups(input, made));
      return Outcome.of(input, projects(cards), outputs, omitted);
    } catch (UnreadableWorkbookException e) {
      return unreadable(input, e);
    } catch (ProjectReports.NotWritten e) {
      LOG.warn("{}: cannot write {}", input, e.report, e.getCause());
      return new Outcome.NotWritten(
          input, projects(cards), WriteProblem.describe(e.report, (IOException) e.getCause()));
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("{}: cannot write {}", input, output, e);
      return new Outcome.NotWritten(input, projects(cards), WriteProblem.describe(shownAs, e));
    }
  }

  /** Each project scored, or reviewed, as its kind does it. */
  private static List<Scorecard> scored(Kinds kinds, List<Evaluation> evaluations) {
    return evaluations.stream().map(kinds::score).toList();
  }

  /** The projects of a workbook, each named by the sheet its indicators were read from. */
  private static List<Outcome.Project> projects(List<Scorecard> cards) {
    return cards.stream().map(Outcome.Project::of).toList();
  }

  /**
   * Writes the annotated workbook: an .xlsx by rewriting only the parts that change where it can,
   * through POI's model otherwise (an .xls, a form, a formula the results feed).
   */
  private static void writeWorkbook(
      OpenedWorkbook opened, List<Scorecard> cards, Path output, ZonedDateTime now)
      throws IOException, UnreadableWorkbookException {
    Optional<byte[]> original = opened.original();
    if (original.isPresent()
        && !"poi".equals(System.getProperty(SAVE_PROPERTY))
        && writeParts(opened, cards, output, now)) {
      return;
    }
    WorkbookWriter.write(opened.workbook(), original, cards, output, VERSION, now);
  }

  /** Saves part by part, taking the parts from the index the workbook was read through. */
  private static boolean writeParts(
      OpenedWorkbook opened, List<Scorecard> cards, Path output, ZonedDateTime now)
      throws IOException {
    Optional<PackageIndex> index = opened.packageIndex();
    return index.isPresent()
        ? WorkbookWriter.writeParts(index.get(), cards, output, VERSION, now)
        : WorkbookWriter.writeParts(opened.original().orElseThrow(), cards, output, VERSION, now);
  }

  /**
   * The first write into a folder in this process removes the temporary files a killed run left
   * there.
   */
  private static void sweepOnce(Path folder) {
    if (SWEPT.add(folder)) {
      SafeFiles.sweepTemps(folder, Instant.now());
    }
  }

  private static void log(Path input, List<Scorecard> cards, long started) {
    cards.forEach(card -> log(input, card, started));
  }

  private static void log(Path input, Scorecard card, long started) {
    LOG.info(
        "{} project={} total={} grade={} errors={} warnings={} ms={}",
        input,
        card.projectName(),
        card.total().isPresent() ? card.total().getAsDouble() : "-",
        card.grade().orElse("-"),
        card.errorCount(),
        card.warningCount(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static String loadVersion() {
    try (InputStream in =
        Scorebook.class.getResourceAsStream("/org/scorebook/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
