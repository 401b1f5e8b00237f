package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.files.SafeFiles;

/** What a restart finds after kill -9 at various moments, set up by hand. */
class WatchRecoveryTest {
  @TempDir Path inbox;
  private DropFolder folder;

  @BeforeEach
  void folders() throws Exception {
    folder = DropFolder.at(inbox);
    folder.createFolders();
  }

  @Test
  void killedAfterTheOutputWasWrittenButBeforeTheMoveRewritesTheSameOutputWithoutADuplicate()
      throws Exception {
    Owner dead = deadOwner();
    Path claimed =
        Files.copy(
            GOOD,
            folder.work().resolve(Claim.nameFor(dead, System.currentTimeMillis(), "评价", ".xlsx")));
    Files.copy(
        GOOD,
        folder.out().resolve("评价.xlsx")); // the killed run's output (any bytes: it is replaced)
    Path staging = Files.createDirectories(folder.staging().resolve(dead.prefix()).resolve("1"));
    Files.writeString(staging.resolve(".scorebook-123.tmp"), "half a workbook");

    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(Files.exists(claimed)).isFalse();
    assertThat(names(folder.archive())).containsExactly("评价.xlsx");
    assertThat(names(folder.out())).containsExactly("评价.xlsx");
    assertReadableScored(folder.out().resolve("评价.xlsx"));
    assertThat(Files.exists(folder.staging().resolve(dead.prefix())))
        .as("dead owner's staging swept")
        .isFalse();
    assertThat(findAll(inbox, "\\.scorebook-.*\\.tmp")).isEmpty();
  }

  @Test
  void aSuffixedStemRecordedInTheClaimIsKeptAfterARestart() throws Exception {
    Files.copy(GOOD, folder.archive().resolve("评价.xlsx")); // an earlier submission
    String stem = "评价 (2026-11-23 153012)";
    Files.copy(
        GOOD,
        folder
            .work()
            .resolve(Claim.nameFor(deadOwner(), System.currentTimeMillis(), stem, ".xlsx")));

    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly(stem + ".xlsx", "评价.xlsx");
    assertThat(names(folder.out())).containsExactly(stem + ".xlsx");
  }

  @Test
  void aFreshClaimOfALiveProcessIsLeftAloneAndAnOldOneIsTakenOver() throws Exception {
    Owner alive = new Owner(Owner.fresh().host(), ProcessHandle.current().pid(), "otherone");
    long now = System.currentTimeMillis();
    Path fresh =
        Files.copy(GOOD, folder.work().resolve(Claim.nameFor(alive, now, "正在处理", ".xlsx")));
    long old = now - folder.claimTimeout().plus(Duration.ofMinutes(1)).toMillis();
    Files.copy(GOOD, folder.work().resolve(Claim.nameFor(alive, old, "早已超时", ".xlsx")));

    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(Files.exists(fresh)).isTrue();
    assertThat(names(folder.archive())).containsExactly("早已超时.xlsx");
  }

  @Test
  void oldStagingOfAnOwnerOnAnotherMachineIsSweptButARecentOneIsKept() throws Exception {
    Path owner = folder.staging().resolve(new Owner("other-pc", 4242, "feedf00d").prefix());
    long now = System.currentTimeMillis();
    Path old =
        Files.createDirectories(
            owner.resolve(Long.toString(now - folder.claimTimeout().toMillis() - 60_000)));
    Files.writeString(old.resolve(".scorebook-1.tmp"), "left by a kill -9");
    Path recent = Files.createDirectories(owner.resolve(Long.toString(now)));
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
    }
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
  }

  @Test
  void tempFilesAKilledProcessLeftInTheDestinationsAreRemovedAtStartButALiveOneIsKept()
      throws Exception {
    ManualClock clock = new ManualClock();
    Path stale = Files.writeString(folder.out().resolve(".scorebook-1.tmp"), "left by a kill -9");
    Path staleInFailed =
        Files.writeString(folder.failed().resolve(".scorebook-2.tmp"), "left by a kill -9");
    Path live = Files.writeString(folder.out().resolve(".scorebook-3.tmp"), "being written");
    clock.advance(SafeFiles.STALE_TEMP_AGE.plusMinutes(1));
    Files.setLastModifiedTime(live, FileTime.from(clock.instant()));
    try (Watcher watcher = new Watcher(folder, handled -> {}, FileJob.Scoring.SCOREBOOK, clock)) {
      assertThat(stale).doesNotExist();
      assertThat(staleInFailed).doesNotExist();
      assertThat(live).exists();
    }
  }

  @Test
  void strayFilesInTheWorkFolderAreIgnored() throws Exception {
    Files.writeString(folder.work().resolve("不是认领.xlsx"), "x");
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      assertThat(watcher.poll()).isZero();
    }
    assertThat(names(folder.work())).containsExactly("不是认领.xlsx");
  }

  /** An owner on this machine whose process has exited. */
  private static Owner deadOwner() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.waitFor();
    return new Owner(Owner.fresh().host(), process.pid(), "deadbeef");
  }
}
