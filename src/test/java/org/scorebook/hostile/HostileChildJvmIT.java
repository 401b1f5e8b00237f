package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worst of the corpus through the real entry point in a fresh JVM with 256 MB of heap: refused
 * before memory runs out, one line on the console, status 1. A workbook just under the cell cap
 * still goes through, so the cap is below what 256 MB can take.
 */
class HostileChildJvmIT {
  @TempDir Path temp;
  private Path logs;

  @BeforeEach
  void logsApart() throws Exception {
    logs = Files.createDirectories(temp.resolve("logs"));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("零字节", "空.xlsx", HostileFiles::zeroBytes, "文件是空的"),
        c("随机字节", "随机.xlsx", HostileFiles::randomBytes, "不是 Excel 工作簿"),
        c("设置了打开密码", "加密.xlsx", f -> HostileFiles.encrypted(f, "secret"), "打开密码"),
        c(
            "压缩炸弹",
            "炸弹.xlsx",
            f ->
                HostileFiles.withStreamedSheet(
                    f, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200)),
            "疑似压缩炸弹"),
        c(
            "谎报大小的压缩炸弹",
            "谎报.xlsx",
            f ->
                HostileFiles.lyingSizes(
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200))),
            "疑似压缩炸弹"),
        c(
            "一百万行",
            "百万行.xlsx",
            f ->
                HostileFiles.withStreamedSheet(
                    f, HostileFiles.FINDINGS_PART, HostileFiles.cells(1_000_000, 1)),
            "太大"),
        c(
            "谎报大小的一百万行",
            "谎报百万行.xlsx",
            f ->
                HostileFiles.lyingSizes(
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.cells(1_000_000, 1))),
            "太大"),
        c(
            "16384 列",
            "满列.xlsx",
            f ->
                HostileFiles.withStreamedSheet(
                    f, HostileFiles.FINDINGS_PART, HostileFiles.cells(64, 16_384)),
            "单元格超过"));
  }

  private static Arguments c(
      String name, String fileName, Function<Path, Path> make, String reason) {
    return Arguments.of(Named.of(name, fileName), make, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedInA256MegabyteJvm(String fileName, Function<Path, Path> make, String reason) {
    Path file = make.apply(temp.resolve("收件").resolve(fileName));
    String before = HostileRuns.sha256(file);
    Path out = temp.resolve("已评分");

    HostileRuns.Run processed =
        HostileRuns.childJvm(logs, "process", file.toString(), "--out", out.toString());

    HostileRuns.assertRefused(processed, file, out, reason);
    assertThat(HostileRuns.sha256(file)).isEqualTo(before);
  }

  /**
   * validate reads the same way as process; once in a child JVM is enough (in-process runs cover
   * every case).
   */
  @Test
  void validateRefusesABombThatLiesAboutItsSizeIn256Megabytes() {
    Path file =
        HostileFiles.lyingSizes(
            HostileFiles.withStreamedSheet(
                temp.resolve("收件").resolve("谎报.xlsx"),
                HostileFiles.FINDINGS_PART,
                HostileFiles.whitespace(200)));

    HostileRuns.Run validated = HostileRuns.childJvm(logs, "validate", file.toString());

    HostileRuns.assertRefused(validated, file, null, "疑似压缩炸弹");
  }

  @Test
  void aWorkbookJustUnderTheCellCapIsProcessedIn256Megabytes() {
    int rows =
        (100_000 - 2_000)
            / 10; // the cap is 100,000 cells (PackageCheck.MAX_CELLS); the rest of the workbook has
    // a few hundred
    Path file =
        HostileFiles.withStreamedSheet(
            temp.resolve("收件").resolve("大而合规.xlsx"),
            HostileFiles.FINDINGS_PART,
            HostileFiles.cells(rows, 10));
    Path out = temp.resolve("已评分");

    HostileRuns.Run run =
        HostileRuns.childJvm(logs, "process", file.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    HostileRuns.assertNoStackTrace(run);
    assertThat(run.out()).contains(HostileFiles.GOOD_TOTAL);
    assertThat(HostileRuns.filesIn(out)).containsExactly(out.resolve("大而合规.xlsx"));
  }

  @Test
  void textsJustUnderTheXmlCapAreProcessedIn256Megabytes() {
    Path file =
        HostileFiles.withStreamedSheet(
            temp.resolve("收件").resolve("长文本.xlsx"),
            HostileFiles.FINDINGS_PART,
            HostileFiles.longTexts(950, 32_000)); // about 30 MB of XML, under the 32 MB cap
    Path out = temp.resolve("已评分");

    HostileRuns.Run run =
        HostileRuns.childJvm(logs, "process", file.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    HostileRuns.assertNoStackTrace(run);
    assertThat(HostileRuns.filesIn(out)).containsExactly(out.resolve("长文本.xlsx"));
  }
}
