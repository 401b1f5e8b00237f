package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;

/**
 * A failure to write Scorebook's own output (no space, read-only, permission, something in the way)
 * is the server's problem, not the submitter's: the workbook stays claimed and is scored once it is
 * gone.
 */
class WatchWriteFailureTest {
  @TempDir Path inbox;
  @TempDir Path elsewhere;

  @Test
  void aWorkbookThatCannotBeWrittenStaysClaimedAndIsScoredOnceWritingWorksAgain() throws Exception {
    drop(inbox, GOOD, "好的评价.xlsx");
    DropFolder folder = DropFolder.at(inbox);
    Path notAFolder = Files.writeString(elsewhere.resolve("不是文件夹"), "");
    AtomicBoolean blocked = new AtomicBoolean(true);
    FileJob.Scoring scoring =
        (input, staged, shownAs) ->
            Scorebook.process(
                input, blocked.get() ? notAFolder.resolve(staged.getFileName()) : staged, shownAs);
    List<String> postponed = new ArrayList<>();
    List<Handled> handled = new ArrayList<>();
    WatchListener listener =
        new WatchListener() {
          @Override
          public void handled(Handled done) {
            handled.add(done);
          }

          @Override
          public void postponed(String name, String reason) {
            postponed.add(reason);
          }
        };
    try (Watcher watcher = new Watcher(folder, listener, scoring, new ManualClock())) {
      watcher.poll();
      assertThat(watcher.poll()).as("nothing finished while writing fails").isZero();
      assertThat(watcher.poll()).as("retried, still failing").isZero();
      assertThat(names(folder.failed())).as("not the submitter's fault").isEmpty();
      assertThat(names(folder.work())).as("still claimed").hasSize(1);
      assertThat(findAll(folder.staging(), ".*").stream().filter(Files::isRegularFile))
          .as("nothing left in staging after a failed attempt")
          .isEmpty();
      assertThat(postponed)
          .hasSize(2)
          .allSatisfy(
              reason ->
                  assertThat(reason)
                      .startsWith("无法写入 " + folder.out().resolve("好的评价.xlsx"))
                      .contains("挡住")
                      .doesNotContain("无法读取"));

      blocked.set(false);
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(handled).singleElement().satisfies(done -> assertThat(done.archived()).isTrue());
    assertThat(names(folder.archive())).containsExactly("好的评价.xlsx");
    assertReadableScored(folder.out().resolve("好的评价.xlsx"));
    assertThat(names(folder.work())).isEmpty();
  }
}
