package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchTimeoutTest {
  @TempDir Path inbox;

  @Test
  void aWorkbookOverItsTimeLimitGoesToTheFailedFolderWithTheReasonAndOthersGoOn() throws Exception {
    drop(inbox, GOOD, "太慢1.xlsx");
    drop(inbox, GOOD, "太慢2.xlsx");
    DropFolder folder = DropFolder.at(inbox).withFileTimeout(Duration.ofMillis(1));
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(2);
      assertThat(watcher.failedCount()).isEqualTo(2);
    }
    assertThat(failedOriginals(folder)).containsExactly("太慢1.xlsx", "太慢2.xlsx");
    assertThat(Files.readString(folder.failed().resolve("太慢1.错误说明.txt"), StandardCharsets.UTF_8))
        .contains("处理超过 0 秒仍未完成");
    assertThat(names(folder.out())).isEmpty();
  }
}
