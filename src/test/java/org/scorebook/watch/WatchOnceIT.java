package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;

/**
 * {@code scorebook watch --once} through the real command line, in process, on real workbooks: each
 * run waits for its files to settle, so these take seconds.
 */
class WatchOnceIT {
  @TempDir Path inbox;

  /** The command line, in process, with what it printed. */
  static CliAccess.Result run(String... args) {
    return CliAccess.run(args);
  }

  @Test
  void onceTakesWhatIsThereAndExits1WhenAnyWentToTheFailedFolder() {
    drop(inbox, GOOD, "好的.xlsx");
    drop(inbox, WITH_ERRORS, "有错误.xlsx");
    CliAccess.Result run = run("watch", inbox.toString(), "--once");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("✓ 好的.xlsx：87.12 分（良），0 条提示 → 已评分/好的.xlsx")
        .contains("✗ 有错误.xlsx：7 个错误，3 条提示，未给出总分 → 待修改")
        .contains("共处理 2 个工作簿：1 个已评分归档，1 个放入「待修改」。");
  }

  @Test
  void onceExits0WhenEveryFileWasScoredAndHonoursTheFolderOptions() {
    drop(inbox, GOOD, "好的.xlsx");
    Path out = inbox.resolveSibling(inbox.getFileName() + "-结果");
    Path archive = inbox.resolveSibling(inbox.getFileName() + "-归档");
    CliAccess.Result run =
        run(
            "watch",
            inbox.toString(),
            "--once",
            "--out",
            out.toString(),
            "--archive",
            archive.toString());
    assertThat(run.status()).isZero();
    assertThat(names(out)).containsExactly("好的.xlsx");
    assertThat(names(archive)).containsExactly("好的.xlsx");
  }

  @Test
  void aWorkbookOpenInExcelIsScoredAsSavedAndTheConsoleLineSaysSo() throws Exception {
    drop(inbox, GOOD, "打开着的评价.xlsx");
    Files.writeString(inbox.resolve("~$打开着的评价.xlsx"), "owner");
    drop(inbox, GOOD, "没打开的评价.xlsx");
    CliAccess.Result run = run("watch", inbox.toString(), "--once");
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out().lines().filter(l -> l.contains("打开着的评价.xlsx")))
        .singleElement()
        .asString()
        .contains("✓")
        .contains("正在 Excel 中打开");
    assertThat(run.out().lines().filter(l -> l.contains("没打开的评价.xlsx")))
        .singleElement()
        .asString()
        .doesNotContain("Excel");
  }

  @Test
  void onceOnAnEmptyInboxExits0() {
    CliAccess.Result run = run("watch", inbox.toString(), "--once");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("共处理 0 个工作簿");
  }
}
