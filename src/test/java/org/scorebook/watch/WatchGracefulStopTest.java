package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchGracefulStopTest {
  @TempDir Path inbox;

  @Test
  void stoppingMidRunFinishesTheFileInHandAndTakesNoOther() throws Exception {
    for (int i = 1; i <= 5; i++) {
      drop(inbox, GOOD, "评价" + i + ".xlsx");
    }
    DropFolder folder = fast(inbox);
    AtomicReference<Watcher> self = new AtomicReference<>();
    List<String> claimed = new CopyOnWriteArrayList<>();
    List<String> handled = new CopyOnWriteArrayList<>();
    WatchListener stopOnFirstClaim =
        new WatchListener() {
          @Override
          public void claimed(String name) {
            claimed.add(name);
            self.get().stop(); // as the shutdown hook does, while the file is in hand
          }

          @Override
          public void handled(Handled done) {
            handled.add(done.name());
          }
        };
    try (Watcher watcher = new Watcher(folder, stopOnFirstClaim)) {
      self.set(watcher);
      Thread loop = new Thread(watcher::run, "loop");
      loop.start();
      loop.join(Duration.ofSeconds(30).toMillis());
      assertThat(loop.isAlive()).as("the loop ended after stop()").isFalse();
    }
    assertThat(claimed).hasSize(1);
    assertThat(handled).isEqualTo(claimed);
    assertThat(names(folder.archive())).isEqualTo(claimed);
    assertReadableScored(folder.out().resolve(claimed.get(0)));
    assertThat(waiting(inbox)).hasSize(4);
    assertThat(names(folder.work())).isEmpty();
  }
}
