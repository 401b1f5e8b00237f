package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Real sample files dropped into a temp inbox, and looks at where they ended up. */
final class WatchFixtures {
  static final Path GOOD = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  static final Path WITH_ERRORS = Path.of("samples/带错误示例.xlsx");

  private WatchFixtures() {}

  /**
   * A copy of {@code sample} finished a while ago: older than the minimum age a watcher waits for.
   */
  static Path drop(Path inbox, Path sample, String name) {
    try {
      return settled(Files.copy(sample, inbox.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets a file's modification time an hour back, as for a copy that finished long ago. */
  static Path settled(Path file) {
    try {
      return Files.setLastModifiedTime(
          file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The regular files directly in {@code folder}, sorted; none when it does not exist. */
  static List<String> names(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Workbooks still waiting in the inbox (not the lock files and such a watcher leaves alone). */
  static List<String> waiting(Path inbox) {
    return names(inbox).stream().filter(n -> WorkbookNames.isCandidate(Path.of(n))).toList();
  }

  /** Every file under {@code root} whose name matches, at any depth. */
  static List<Path> findAll(Path root, String regex) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().matches(regex)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a workbook the way a reader would, from a stream, and checks it has the summary sheet
   * first.
   */
  static void assertReadableScored(Path file) {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook.getSheetName(0)).as("first sheet of %s", file).isEqualTo("评分汇总");
    } catch (IOException e) {
      throw new AssertionError("cannot open " + file + ": " + e, e);
    }
  }

  /**
   * Everything in both lists, each once: the archive and the failed folder's originals together.
   */
  static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    Collections.sort(all);
    return all;
  }

  /**
   * Waits (bounded) for a condition, failing with {@code what} when it does not come true in time.
   */
  static void await(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + limit.toSeconds() + " s waiting until " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what, e);
      }
    }
  }

  /**
   * A folder whose watcher polls quickly; tests drive it with {@link Watcher#poll()} where they
   * can.
   */
  static DropFolder fast(Path inbox) {
    return DropFolder.at(inbox).withInterval(Duration.ofMillis(100));
  }

  /** The originals in the failed folder (not the annotated copies or reason files). */
  static List<String> failedOriginals(DropFolder folder) {
    return names(folder.failed()).stream()
        .filter(
            n ->
                !n.endsWith(Disposition.REASON_SUFFIX)
                    && !WorkbookNames.stem(n).endsWith(Disposition.ANNOTATED_SUFFIX))
        .toList();
  }

  /** A clock a test moves forward by hand, starting at the real time. */
  static final class ManualClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
