package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.TestWorkbooks;

/**
 * Workbooks that open but carry something built to cause harm: a macro part, huge cells and
 * formulas, absurd numbers, names that look like paths or devices. Each is processed (status 1 when
 * it has errors, 0 when clean), with the message at the cell, no stack trace, the input unchanged,
 * the output inside --out and no temporary file left.
 */
class HostileContentTest {
  @TempDir Path temp;

  private Path in() {
    return temp.resolve("共享").resolve("收件");
  }

  /** Two levels down, so that {@code ../../x} from it would land in the temporary folder. */
  private Path out() {
    return temp.resolve("共享").resolve("结果").resolve("已评分");
  }

  /** process and validate; returns the process run after the common checks. */
  private HostileRuns.Run both(Path file, int status) throws IOException {
    String before = HostileRuns.sha256(file);
    HostileRuns.Run processed =
        HostileRuns.inProcess("process", file.toString(), "--out", out().toString());
    HostileRuns.Run validated = HostileRuns.inProcess("validate", file.toString());
    for (HostileRuns.Run run : List.of(processed, validated)) {
      assertThat(run.status()).as(run.all()).isEqualTo(status);
      HostileRuns.assertNoStackTrace(run);
      assertThat(run.err()).isEmpty();
      assertThat(run.out().lines().findFirst().orElse(""))
          .contains(file.toString())
          .doesNotContain("无法读取");
    }
    assertThat(HostileRuns.sha256(file)).isEqualTo(before);
    assertThat(HostileRuns.filesIn(out())).containsExactly(out().resolve(file.getFileName()));
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".scorebook-"));
    }
    return processed;
  }

  @Test
  void aMacroWorkbookIsScoredAndItsVbaPartCarriedThroughUntouched() throws Exception {
    Path file = HostileFiles.macroEnabled(in().resolve("带宏.xlsm"));

    HostileRuns.Run run = both(file, 0);

    assertThat(run.out()).contains(HostileFiles.GOOD_TOTAL);
    Path output = out().resolve("带宏.xlsm");
    try (ZipFile zip = new ZipFile(output.toFile())) {
      assertThat(zip.getEntry("xl/vbaProject.bin")).isNotNull();
      try (InputStream vba = zip.getInputStream(zip.getEntry("xl/vbaProject.bin"))) {
        assertThat(vba.readAllBytes()).isEqualTo(HostileFiles.VBA_PROJECT);
      }
    }
  }

  @Test
  void aFormulaOfOneMegabyteIsAnErrorAtItsCellAndIsNotEchoed() throws Exception {
    Path file =
        HostileFiles.edited(
            in().resolve("长公式.xlsx"),
            HostileFiles.good().leaf("A3", "附加", 0.01).formula("@@F@@"),
            "xl/sharedStrings.xml",
            xml -> xml.replace("@@F@@", "1+".repeat(500_000) + "1"));

    HostileRuns.Run run = both(file, 1);

    assertThat(run.out()).contains("指标评分!D5").contains("公式太长：有 1000001 个字符，最多 1000 个");
    assertThat(run.out().length()).isLessThan(5_000);
  }

  @Test
  void cellsOfTheLargestSizeExcelAllowsAreReadAndQuotedShort() throws Exception {
    String longest = "长".repeat(32_767);
    Path file =
        HostileFiles.good()
            .project("项目名称", longest)
            .project("评价机构", "\u0001\u0007\u001b[31m机构")
            .leaf("A3", longest, 0.01)
            .actual("x".repeat(32_767))
            .formula("实际值")
            .reason(longest)
            .leaf("A4", "公式长", 0.01)
            .formula("1+".repeat(16_383) + "1")
            .saveTo(in().resolve("长单元格.xlsx"));

    HostileRuns.Run run = both(file, 1);

    assertThat(run.out()).contains("指标评分!F5").contains("不是有效的数字").contains("公式太长：有 32767 个字符");
    assertThat(run.out().length()).isLessThan(5_000);
  }

  @Test
  void deepNestingIsAnErrorAtTheCell() throws Exception {
    Path file =
        HostileFiles.good()
            .leaf("A3", "一万层", 0.01)
            .formula("(".repeat(10_000) + "1" + ")".repeat(10_000))
            .leaf("A4", "一百五十层", 0.01)
            .formula("(".repeat(150) + "1" + ")".repeat(150))
            .saveTo(in().resolve("嵌套.xlsx"));

    HostileRuns.Run run = both(file, 1);

    assertThat(run.out()).contains("指标评分!D5").contains("公式太长").contains("指标评分!D6").contains("嵌套太深");
  }

  @Test
  void anExcelFormulaNestedTenThousandDeepIsNotANumberAndDoesNotCrash() throws Exception {
    Path file =
        HostileFiles.edited(
            in().resolve("深公式.xlsx"),
            HostileFiles.good()
                .leaf("A3", "深", 0.01)
                .actual(TestWorkbooks.formulaCell("1+1"))
                .formula("分值 * min(实际值, 1)"),
            HostileFiles.INDICATOR_PART,
            xml ->
                xml.replace(
                    "<f>1+1</f>", "<f>" + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "</f>"));

    HostileRuns.Run run = both(file, 1);

    assertThat(run.out()).contains("指标评分!F5").contains("不是有效的数字");
  }

  @Test
  void absurdNumbersAreErrorsAtTheirCells() throws Exception {
    Path file =
        HostileFiles.good()
            .indicator("B", "大数", null)
            .leaf("B1", "极大分值", 1e308)
            .manual(1e308)
            .leaf("B2", "也极大", 1e308)
            .manual(1)
            .leaf("B3", "非数", 1)
            .actual("NaN")
            .formula("实际值")
            .leaf("B4", "溢出", 1)
            .actual("1e309")
            .formula("实际值")
            .leaf("B5", "无穷", 1)
            .actual("Infinity")
            .formula("实际值")
            .leaf("B6", "溢出计算", 1)
            .actual(1e308)
            .formula("实际值 * 10")
            .saveTo(in().resolve("大数.xlsx"));

    HostileRuns.Run run = both(file, 1);

    assertThat(run.out())
        .contains("指标评分!C6 [B1] 「1.0E308」太大")
        .contains("指标评分!F8 [B3] 「NaN」不是有效的数字")
        .contains("指标评分!F9 [B4] 「1e309」太大")
        .contains("指标评分!F10 [B5] 「Infinity」不是有效的数字")
        .contains("指标评分!F11 [B6] 「1.0E308」太大");
  }

  @Test
  void namesThatLookLikePathsOrDevicesStayTextAndOutputsStayInTheOutFolder() throws Exception {
    Path file =
        HostileFiles.good()
            .project("项目名称", "../../x")
            .project("项目单位", "CON")
            .project("主管部门", "\u0000\u0001\u0007\u001b[2J")
            .project("联系邮箱", "a@example.com\nBcc: everyone@example.com")
            .saveTo(in().resolve("名称.xlsx"));

    HostileRuns.Run run = both(file, 0);

    assertThat(run.out())
        .contains("联系邮箱「a@example.com↵Bcc: everyone@example.com」不是有效的邮箱地址")
        .doesNotContain("\u001b");
    assertThat(temp.resolve("x")).doesNotExist();
    assertThat(out().getParent().resolve("x")).doesNotExist();
  }

  @Test
  void aHeaderCellInTheLastColumnXfdIsHarmless() throws Exception {
    Path file = HostileFiles.good().cell("指标评分", "XFD1", "备注").saveTo(in().resolve("满列表头.xlsx"));

    HostileRuns.Run run = both(file, 0);

    assertThat(run.out()).contains("94.00 分（优）");
  }
}
