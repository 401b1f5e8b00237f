package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.scorebook.Outcome;
import org.scorebook.Scorebook;
import org.scorebook.model.Text;
import org.scorebook.write.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One claimed workbook from start to commit. Scoring runs on a worker thread with a time limit and
 * writes into this claim's staging folder; finished outputs are renamed into place (replacing this
 * input's own output from an interrupted run), and moving the original out of the work folder comes
 * last. Killed at any step, the claim is still in the work folder and is simply processed again.
 */
final class FileJob {
  private static final Logger LOG = LoggerFactory.getLogger(FileJob.class);

  private final DropFolder folder;
  private final Disposition disposition;
  private final ExecutorService workers;

  FileJob(DropFolder folder, Disposition disposition, ExecutorService workers) {
    this.folder = folder;
    this.disposition = disposition;
    this.workers = workers;
  }

  /** Work done just before the commit point, with the original still claimed. */
  @FunctionalInterface
  interface BeforeCommit {
    void accept(Handled scored) throws IOException;
  }

  /**
   * Processes and commits {@code claim}; {@code beforeCommit} runs when the outputs are in place.
   *
   * @throws IOException when an output or the original cannot be moved into place: the claim stays in
   *     the work folder and is tried again on a later poll
   */
  Handled run(Claim claim, String droppedName, BeforeCommit beforeCommit) throws IOException {
    long started = System.nanoTime();
    Path staging = stagingFor(claim);
    Path input = stagedInput(claim, staging);
    Path staged = Files.createDirectories(staging.resolve("out")).resolve(claim.finalName());
    Outcome outcome = scoreWithin(input, staged);
    Optional<Path> output;
    boolean archived = outcome.isClean();
    if (archived) {
      output = Optional.of(placeOutput(staged, disposition.scoredCopy(claim)));
    } else {
      output = Files.exists(staged) ? Optional.of(placeOutput(staged, disposition.annotatedCopy(claim))) : Optional.empty();
      writeReason(claim, droppedName, outcome, output, staging);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    beforeCommit.accept(new Handled(droppedName, outcome, archived, claim.file(), output, millis));
    Path original = disposition.commit(claim, archived);
    deleteQuietly(staging);
    return new Handled(droppedName, outcome, archived, original, output, millis);
  }

  /** {@code work/.staging/<owner>/<claim time>/}: private to this claim, removed when it is done. */
  private Path stagingFor(Claim claim) throws IOException {
    Path staging = folder.staging().resolve(claim.owner().prefix()).resolve(Long.toString(claim.claimedAt()));
    deleteQuietly(staging);
    return Files.createDirectories(staging);
  }

  /** The claimed file under its reserved name, so the summary sheet names the file the evaluator knows. */
  private static Path stagedInput(Claim claim, Path staging) throws IOException {
    Path input = staging.resolve(claim.finalName());
    try {
      Files.createLink(input, claim.file());
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(claim.file(), input, StandardCopyOption.REPLACE_EXISTING);
    }
    return input;
  }

  private Outcome scoreWithin(Path input, Path staged) {
    Future<Outcome> scoring = workers.submit(() -> Scorebook.process(input, staged));
    long seconds = folder.fileTimeout().toSeconds();
    try {
      return scoring.get(folder.fileTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      scoring.cancel(false); // not interrupted: an interrupt inside a class initialiser (POI, log4j) poisons that class for the process
      LOG.warn("{}: gave up after {} s", input.getFileName(), seconds);
      return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(Text.get("watch.timeout", seconds)));
    } catch (ExecutionException e) {
      LOG.error("{}: unexpected failure", input.getFileName(), e.getCause());
      return new Outcome(input, Optional.empty(), Optional.empty(),
          Optional.of(Text.get("process.unexpected", e.getCause().getClass().getSimpleName())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      scoring.cancel(false);
      return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(Text.get("watch.interrupted")));
    }
  }

  private static Path placeOutput(Path staged, Path target) throws IOException {
    Disposition.place(staged, target);
    return target;
  }

  private void writeReason(Claim claim, String droppedName, Outcome outcome, Optional<Path> annotated, Path staging)
      throws IOException {
    String annotatedName = annotated.map(p -> p.getFileName().toString()).orElse("");
    byte[] text = ReasonFile.contents(droppedName, outcome, annotatedName);
    Path staged = staging.resolve("reason.txt");
    SafeFiles.writeAtomically(staged, out -> out.write(text));
    Disposition.place(staged, disposition.reasonFile(claim));
  }

  /** Removes a staging folder and what is in it; what cannot be removed now is swept later. */
  static void deleteQuietly(Path tree) {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          LOG.debug("cannot delete {}: {}", p, e.toString());
        }
      });
    } catch (IOException e) {
      LOG.debug("cannot clean {}: {}", tree, e.toString());
    }
  }
}
