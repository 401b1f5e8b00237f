package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchBurstIT {
  @TempDir Path inbox;

  @Test
  void everyFileOfABurstEndsInTheArchiveOrTheFailedFolderExactlyOnce() throws Exception {
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      if (i % 10 == 0) {
        bad.add(drop(inbox, WITH_ERRORS, "有错误的评价 " + i + ".xlsx").getFileName().toString());
      } else {
        good.add(drop(inbox, GOOD, "评价" + i + ".xlsx").getFileName().toString());
      }
    }
    DropFolder folder = DropFolder.at(inbox).withThreads(2);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll(); // first sight: nothing is taken yet
      assertThat(watcher.poll()).isEqualTo(50);
      assertThat(watcher.archivedCount()).isEqualTo(45);
      assertThat(watcher.failedCount()).isEqualTo(5);
    }

    assertThat(waiting(inbox)).isEmpty();
    assertThat(names(folder.work())).isEmpty();
    assertThat(names(folder.archive())).containsExactlyInAnyOrderElementsOf(good);
    assertThat(failedOriginals(folder)).containsExactlyInAnyOrderElementsOf(bad);
    assertThat(names(folder.out())).containsExactlyInAnyOrderElementsOf(good);
    for (String name : bad) {
      String stem = WorkbookNames.stem(name);
      assertThat(names(folder.failed())).contains(stem + ".已标注.xlsx", stem + ".错误说明.txt");
      assertReadableScored(folder.failed().resolve(stem + ".已标注.xlsx"));
    }
    for (String name : good) {
      assertReadableScored(folder.out().resolve(name));
    }
    assertThat(findAll(inbox, "\\.scorebook-.*\\.tmp")).isEmpty();
  }
}
