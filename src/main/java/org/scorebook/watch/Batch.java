package org.scorebook.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims of one poll being finished, at most {@code threads} at a time. A slot is taken before
 * a file is claimed, so a watcher never holds a claim it is not working on (another process may
 * take the file meanwhile, and a stop leaves it in the inbox).
 */
final class Batch {
  private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

  private final ExecutorService jobs;
  private final Semaphore slots;
  private final List<Future<Boolean>> running = new ArrayList<>();

  Batch(ExecutorService jobs, int threads) {
    this.jobs = jobs;
    this.slots = new Semaphore(threads);
  }

  /** Waits for a free slot. */
  void acquire() {
    slots.acquireUninterruptibly();
  }

  /** Gives back a slot that was not used (the claim failed, or the watcher is stopping). */
  void release() {
    slots.release();
  }

  /** Runs {@code job} in the slot taken by {@link #acquire()}, releasing it when done. */
  void start(BooleanSupplier job) {
    running.add(
        jobs.submit(
            () -> {
              try {
                return job.getAsBoolean();
              } finally {
                slots.release();
              }
            }));
  }

  /** Waits for every job; returns how many finished their file. */
  int await() {
    int done = 0;
    for (Future<Boolean> job : running) {
      try {
        done += job.get() ? 1 : 0;
      } catch (ExecutionException e) {
        LOG.error("a watch job failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.warn("interrupted waiting for the files in hand");
        break;
      }
    }
    running.clear();
    return done;
  }
}
