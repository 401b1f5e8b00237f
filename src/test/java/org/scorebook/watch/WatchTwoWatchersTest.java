package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchTwoWatchersTest {
  @TempDir Path inbox;

  @Test
  void twoWatchersOnOneInboxNeverProcessTheSameFileTwice() throws Exception {
    List<String> dropped = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      dropped.add(
          drop(inbox, i % 6 == 0 ? WITH_ERRORS : GOOD, "评价 " + i + ".xlsx")
              .getFileName()
              .toString());
    }
    DropFolder folder = fast(inbox);
    ConcurrentMap<String, AtomicInteger> handledCount = new ConcurrentHashMap<>();
    WatchListener counting =
        handled ->
            handledCount
                .computeIfAbsent(handled.name(), n -> new AtomicInteger())
                .incrementAndGet();
    try (Watcher first = new Watcher(folder, counting);
        Watcher second = new Watcher(folder, counting)) {
      Thread a = new Thread(first::run, "first");
      Thread b = new Thread(second::run, "second");
      a.start();
      b.start();
      await(
          Duration.ofSeconds(50),
          "all 30 files are handled",
          () ->
              first.archivedCount()
                      + first.failedCount()
                      + second.archivedCount()
                      + second.failedCount()
                  >= 30);
      first.stop();
      second.stop();
      a.join(30_000);
      b.join(30_000);
      assertThat(first.archivedCount() + first.failedCount())
          .as("the first watcher took some")
          .isPositive();
      assertThat(second.archivedCount() + second.failedCount())
          .as("the second watcher took some")
          .isPositive();
    }
    assertThat(handledCount.keySet()).containsExactlyInAnyOrderElementsOf(dropped);
    assertThat(handledCount.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(union(names(folder.archive()), failedOriginals(folder)))
        .containsExactlyInAnyOrderElementsOf(dropped);
    assertThat(names(folder.out())).hasSize(25);
    assertThat(names(folder.failed()))
        .hasSize(15); // 5 originals, 5 annotated copies, 5 reason files
    assertThat(names(folder.work())).isEmpty();
    assertThat(waiting(inbox)).isEmpty();
  }
}
