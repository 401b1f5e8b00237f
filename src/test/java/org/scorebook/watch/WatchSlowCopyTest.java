package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchSlowCopyTest {
  @TempDir Path inbox;

  @Test
  void aFileWrittenInPiecesIsTakenOnlyOnceItStopsChanging() throws Exception {
    byte[] bytes = Files.readAllBytes(GOOD);
    Path file = inbox.resolve("慢慢复制的评价.xlsx");
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> { });
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      int half = bytes.length / 2;
      out.write(Arrays.copyOfRange(bytes, 0, half));
      out.flush();
      assertThat(watcher.poll()).as("first sight of half a file").isZero();
      out.write(Arrays.copyOfRange(bytes, half, half + 1000));
      out.flush();
      assertThat(watcher.poll()).as("still growing").isZero();
      assertThat(waiting(inbox)).containsExactly("慢慢复制的评价.xlsx");

      out.write(Arrays.copyOfRange(bytes, half + 1000, bytes.length));
      out.flush();
      assertThat(watcher.poll()).as("changed since the last poll").isZero();
      assertThat(watcher.poll()).as("unchanged over two polls").isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly("慢慢复制的评价.xlsx");
    assertThat(Files.readAllBytes(folder.archive().resolve("慢慢复制的评价.xlsx"))).isEqualTo(bytes);
    assertReadableScored(folder.out().resolve("慢慢复制的评价.xlsx"));
  }
}
