package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.scorebook.files.FileNames;
import org.scorebook.files.SafeFiles;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Decimals;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling loop over one drop folder. Each poll finishes claims left unfinished (by a process
 * that died, or its own that could not be committed), then takes the inbox files that are whole,
 * one at a time. {@link #stop()} lets the current file finish and ends the loop. Several watchers,
 * in one process or many, on one machine or several, may share an inbox.
 */
public final class Watcher implements AutoCloseable {
  /** Between the two looks of {@link #drain()}: long enough to see a copy in progress grow. */
  public static final Duration ONCE_GAP = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

  private final DropFolder folder;
  private final WatchListener listener;
  private final Claims claims;
  private final FileJob job;
  private final ExecutorService workers;

  /** How long closing waits for a workbook abandoned past its time limit. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final ExecutorService jobs;
  private final Stability stability;
  private final PanelFolders panels;
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final AtomicInteger archived = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  public Watcher(DropFolder folder, WatchListener listener) throws IOException {
    this(folder, listener, Set.of());
  }

  /**
   * Writing the {@code extras} asked for beside each scored workbook (the evaluation report); a
   * workbook with errors gets none.
   */
  public Watcher(DropFolder folder, WatchListener listener, Set<Outcome.OutputKind> extras)
      throws IOException {
    this(
        folder,
        listener,
        extras.isEmpty() ? FileJob.Scoring.SCOREBOOK : FileJob.Scoring.with(extras),
        Clock.systemUTC());
  }

  /**
   * As {@link #Watcher(DropFolder, WatchListener, Set)}, reading and scoring with {@code kinds}.
   */
  public Watcher(
      DropFolder folder, WatchListener listener, Set<Outcome.OutputKind> extras, Kinds kinds)
      throws IOException {
    this(folder, listener, FileJob.Scoring.with(kinds, extras), Clock.systemUTC());
  }

  /**
   * With the scoring step and the clock given: tests steer its output somewhere that cannot be
   * written.
   */
  Watcher(DropFolder folder, WatchListener listener, FileJob.Scoring scoring, Clock clock)
      throws IOException {
    this.folder = folder;
    this.stability = new Stability(clock, folder.minimumAge());
    this.listener = listener;
    folder.createFolders();
    Owner owner = Owner.fresh();
    Disposition disposition = new Disposition(folder);
    this.claims = new Claims(folder, owner, disposition);
    this.workers =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "scorebook-watch-" + owner.tag());
              thread.setDaemon(
                  true); // a workbook stuck past its time limit must not keep the process alive
              return thread;
            });
    this.jobs =
        Executors.newFixedThreadPool(
            folder.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "scorebook-job-" + owner.tag());
              thread.setDaemon(true);
              return thread;
            });
    this.job = new FileJob(folder, disposition, workers, scoring);
    this.panels = new PanelFolders(folder, owner, clock, listener);
    sweepTemps(clock);
  }

  /**
   * Temporary files a killed process left in the destination folders (copies across file systems).
   */
  private void sweepTemps(Clock clock) {
    for (Path destination : List.of(folder.out(), folder.archive(), folder.failed())) {
      SafeFiles.sweepTemps(destination, clock.instant());
    }
  }

  /** Polls until {@link #stop()}; the file in hand is finished first. */
  public void run() {
    LOG.info(
        "watching {} every {} ms as {}",
        folder.inbox(),
        folder.interval().toMillis(),
        claims.owner().prefix());
    while (!isStopped()) {
      try {
        poll();
      } catch (RuntimeException e) {
        LOG.error(
            "poll of {} failed; trying again in {} ms",
            folder.inbox(),
            folder.interval().toMillis(),
            e);
      }
      pause(folder.interval());
    }
    LOG.info("stopped watching {}", folder.inbox());
  }

  /**
   * {@code --once}: takes what is in the inbox and returns. A file counts as whole when it is
   * unchanged across two looks {@link #ONCE_GAP} apart and old enough (see {@link Stability});
   * looks repeat while files keep being taken, new ones appear or unchanged ones are still too
   * young, and a file still growing is left for the next run.
   */
  public void drain() {
    poll();
    while (!isStopped()) {
      pause(ONCE_GAP);
      int taken = poll();
      if (taken == 0 && stability.fresh() == 0 && stability.young() == 0 && panels.settled()) {
        return;
      }
    }
  }

  /** One look at the folders; returns how many files were finished. Returns when they all are. */
  public int poll() {
    if (!foldersExist()) {
      return 0;
    }
    int finished =
        recover()
            + finishEach(
                stability.observe(listInbox()),
                this::claimFromInbox,
                (file, claim) -> FileNames.shown(file))
            + panels.poll();
    listener.polled();
    return finished;
  }

  /** Asks the loop to end after the current file; returns at once. */
  public void stop() {
    stopSignal.countDown();
  }

  public boolean isStopped() {
    return stopSignal.getCount() == 0;
  }

  /** The longest the file in hand may still take: how long a graceful stop may wait. */
  public Duration fileTimeout() {
    return folder.fileTimeout();
  }

  /** Originals moved to the archive so far. */
  public int archivedCount() {
    return archived.get();
  }

  /** Panel sub-folders combined and archived so far. */
  public int panelsCombined() {
    return panels.combined();
  }

  /** Panel sub-folders that could not be combined, moved to the failed folder so far. */
  public int panelsFailed() {
    return panels.failed();
  }

  /** Originals moved to the failed folder so far. */
  public int failedCount() {
    return failed.get();
  }

  /**
   * Stops, gives a workbook still being written past its time limit a few seconds to finish, so
   * that it does not write into a staging folder already removed, then abandons it and removes this
   * watcher's staging folder.
   */
  @Override
  public void close() {
    stop();
    jobs.shutdown();
    workers.shutdown(); // no interrupt (see FileJob); a stuck worker is a daemon thread
    try {
      workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    FileJob.deleteQuietly(folder.staging().resolve(claims.owner().prefix()));
  }

  private int recover() {
    sweepStaging();
    return finishEach(claims.abandoned(), claims::takeOver, (old, mine) -> mine.finalName());
  }

  private Optional<Claim> claimFromInbox(Path file) {
    Optional<Claim> claim = claims.claim(file);
    claim.ifPresent(taken -> stability.forget(file));
    return claim;
  }

  /**
   * Claims each item in turn and finishes what it got, at most {@code --threads} at a time, until
   * asked to stop; an item another process took first is skipped.
   *
   * @param originalName the name the original had in the inbox, for the report
   * @return how many were finished
   */
  private <T> int finishEach(
      List<T> items,
      Function<T, Optional<Claim>> claim,
      BiFunction<T, Claim, String> originalName) {
    Batch batch = new Batch(jobs, folder.threads());
    for (T item : items) {
      batch.acquire();
      if (isStopped()) {
        batch.release();
        break;
      }
      Optional<Claim> taken = claim.apply(item);
      if (taken.isPresent()) {
        String name = originalName.apply(item, taken.get());
        batch.start(() -> finish(taken.get(), name));
      } else {
        batch.release();
      }
    }
    return batch.await();
  }

  private boolean finish(Claim claim, String droppedName) {
    listener.claimed(droppedName);
    try {
      Handled handled =
          job.run(
              claim,
              droppedName,
              scored -> {
                log(scored); // before the commit: every file that leaves the work folder has its
                // line
                listener.scored(scored);
              });
      (handled.archived() ? archived : failed).incrementAndGet();
      listener.handled(handled);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "{}: cannot finish now; the claim stays in {} and is retried",
          droppedName,
          folder.work(),
          e);
      listener.postponed(droppedName, String.valueOf(e.getMessage()));
      return false;
    }
  }

  /**
   * The share may have gone away, or someone deleted a folder: recreate them, or skip this poll.
   */
  private boolean foldersExist() {
    try {
      folder.createFolders();
      return true;
    } catch (IOException e) {
      LOG.warn("cannot reach the folders of {}: {}", folder.inbox(), e.toString());
      return false;
    }
  }

  private List<Path> listInbox() {
    try (Stream<Path> files = Files.list(folder.inbox())) {
      return files.filter(WorkbookNames::isSubmission).sorted().toList();
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", folder.inbox(), e.toString());
      return List.of();
    }
  }

  /**
   * Removes what a kill -9 mid-write leaves in staging: the whole folder of an owner that died on
   * this machine, and any owner's claim folders older than the claim timeout (named by claim time;
   * such a claim was committed or abandoned long ago, e.g. by a process on another machine).
   */
  private void sweepStaging() {
    long cutoff = System.currentTimeMillis() - folder.claimTimeout().toMillis();
    for (Path owner : list(folder.staging())) {
      if (Owner.parse(owner.getFileName().toString()).map(Owner::isDeadHere).orElse(false)) {
        FileJob.deleteQuietly(owner);
        continue;
      }
      list(owner).stream()
          .filter(claim -> claimedBefore(claim, cutoff))
          .forEach(FileJob::deleteQuietly);
    }
  }

  private static boolean claimedBefore(Path claimFolder, long cutoff) {
    try {
      return Long.parseLong(claimFolder.getFileName().toString()) < cutoff;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).toList();
    } catch (IOException e) {
      LOG.debug("cannot list {}: {}", dir, e.toString());
      return List.of();
    }
  }

  private void pause(Duration time) {
    try {
      stopSignal.await(time.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
  }

  /** One line per project of the workbook handled; one line for a workbook not read. */
  private static void log(Handled handled) {
    Outcome outcome = handled.outcome();
    Object result =
        handled.archived()
            ? "archived"
            : outcome instanceof Outcome.Unreadable u ? u.cause() : "errors";
    List<Optional<Scorecard>> cards =
        outcome.projects().isEmpty()
            ? List.of(Optional.empty())
            : outcome.projects().stream().map(p -> Optional.of(p.card())).toList();
    for (Optional<Scorecard> card : cards) {
      LOG.info(
          "watch file={} project={} total={} grade={} result={} ms={}",
          handled.name(),
          card.map(Scorecard::projectName).orElse("-"),
          card.filter(c -> c.total().isPresent())
              .map(c -> Decimals.format2(c.total().getAsDouble()))
              .orElse("-"),
          card.flatMap(Scorecard::grade).orElse("-"),
          result,
          handled.millis());
    }
  }
}
