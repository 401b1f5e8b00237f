package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;

/**
 * {@code scorebook watch} through the real command line, in process: help, defaults and usage
 * errors.
 */
class WatchCommandTest {
  @TempDir Path inbox;

  /** The command line, in process, with what it printed. */
  static CliAccess.Result run(String... args) {
    return CliAccess.run(args);
  }

  @Test
  void helpIsChineseWithExamples() {
    CliAccess.Result run = run("watch", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "用法：scorebook watch 收件箱", "--interval", "--once", "示例：", "\\\\server\\share\\收件箱");
  }

  @Test
  void wrongCommandLinesExit2WithAChineseReason() {
    assertThat(run("watch").err()).contains("请指定要监视的收件箱文件夹");
    assertThat(run("watch", "a", "b").status()).isEqualTo(2);
    CliAccess.Result badInterval = run("watch", inbox.toString(), "--interval", "零");
    assertThat(badInterval.status()).isEqualTo(2);
    assertThat(badInterval.err()).contains("--interval 应为大于 0 的秒数", "scorebook watch --help");
    assertThat(run("watch", inbox.toString(), "--interval", "0").status()).isEqualTo(2);
    CliAccess.Result itself = run("watch", inbox.toString(), "--out", inbox.toString(), "--once");
    assertThat(itself.status()).isEqualTo(2);
    assertThat(itself.err()).contains("--out 不能是收件箱本身");
    assertThat(run("watch", inbox.toString(), "--threads", "0").err())
        .contains("--threads 应为 1 至 16 的整数");
    CliAccess.Result missing = run("watch", inbox.resolve("没有这个文件夹").toString(), "--once");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("找不到收件箱文件夹");
  }

  @Test
  void defaultsAreTheThreeChineseFoldersInsideTheInboxEveryThreeSeconds() {
    DropFolder folder = DropFolder.at(inbox);
    assertThat(folder.out()).isEqualTo(inbox.resolve("已评分"));
    assertThat(folder.archive()).isEqualTo(inbox.resolve("已归档"));
    assertThat(folder.failed()).isEqualTo(inbox.resolve("待修改"));
    assertThat(folder.work()).isEqualTo(inbox.resolve(".scorebook-work"));
    assertThat(folder.interval().toSeconds()).isEqualTo(3);
    assertThat(folder.fileTimeout().toSeconds()).isEqualTo(120);
    assertThat(folder.claimTimeout().toSeconds()).isEqualTo(240);
  }
}
