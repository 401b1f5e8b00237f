package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;

class WatchSlowCopyTest {
  @TempDir Path inbox;

  private final ManualClock clock = new ManualClock();

  @Test
  void aFileWrittenInPiecesIsTakenOnlyOnceItStopsChangingAndIsOldEnough() throws Exception {
    byte[] bytes = Files.readAllBytes(GOOD);
    Path file = inbox.resolve("慢慢复制的评价.xlsx");
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {}, FileJob.Scoring.SCOREBOOK, clock);
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
      assertThat(watcher.poll()).as("unchanged over two polls, but written just now").isZero();
      clock.advance(folder.minimumAge());
      assertThat(watcher.poll()).as("unchanged for the minimum age").isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly("慢慢复制的评价.xlsx");
    assertThat(Files.readAllBytes(folder.archive().resolve("慢慢复制的评价.xlsx"))).isEqualTo(bytes);
    assertReadableScored(folder.out().resolve("慢慢复制的评价.xlsx"));
  }

  @Test
  void aCopyPausedLongerThanTheIntervalIsNotTakenHalfWritten() throws Exception {
    byte[] bytes = Files.readAllBytes(GOOD);
    Path file = inbox.resolve("暂停的复制.xlsx");
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {}, FileJob.Scoring.SCOREBOOK, clock)) {
      Files.write(
          file, Arrays.copyOf(bytes, bytes.length - 2000)); // the zip's directory comes last
      watcher.poll();
      assertThat(watcher.poll()).as("unchanged across two polls, modified just now").isZero();
      clock.advance(folder.minimumAge().multipliedBy(3));
      assertThat(watcher.poll()).as("old enough, but the package has no directory yet").isZero();
      assertThat(waiting(inbox)).containsExactly("暂停的复制.xlsx");

      Files.write(file, bytes); // the copy resumes and finishes
      watcher.poll();
      clock.advance(folder.minimumAge());
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly("暂停的复制.xlsx");
    assertThat(names(folder.failed())).isEmpty();
  }

  @Test
  void aFileThatChangesAfterItWasClaimedIsPutBackIntoTheInbox() throws Exception {
    drop(inbox, GOOD, "还在写的评价.xlsx");
    DropFolder folder = DropFolder.at(inbox);
    List<String> postponed = new ArrayList<>();
    FileJob.Scoring writerKeepsWriting =
        (input, staged, shownAs) -> {
          appendTo(
              input); // the staged input is the claimed file itself (a hard link), as a writer's
          // handle is
          return Scorebook.process(input, staged, shownAs);
        };
    WatchListener listener =
        new WatchListener() {
          @Override
          public void handled(Handled handled) {
            throw new AssertionError("handled " + handled);
          }

          @Override
          public void postponed(String name, String reason) {
            postponed.add(name + ": " + reason);
          }
        };
    try (Watcher watcher = new Watcher(folder, listener, writerKeepsWriting, clock)) {
      watcher.poll();
      assertThat(watcher.poll()).isZero();
      assertThat(watcher.failedCount()).isZero();
    }
    assertThat(waiting(inbox)).containsExactly("还在写的评价.xlsx");
    assertThat(names(folder.work())).isEmpty();
    assertThat(names(folder.failed())).isEmpty();
    assertThat(names(folder.out())).isEmpty();
    assertThat(postponed).singleElement().asString().contains("还在写的评价.xlsx").contains("放回收件箱");
  }

  private static void appendTo(Path file) {
    try {
      Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
