package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.scorebook.Scorebook;
import org.scorebook.files.SafeFiles;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;
import org.scorebook.model.Text;
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
  private final Scoring scorer;

  /** Scores a staged input into a staged output, naming {@code shownAs} in a write failure. */
  @FunctionalInterface
  interface Scoring {
    Scoring SCOREBOOK = Scorebook::process;

    Outcome score(Path input, Path staged, Path shownAs);

    /** Scorebook's own, writing {@code extras} beside the staged workbook. */
    static Scoring with(Set<Outcome.OutputKind> extras) {
      Set<Outcome.OutputKind> asked = Set.copyOf(extras);
      return (input, staged, shownAs) -> Scorebook.process(input, staged, shownAs, asked);
    }

    /** Scorebook's own with {@code kinds}, writing {@code extras} beside the staged workbook. */
    static Scoring with(Kinds kinds, Set<Outcome.OutputKind> extras) {
      Set<Outcome.OutputKind> asked = Set.copyOf(extras);
      return (input, staged, shownAs) -> Scorebook.process(kinds, input, staged, shownAs, asked);
    }
  }

  FileJob(DropFolder folder, Disposition disposition, ExecutorService workers, Scoring scorer) {
    this.folder = folder;
    this.disposition = disposition;
    this.workers = workers;
    this.scorer = scorer;
  }

  /** Work done just before the commit point, with the original still claimed. */
  @FunctionalInterface
  interface BeforeCommit {
    void accept(Handled scored) throws IOException;
  }

  /**
   * Processes and commits {@code claim}; {@code beforeCommit} runs when the outputs are in place.
   * The staging folder is removed whatever happens.
   *
   * @throws IOException when an output cannot be written (no space, read-only, permission) or the
   *     original cannot be moved into place: the claim stays in the work folder and is tried again
   *     on a later poll; when the file changed after it was claimed (a copy still going on), it is
   *     put back into the inbox first
   */
  Handled run(Claim claim, String droppedName, BeforeCommit beforeCommit) throws IOException {
    long started = System.nanoTime();
    Optional<Stability.Seen> claimed = Stability.look(claim.file());
    Path staging = stagingFor(claim);
    try {
      Path input = stagedInput(claim, staging);
      Path staged = Files.createDirectories(staging.resolve("out")).resolve(claim.finalName());
      Outcome outcome = scoreWithin(input, staged, disposition.scoredCopy(claim));
      putBackIfChanged(claim, droppedName, claimed);
      if (outcome instanceof Outcome.NotWritten notWritten) {
        throw new IOException(notWritten.reason());
      }
      return commit(claim, droppedName, outcome, staged, staging, started, beforeCommit);
    } finally {
      deleteQuietly(staging);
    }
  }

  private Handled commit(
      Claim claim,
      String droppedName,
      Outcome outcome,
      Path staged,
      Path staging,
      long started,
      BeforeCommit beforeCommit)
      throws IOException {
    boolean archived = outcome.isClean();
    Optional<Path> output;
    if (archived) {
      output = Optional.of(placeOutput(staged, disposition.scoredCopy(claim)));
    } else {
      output =
          Files.exists(staged)
              ? Optional.of(placeOutput(staged, disposition.annotatedCopy(claim)))
              : Optional.empty();
    }
    outcome = placeReports(outcome, staged.getParent(), disposition.destination(archived));
    if (!archived) {
      writeReason(claim, droppedName, outcome, output, staging);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    beforeCommit.accept(new Handled(droppedName, outcome, archived, claim.file(), output, millis));
    Path original = disposition.commit(claim, archived);
    return new Handled(droppedName, outcome, archived, original, output, millis);
  }

  /**
   * A file still being written after the claim (a copy that paused) goes back to the inbox, not to
   * 待修改.
   */
  private void putBackIfChanged(Claim claim, String droppedName, Optional<Stability.Seen> claimed)
      throws IOException {
    if (Stability.look(claim.file()).equals(claimed)) {
      return;
    }
    LOG.info(
        "{} changed after it was claimed; putting it back into {}", droppedName, folder.inbox());
    disposition.putBack(claim, droppedName);
    throw new IOException(Text.get("watch.changedAfterClaim"));
  }

  /**
   * {@code work/.staging/<owner>/<claim time>/}: private to this claim, removed when it is done.
   */
  private Path stagingFor(Claim claim) throws IOException {
    Path staging =
        folder.staging().resolve(claim.owner().prefix()).resolve(Long.toString(claim.claimedAt()));
    deleteQuietly(staging);
    return Files.createDirectories(staging);
  }

  /**
   * The claimed file under its reserved name, so the score sheet (评分汇总) names the file the
   * evaluator knows.
   */
  private static Path stagedInput(Claim claim, Path staging) throws IOException {
    Path input = staging.resolve(claim.finalName());
    try {
      Files.createLink(input, claim.file());
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(claim.file(), input, StandardCopyOption.REPLACE_EXISTING);
    }
    return input;
  }

  private Outcome scoreWithin(Path input, Path staged, Path shownAs) {
    Future<Outcome> scoring = workers.submit(() -> scorer.score(input, staged, shownAs));
    long seconds = folder.fileTimeout().toSeconds();
    try {
      return scoring.get(folder.fileTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      scoring.cancel(
          false); // not interrupted: an interrupt inside a class initialiser (POI, log4j) poisons
      // that class for the process
      LOG.warn("{}: gave up after {} s", input.getFileName(), seconds);
      return notFinished(input, Text.get("watch.timeout", seconds));
    } catch (ExecutionException e) {
      LOG.error("{}: unexpected failure", input.getFileName(), e.getCause());
      return notFinished(
          input, Text.get("process.unexpected", e.getCause().getClass().getSimpleName()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      scoring.cancel(false);
      return notFinished(input, Text.get("watch.interrupted"));
    }
  }

  private static Outcome notFinished(Path input, String reason) {
    return new Outcome.Unreadable(input, Outcome.Cause.NOT_FINISHED, reason);
  }

  /**
   * Moves every staged report into {@code destination}, where it stands to the staged workbook as
   * it stood in staging: {@code 名称.评价报告.docx} beside it, or the folder {@code 名称.评价报告/} with one
   * document per project, placed whole. The outcome names the reports where they now are.
   */
  private static Outcome placeReports(Outcome outcome, Path stagedOut, Path destination)
      throws IOException {
    List<Outcome.Output> placed = new ArrayList<>();
    Set<Path> moved = new HashSet<>();
    for (Outcome.Output output : outcome.outputs()) {
      if (output.kind() != Outcome.OutputKind.REPORT || !output.path().startsWith(stagedOut)) {
        placed.add(output);
        continue;
      }
      Path relative = stagedOut.relativize(output.path());
      Path top = relative.getName(0);
      if (moved.add(top)) {
        if (relative.getNameCount() == 1) {
          Disposition.place(output.path(), destination.resolve(top));
        } else {
          Disposition.placeFolder(stagedOut.resolve(top), destination.resolve(top));
        }
      }
      placed.add(new Outcome.Output(output.kind(), destination.resolve(relative), output.sheet()));
    }
    return moved.isEmpty() ? outcome : outcome.withOutputs(placed);
  }

  private static Path placeOutput(Path staged, Path target) throws IOException {
    Disposition.place(staged, target);
    return target;
  }

  private void writeReason(
      Claim claim, String droppedName, Outcome outcome, Optional<Path> annotated, Path staging)
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
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
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
