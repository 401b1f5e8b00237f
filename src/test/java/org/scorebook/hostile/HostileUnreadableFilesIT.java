package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not readable evaluation workbooks, each through {@code process} and {@code
 * validate}: one Chinese line naming the file and the reason, status 1, no stack trace, the input
 * unchanged, and nothing written (no output, no temporary file).
 */
class HostileUnreadableFilesIT {
  @TempDir Path temp;

  record Case(String fileName, Function<Path, Path> make, String reason) {}

  static Stream<Arguments> cases() {
    return Stream.of(
        c("零字节", new Case("空.xlsx", HostileFiles::zeroBytes, "文件是空的")),
        c("随机字节", new Case("随机.xlsx", HostileFiles::randomBytes, "不是 Excel 工作簿")),
        c("复制到一半", new Case("一半.xlsx", HostileFiles::truncatedHalf, "文件不完整")),
        c(
            "恰好断在部件边界",
            new Case(
                "断在边界.xlsx",
                f -> HostileFiles.truncatedAtEntry(f, HostileFiles.INDICATOR_PART),
                "文件不完整")),
        c(
            "重新打包时少了指标评分表",
            new Case(
                "少表.xlsx",
                f -> HostileFiles.withoutParts(f, HostileFiles.INDICATOR_PART),
                "缺少部件 " + HostileFiles.INDICATOR_PART)),
        c(
            "重新打包时少了共享字符串",
            new Case(
                "少字符串.xlsx",
                f -> HostileFiles.withoutParts(f, "xl/sharedStrings.xml"),
                "缺少部件 xl/sharedStrings.xml")),
        c("中间的字节被改坏", new Case("坏字节.xlsx", HostileFiles::damagedInTheMiddle, "损坏")),
        c("普通 ZIP", new Case("压缩包.xlsx", HostileFiles::plainZip, "ZIP")),
        c("Word 样子的 ZIP", new Case("文档.xlsx", HostileFiles::wordLikeZip, "其他 Office 文档")),
        c("CSV 改名", new Case("表格.xlsx", HostileFiles::csv, "不是 Excel 工作簿")),
        c("HTML 改名", new Case("网页.xlsx", HostileFiles::html, "HTML")),
        c("设置了打开密码", new Case("加密.xlsx", f -> HostileFiles.encrypted(f, "secret"), "打开密码")),
        c(
            "压缩炸弹：200 MB 空白",
            new Case(
                "炸弹.xlsx",
                f ->
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200)),
                "疑似压缩炸弹")),
        c(
            "一百万行",
            new Case(
                "百万行.xlsx",
                f ->
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.cells(1_000_000, 1)),
                "表格数据太大（超过 47 MB，上限 32 MB）")),
        c(
            "一百万个空行",
            new Case(
                "空行.xlsx",
                f ->
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.emptyRows(1_000_000)),
                "行数超过 100000 行（数到工作表「评价结论」时超出）")),
        c(
            "目录里谎报大小的压缩炸弹",
            new Case(
                "谎报.xlsx",
                f ->
                    HostileFiles.lyingSizes(
                        HostileFiles.withStreamedSheet(
                            f, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200))),
                "表格数据太大（超过 33 MB，上限 32 MB）")),
        c(
            "16384 列",
            new Case(
                "满列.xlsx",
                f ->
                    HostileFiles.withStreamedSheet(
                        f, HostileFiles.FINDINGS_PART, HostileFiles.cells(64, 16_384)),
                "单元格超过 100000 个（数到工作表「评价结论」时超出）")),
        c("外部实体（XXE）", new Case("实体.xlsx", HostileUnreadableFilesIT::externalEntity, "DTD")),
        c(
            "实体膨胀（billion laughs）",
            new Case("膨胀.xlsx", HostileUnreadableFilesIT::entityExpansion, "DTD")),
        c(
            "共享字符串中的外部实体",
            new Case("字符串实体.xlsx", HostileUnreadableFilesIT::entityInSharedStrings, "DTD")),
        c(
            "坏 XML",
            new Case(
                "坏XML.xlsx",
                f ->
                    HostileFiles.edited(
                        f,
                        HostileFiles.good(),
                        HostileFiles.INDICATOR_PART,
                        xml -> xml.replace("</sheetData>", "<row>")),
                "不是有效的 XML")));
  }

  private static Arguments c(String name, Case c) {
    return Arguments.of(Named.of(name, c));
  }

  /** A sheet that would pull a local file into a cell. */
  static Path externalEntity(Path file) {
    Path secret = HostileFiles.write(file.resolveSibling("secret.txt"), "TOP-SECRET-42".getBytes());
    return HostileFiles.edited(
        file,
        HostileFiles.good(),
        HostileFiles.PROJECT_PART,
        xml ->
            xml.replaceFirst(
                    "<worksheet",
                    "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]><worksheet")
                .replace(
                    "<sheetData>",
                    "<sheetData><row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
  }

  /** The same outside the sheets, which the package check reads only up to their root element. */
  static Path entityInSharedStrings(Path file) {
    Path secret = HostileFiles.write(file.resolveSibling("secret.txt"), "TOP-SECRET-42".getBytes());
    return HostileFiles.edited(
        file,
        HostileFiles.good(),
        "xl/sharedStrings.xml",
        xml ->
            xml.replaceFirst(
                    "<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><sst")
                .replaceFirst("<t>", "<t>&xxe;"));
  }

  static Path entityExpansion(Path file) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    return HostileFiles.edited(
        file,
        HostileFiles.good(),
        HostileFiles.PROJECT_PART,
        xml ->
            xml.replaceFirst("<worksheet", dtd + "<worksheet")
                .replace(
                    "<sheetData>",
                    "<sheetData><row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void processRefusesWithOneChineseLineAndWritesNothing(Case c) throws Exception {
    Path file = c.make().apply(temp.resolve("收件").resolve(c.fileName()));
    String before = HostileRuns.sha256(file);
    Path out = temp.resolve("已评分");

    HostileRuns.Run run =
        HostileRuns.inProcess("process", file.toString(), "--out", out.toString());

    HostileRuns.assertRefused(run, file, out, c.reason());
    assertThat(HostileRuns.sha256(file)).isEqualTo(before);
    assertThat(run.all()).doesNotContain("TOP-SECRET");
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".scorebook-"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateRefusesWithTheSameLine(Case c) {
    Path file = c.make().apply(temp.resolve("收件").resolve(c.fileName()));
    String before = HostileRuns.sha256(file);

    HostileRuns.Run run = HostileRuns.inProcess("validate", file.toString());

    HostileRuns.assertRefused(run, file, null, c.reason());
    assertThat(HostileRuns.sha256(file)).isEqualTo(before);
  }
}
