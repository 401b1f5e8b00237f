package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.testing.TestWorkbooks;

/**
 * Layouts evaluators really make: merged cells, hidden rows and sheets, a filter, frozen panes, the
 * header further down, a protected sheet. They are read as laid out and scored as usual, never
 * refused.
 */
class HostileLayoutTest {
  @TempDir Path temp;

  private static final String INDICATORS = "指标评分";

  static Stream<Arguments> layouts() {
    return Stream.of(
        layout(
            "父指标名称横向合并到分值（分值留空，由子指标相加）",
            b ->
                b.edit(
                    wb -> {
                      XSSFSheet sheet = wb.getSheet(INDICATORS);
                      sheet.getRow(1).getCell(2).setBlank();
                      sheet.addMergedRegion(CellRangeAddress.valueOf("B2:C2"));
                    })),
        layout(
            "评分说明向下合并到下一行",
            b ->
                b.edit(
                    wb ->
                        wb.getSheet(INDICATORS)
                            .addMergedRegion(CellRangeAddress.valueOf("H3:H4")))),
        layout("隐藏行", b -> b.edit(wb -> wb.getSheet(INDICATORS).getRow(2).setZeroHeight(true))),
        layout(
            "隐藏且极隐藏的工作表",
            b ->
                b.edit(
                    wb -> {
                      wb.setSheetHidden(wb.getSheetIndex("评分参数"), true);
                      wb.setSheetVisibility(wb.getSheetIndex("项目信息"), SheetVisibility.VERY_HIDDEN);
                      wb.setActiveSheet(wb.getSheetIndex(INDICATORS));
                    })),
        layout(
            "表头上的筛选",
            b ->
                b.edit(
                    wb ->
                        wb.getSheet(INDICATORS).setAutoFilter(CellRangeAddress.valueOf("A1:I4")))),
        layout("冻结窗格", b -> b.edit(wb -> wb.getSheet(INDICATORS).createFreezePane(2, 1))),
        layout("表头在第 10 行", b -> b.indicatorHeaderAt(9)),
        layout("指标评分表设置了保护密码", b -> b.edit(wb -> wb.getSheet(INDICATORS).protectSheet("保护"))),
        layout(
            "全部一起",
            b ->
                b.indicatorHeaderAt(9)
                    .edit(
                        wb -> {
                          XSSFSheet sheet = wb.getSheet(INDICATORS);
                          sheet.createFreezePane(0, 10);
                          sheet.setAutoFilter(CellRangeAddress.valueOf("A10:I13"));
                          sheet.getRow(11).setZeroHeight(true);
                          sheet.addMergedRegion(CellRangeAddress.valueOf("H12:H13"));
                          sheet.protectSheet("保护");
                          wb.setSheetHidden(wb.getSheetIndex("评分参数"), true);
                        })));
  }

  private static Arguments layout(String name, Consumer<TestWorkbooks.Builder> change) {
    return Arguments.of(Named.of(name, change));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void isReadAndScoredAsUsual(Consumer<TestWorkbooks.Builder> change) {
    TestWorkbooks.Builder builder = HostileFiles.good();
    change.accept(builder);
    Path file = builder.saveTo(temp.resolve("收件").resolve("版式.xlsx"));
    Path out = temp.resolve("已评分");

    HostileRuns.Run processed =
        HostileRuns.inProcess("process", file.toString(), "--out", out.toString());
    HostileRuns.Run validated = HostileRuns.inProcess("validate", file.toString());

    for (HostileRuns.Run run : new HostileRuns.Run[] {processed, validated}) {
      assertThat(run.status()).as(run.all()).isZero();
      HostileRuns.assertNoStackTrace(run);
      assertThat(run.out()).contains("94.00 分（优），0 条提示");
    }
    assertThat(HostileRuns.filesIn(out)).containsExactly(out.resolve("版式.xlsx"));
  }

  @Test
  void aCodeMergedDownOverTheChildrenRowsLeavesThemWithoutCodesAndSaysSo() {
    Path file =
        HostileFiles.good()
            .edit(
                wb -> {
                  XSSFSheet sheet = wb.getSheet(INDICATORS);
                  sheet.getRow(2).getCell(0).setBlank();
                  sheet.getRow(3).getCell(0).setBlank();
                  sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
                })
            .saveTo(temp.resolve("收件").resolve("合并编码.xlsx"));
    Path out = temp.resolve("已评分");

    HostileRuns.Run run =
        HostileRuns.inProcess("process", file.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isEqualTo(1);
    HostileRuns.assertNoStackTrace(run);
    assertThat(run.out())
        .contains("未给出总分")
        .contains("指标评分!A3 本行的指标编码格被合并单元格 A2:A4 盖住了")
        .contains("指标评分!A4 本行的指标编码格被合并单元格 A2:A4 盖住了");
    assertThat(HostileRuns.filesIn(out)).containsExactly(out.resolve("合并编码.xlsx"));
  }

  @Test
  void inputFileNamesWithOddCharactersAreKeptForTheOutputs() {
    Path in = temp.resolve("收件");
    String[] names = {
      "评价 #1 (副本) 'a' ;&$ 100%.xlsx",
      "CON.xlsx",
      "-rf.xlsx",
      "😀 emoji.xlsx",
      "名".repeat(78) + ".xlsx",
      "..两点开头.xlsx",
      "a[1]{2}.xlsx",
      "带宏 副本.XLSM"
    };
    for (String name : names) {
      if (name.endsWith(".XLSM")) {
        HostileFiles.macroEnabled(in.resolve(name));
      } else {
        HostileFiles.goodFile(in.resolve(name));
      }
    }
    Path out = temp.resolve("已评分");

    HostileRuns.Run run = HostileRuns.inProcess("process", in.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    HostileRuns.assertNoStackTrace(run);
    // ..两点开头.xlsx starts with a dot: hidden, so a folder does not contribute it (named alone it is
    // taken)
    assertThat(HostileRuns.filesIn(out))
        .containsExactlyInAnyOrder(
            Stream.of(names)
                .filter(n -> !n.startsWith("."))
                .map(out::resolve)
                .toArray(Path[]::new));
    assertThat(run.out().lines().filter(l -> l.contains("94.00 分（优）"))).hasSize(names.length - 1);
  }
}
