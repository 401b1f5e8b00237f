package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * An .xls whose copy pauses is waited for, not filed as broken: the file must be as long as its
 * header says before it is taken.
 */
class WatchStalledXlsCopyTest {
  @TempDir Path inbox;

  private final ManualClock clock = new ManualClock();

  @Test
  void anXlsCutAnywhereIsWaitedForAndTakenOnceTheCopyCompletes() throws Exception {
    byte[] bytes = SelfEvaluationForms.xlsBytes();
    int[] cuts = {512, 512 * 3, bytes.length / 2, bytes.length - 512, bytes.length - 1};
    DropFolder folder = DropFolder.at(inbox);
    Path file = inbox.resolve("暂停的复制.xls");
    try (Watcher watcher = new Watcher(folder, handled -> {}, FileJob.Scoring.SCOREBOOK, clock)) {
      for (int cut : cuts) {
        Files.write(file, Arrays.copyOf(bytes, cut));
        watcher.poll();
        clock.advance(folder.minimumAge().multipliedBy(3));
        assertThat(watcher.poll()).as("cut at %d of %d bytes", cut, bytes.length).isZero();
        assertThat(waiting(inbox)).containsExactly("暂停的复制.xls");
        assertThat(names(folder.failed())).isEmpty();
      }
      Files.write(file, bytes); // the copy resumes and finishes
      watcher.poll();
      clock.advance(folder.minimumAge());
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly("暂停的复制.xls");
    assertThat(names(folder.failed())).isEmpty();
    assertThat(names(folder.out())).containsExactly("暂停的复制.xls");
  }

  @Test
  void watchOnceLeavesAStalledXlsInTheInboxAndScoresItWhenTheCopyIsDone() throws Exception {
    byte[] bytes = SelfEvaluationForms.xlsBytes();
    Path file = inbox.resolve("评价.xls");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    CliAccess.Result first = CliAccess.run("watch", inbox.toString(), "--once", "--min-age", "1");

    assertThat(first.status()).as(first.out() + first.err()).isZero();
    assertThat(waiting(inbox)).containsExactly("评价.xls");
    assertThat(names(inbox.resolve(DropFolder.FAILED_NAME))).isEmpty();

    Files.write(file, bytes);
    CliAccess.Result second = CliAccess.run("watch", inbox.toString(), "--once", "--min-age", "1");

    assertThat(second.status()).as(second.out() + second.err()).isZero();
    assertThat(waiting(inbox)).isEmpty();
    assertThat(names(inbox.resolve(DropFolder.ARCHIVE_NAME))).containsExactly("评价.xls");
    assertThat(names(inbox.resolve(DropFolder.FAILED_NAME))).isEmpty();
  }

  @Test
  void aRunningWatcherWaitsOutACopyThatPausesLongerThanTheMinimumAge() throws Exception {
    byte[] bytes = SelfEvaluationForms.xlsBytes();
    DropFolder folder = fast(inbox).withMinimumAge(Duration.ofMillis(300));
    Path file = inbox.resolve("慢慢复制的评价.xls");
    AtomicInteger polls = new AtomicInteger();
    WatchListener listener =
        new WatchListener() {
          @Override
          public void handled(Handled handled) {}

          @Override
          public void polled() {
            polls.incrementAndGet();
          }
        };
    try (Watcher watcher = new Watcher(folder, listener);
        OutputStream copy = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      Thread loop = new Thread(watcher::run, "watch");
      loop.start();
      copy.write(bytes, 0, bytes.length / 2);
      copy.flush();
      long paused = System.nanoTime();
      int before = polls.get();
      await(
          Duration.ofSeconds(60),
          "the pause outlasts several polls and three times the minimum age",
          () ->
              polls.get() >= before + 5
                  && System.nanoTime() - paused > folder.minimumAge().multipliedBy(3).toNanos());
      assertThat(waiting(inbox)).containsExactly("慢慢复制的评价.xls");
      assertThat(names(folder.failed())).isEmpty();

      copy.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
      copy.close();
      await(
          Duration.ofSeconds(60),
          "the finished copy is archived",
          () -> names(folder.archive()).contains("慢慢复制的评价.xls"));
      watcher.stop();
      loop.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(names(folder.failed())).isEmpty();
  }
}
