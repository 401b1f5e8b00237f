package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM, killed with SIGKILL in the middle of a burst and started again:
 * every input still ends in the archive or the failed folder exactly once, with readable outputs
 * and no temp files left.
 */
class WatchChildProcessIT {
  private static final int FILES = 30;

  @TempDir Path scratch;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void killMinus9MidBurstThenRestartAccountsForEveryInputExactlyOnce() throws Exception {
    Path inbox = Files.createDirectories(scratch.resolve("收件箱"));
    DropFolder folder = DropFolder.at(inbox);
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();

    Process first = watch(inbox, "first");
    for (int i = 1; i <= FILES / 2; i++) {
      dropOne(inbox, i, good, bad);
    }
    await(
        Duration.ofSeconds(30),
        "the first process has archived 3 files (see " + scratch.resolve("first.log") + ")",
        () -> names(folder.archive()).size() >= 3);
    for (int i = FILES / 2 + 1; i <= FILES; i++) {
      dropOne(inbox, i, good, bad);
    }
    await(
        Duration.ofSeconds(20),
        "the first process holds a claim",
        () -> !names(folder.work()).isEmpty());
    first.destroyForcibly(); // SIGKILL mid-file: no shutdown hook runs
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("killed").isTrue();

    Process second = watch(inbox, "second");
    await(
        Duration.ofSeconds(45),
        "the restarted process has emptied the inbox and the work folder (see "
            + scratch.resolve("second.log")
            + ")",
        () ->
            waiting(inbox).isEmpty()
                && names(folder.work()).isEmpty()
                && names(folder.archive()).size() + failedOriginals(folder).size() == FILES);
    second.destroy(); // SIGTERM: the graceful stop
    assertThat(second.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();

    assertThat(names(folder.archive())).containsExactlyInAnyOrderElementsOf(good);
    assertThat(failedOriginals(folder)).containsExactlyInAnyOrderElementsOf(bad);
    assertThat(names(folder.out())).containsExactlyInAnyOrderElementsOf(good);
    good.forEach(name -> assertReadableScored(folder.out().resolve(name)));
    for (String name : bad) {
      String stem = WorkbookNames.stem(name);
      assertReadableScored(folder.failed().resolve(stem + Disposition.ANNOTATED_SUFFIX + ".xlsx"));
      assertThat(folder.failed().resolve(stem + Disposition.REASON_SUFFIX)).exists();
    }
    assertThat(findAll(inbox, "\\.scorebook-.*\\.tmp")).as("temp files left").isEmpty();
    assertThat(Files.readString(scratch.resolve("second.log"), StandardCharsets.UTF_8))
        .contains("✓")
        .contains("已停止");
  }

  @Test
  void sigtermAfterACleanStopExitsZeroAndLeavesNoStagingFolder() throws Exception {
    Path inbox = Files.createDirectories(scratch.resolve("收件箱"));
    DropFolder folder = DropFolder.at(inbox);
    Process watcher = watch(inbox, "stop");
    drop(inbox, GOOD, "评价.xlsx");
    await(
        Duration.ofSeconds(30),
        "the file is archived (see " + scratch.resolve("stop.log") + ")",
        () -> names(folder.archive()).size() == 1);

    watcher.destroy(); // SIGTERM, as systemd stops a service
    assertThat(watcher.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();

    assertThat(watcher.exitValue()).as("exit status after a clean stop").isZero();
    try (var left = Files.list(folder.staging())) {
      assertThat(left.map(Path::getFileName)).as("staging folders left").isEmpty();
    }
    assertThat(Files.readString(scratch.resolve("stop.log"), StandardCharsets.UTF_8))
        .contains("已停止");
  }

  private static void dropOne(Path inbox, int i, List<String> good, List<String> bad) {
    if (i % 7 == 0) {
      bad.add(drop(inbox, WITH_ERRORS, "有错误 " + i + ".xlsx").getFileName().toString());
    } else {
      good.add(drop(inbox, GOOD, "评价 " + i + ".xlsx").getFileName().toString());
    }
  }

  private Process watch(Path inbox, String name) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            "-Dscorebook.log.dir=" + scratch.resolve("logs"),
            "org.scorebook.cli.Main",
            "watch",
            inbox.toString(),
            "--interval",
            "1");
    builder.directory(scratch.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(scratch.resolve(name + ".log").toFile());
    Process process = builder.start();
    started.add(process);
    return process;
  }
}
