package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.files.FileNames;

/**
 * A file whose name is GBK, not UTF-8 (from a zip made on a Chinese Windows): Java shows the name
 * with replacement characters, and a path made from that text names no file.
 */
class WatchGbkNamesTest {
  @TempDir Path inbox;

  /** 评价 in GBK. */
  private static final String GBK_STEM_OCTAL = "\\306\\300\\274\\333";

  /** Copies {@code source} into {@code folder} under a GBK name, as unzip on Linux leaves it. */
  static Path dropWithGbkName(Path source, Path folder, String extension) throws Exception {
    Process copy =
        new ProcessBuilder(
                "sh",
                "-c",
                "cp \"$1\" \"$2/$(printf '" + GBK_STEM_OCTAL + "')$3\"",
                "sh",
                source.toAbsolutePath().toString(),
                folder.toAbsolutePath().toString(),
                extension)
            .inheritIO()
            .start();
    assertThat(copy.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(copy.exitValue()).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      Path dropped = files.filter(f -> !FileNames.isReadable(f)).findFirst().orElseThrow();
      return settled(dropped);
    }
  }

  @Test
  void watchScoresAFileWithAGbkNameUnderItsChineseName() throws Exception {
    dropWithGbkName(GOOD, inbox, ".xlsx");

    CliAccess.Result run = CliAccess.run("watch", inbox.toString(), "--once");

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("评价.xlsx", "共处理 1 个");
    assertThat(names(inbox.resolve(DropFolder.ARCHIVE_NAME))).containsExactly("评价.xlsx");
    assertThat(names(inbox.resolve(DropFolder.OUT_NAME))).containsExactly("评价.xlsx");
    assertThat(names(inbox)).isEmpty();
  }

  @Test
  void watchFilesAnUnreadableXlsWithAGbkNameUnderItsChineseName() throws Exception {
    Path empty = Files.createTempFile("scorebook-test-", ".bin");
    try {
      dropWithGbkName(empty, inbox, ".xls");
    } finally {
      Files.delete(empty);
    }

    CliAccess.Result run = CliAccess.run("watch", inbox.toString(), "--once");

    assertThat(run.out()).contains("评价.xls", "待修改");
    assertThat(names(inbox.resolve(DropFolder.FAILED_NAME)))
        .containsExactlyInAnyOrder("评价.xls", "评价" + Disposition.REASON_SUFFIX);
    assertThat(names(inbox)).isEmpty();
  }

  @Test
  void processReadsAFolderHoldingAFileWithAGbkName() throws Exception {
    dropWithGbkName(GOOD, inbox, ".xlsx");
    Path out = inbox.resolve("已评分");

    CliAccess.Result run = CliAccess.run("process", inbox.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(names(out)).containsExactly("评价.xlsx");
  }

  @Test
  void processNamedByAGarbledNameSaysTheNameIsNotUtf8() throws IOException {
    CliAccess.Result run = CliAccess.run("process", inbox.resolve("\uFFFD\uFFFD.xlsx").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("不是 UTF-8 编码", "改名");
  }
}
