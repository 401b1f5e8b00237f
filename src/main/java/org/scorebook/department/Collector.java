package org.scorebook.department;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;

/**
 * Reads and scores every workbook, one or a few at a time, keeping only an {@link Entry} per
 * project (or per workbook that could not be read). The entries come back in input order, a
 * workbook's projects in its own order, whatever the number of threads.
 */
public final class Collector {
  private final Function<Path, Outcome> scorer;
  private final int threads;

  /** Scores with {@link Scorebook#score}, which reads and scores without writing. */
  public Collector(int threads) {
    this(Scorebook::score, threads);
  }

  Collector(Function<Path, Outcome> scorer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.scorer = scorer;
    this.threads = threads;
  }

  /**
   * @param done told the number of workbooks finished so far after each one, on the calling thread
   */
  public List<Entry> collect(List<Path> files, IntConsumer done) throws InterruptedException {
    if (threads == 1 || files.size() < 2) {
      List<Entry> entries = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        entries.addAll(Entry.of(scorer.apply(files.get(i))));
        done.accept(i + 1);
      }
      return entries;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "summary-reader");
              thread.setDaemon(true);
              return thread;
            });
    try {
      return inParallel(files, done, new ExecutorCompletionService<>(pool));
    } finally {
      pool.shutdownNow();
    }
  }

  private record Indexed(int index, List<Entry> entries) {}

  private List<Entry> inParallel(
      List<Path> files, IntConsumer done, ExecutorCompletionService<Indexed> service)
      throws InterruptedException {
    for (int i = 0; i < files.size(); i++) {
      int index = i;
      service.submit(() -> new Indexed(index, Entry.of(scorer.apply(files.get(index)))));
    }
    List<List<Entry>> entries = new ArrayList<>(Collections.nCopies(files.size(), List.of()));
    for (int finished = 1; finished <= files.size(); finished++) {
      Future<Indexed> next = service.take();
      try {
        Indexed result = next.get();
        entries.set(result.index(), result.entries());
      } catch (ExecutionException e) {
        // Scorebook.score never throws for a workbook; anything else is a bug worth seeing.
        throw new IllegalStateException("scoring failed unexpectedly", e.getCause());
      }
      done.accept(finished);
    }
    return entries.stream().flatMap(List::stream).toList();
  }
}
