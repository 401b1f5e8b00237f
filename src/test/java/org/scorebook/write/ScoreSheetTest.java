package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;

class ScoreSheetTest {
  private static final String SUMMARY = WorkbookWriter.SCORE_SHEET;

  @TempDir Path folder;

  private Readback written(Scorecard card) throws IOException {
    Path target = folder.resolve("out.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.write(workbook, card, target, VERSION, WRITTEN_AT);
    }
    return Readback.of(target);
  }

  @Test
  void summaryIsTheFirstAndActiveSheet() throws IOException {
    Readback out = written(SampleWorkbook.card().build());

    assertThat(out.sheetNames()).containsExactly(SUMMARY, "项目信息", "指标评分", "评价结论", "其他");
    assertThat(out.activeSheet()).isEqualTo(SUMMARY);
  }

  @Test
  void levelOneTableHoldsNumbersTotalAndGrade() throws IOException {
    Readback out = written(SampleWorkbook.card().build());

    int a = out.find(SUMMARY, 0, "A 项目决策");
    assertThat(out.number(SUMMARY, a, 2)).isEqualByComparingTo("10");
    assertThat(out.number(SUMMARY, a, 3)).isEqualByComparingTo("9");
    assertThat(out.number(SUMMARY, a, 4)).isEqualByComparingTo("0.9");
    assertThat(out.cell(SUMMARY, a, 4).getDataFormatString()).isEqualTo("0.00%");
    int b = out.find(SUMMARY, 0, "B 项目管理");
    assertThat(out.number(SUMMARY, b, 3)).isEqualByComparingTo("16.94");
    assertThat(out.cell(SUMMARY, b, 3).getDataFormatString()).isEqualTo("0.00");
    int total = out.find(SUMMARY, 0, "合计");
    assertThat(total).isEqualTo(a + 3);
    assertThat(out.number(SUMMARY, total, 2)).isEqualByComparingTo("100");
    assertThat(out.number(SUMMARY, total, 3)).isEqualByComparingTo("87.12");
    assertThat(out.number(SUMMARY, total, 4).doubleValue()).isCloseTo(0.8712, within(1e-9));
    assertThat(out.text(SUMMARY, total + 1, 0)).isEqualTo("评价等级");
    assertThat(out.text(SUMMARY, total + 1, 2)).isEqualTo("良");
    assertThat(out.text(SUMMARY, 1, 0)).startsWith("总分 87.12 分，评价等级：良。");
  }

  @Test
  void treeListsEveryIndicatorIndentedByLevelWithItsScore() throws IOException {
    Scorecard card = SampleWorkbook.card().build();
    Path target = folder.resolve("out.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.write(workbook, card, target, VERSION, WRITTEN_AT);
      Sheet summary = workbook.getSheet(SUMMARY);
      int header = findRow(summary, "指标编码");
      assertThat(summary.getRepeatingRows())
          .isEqualTo(new CellRangeAddress(header, header, -1, -1));
      assertThat(summary.getRow(header + 6).getCell(1).getCellStyle().getIndention())
          .isEqualTo((short) 2);
      assertThat(summary.getRow(header + 1).getCell(1).getCellStyle().getIndention()).isZero();
    }
    Readback out = Readback.of(target);
    int header = out.find(SUMMARY, 0, "指标编码");
    assertThat(out.text(SUMMARY, header, 1)).isEqualTo("指标名称");
    assertThat(out.text(SUMMARY, header + 6, 0)).isEqualTo("B1.1");
    assertThat(out.text(SUMMARY, header + 6, 1)).isEqualTo("预算执行率");
    assertThat(out.number(SUMMARY, header + 6, 2)).isEqualByComparingTo("25");
    assertThat(out.number(SUMMARY, header + 6, 3)).isEqualByComparingTo("16.94");
    assertThat(out.number(SUMMARY, header + 6, 4).doubleValue()).isCloseTo(0.6776, within(1e-9));
    assertThat(out.text(SUMMARY, header + 9, 0)).isEqualTo("合计");
    assertThat(out.number(SUMMARY, header + 9, 3)).isEqualByComparingTo("87.12");
  }

  @Test
  void projectBlockShowsFactsAmountsAndExecutionRate() throws IOException {
    Readback out = written(SampleWorkbook.card().build());

    int name = out.find(SUMMARY, 0, "项目名称");
    assertThat(out.text(SUMMARY, name, 1)).isEqualTo("2017年合作交流综合信息服务平台建设运维项目");
    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "评价机构"), 1)).isEqualTo("上海科技咨询有限公司");
    assertThat(out.number(SUMMARY, out.find(SUMMARY, 0, "预算金额（万元）"), 1))
        .isEqualByComparingTo("19.369");
    assertThat(out.number(SUMMARY, out.find(SUMMARY, 0, "实际支出（万元）"), 1)).isEqualByComparingTo("19");
    BigDecimal rate = out.number(SUMMARY, out.find(SUMMARY, 0, "预算执行率"), 1);
    assertThat(rate.doubleValue()).isCloseTo(19.0 / 19.369, within(1e-9));
    assertThat(out.text(SUMMARY, 0, 0)).isEqualTo("2017年合作交流综合信息服务平台建设运维项目绩效评价评分汇总");
  }

  @Test
  void findingsMessagesAndFooterFollowTheTables() throws IOException {
    Readback out = written(SampleWorkbook.card().build());

    assertThat(out.text(SUMMARY, out.find(SUMMARY, 0, "主要绩效"), 1)).startsWith("通过项目实施");
    assertThat(out.contains(SUMMARY, "整改建议")).isFalse();
    int header = out.find(SUMMARY, 0, "序号");
    assertThat(out.number(SUMMARY, header + 1, 0)).isEqualByComparingTo("1");
    assertThat(out.text(SUMMARY, header + 1, 1)).isEqualTo("得分 3.00 低于分值 4，请在评分说明中写明扣分理由");
    assertThat(out.text(SUMMARY, header + 1, 2)).isEqualTo("提示");
    assertThat(out.text(SUMMARY, header + 1, 3)).isEqualTo("指标评分!H4");
    assertThat(out.text(SUMMARY, header + 1, 4)).isEqualTo("A2");
    assertThat(out.contains(SUMMARY, "来源文件：评价-2017.xlsx")).isTrue();
    assertThat(out.contains(SUMMARY, "生成时间：2024-05-06 14:30")).isTrue();
    assertThat(out.contains(SUMMARY, "Scorebook 0.1.0-test")).isTrue();
  }

  @Test
  void withErrorsThereIsNoTotalNoGradeAndALineSayingWhy() throws IOException {
    Readback out = written(SampleWorkbook.card().withError().build());

    int total = out.find(SUMMARY, 0, "合计");
    assertThat(out.number(SUMMARY, total, 2)).isEqualByComparingTo("100");
    assertThat(out.number(SUMMARY, total, 3)).isNull();
    assertThat(out.number(SUMMARY, total, 4)).isNull();
    assertThat(out.text(SUMMARY, total + 1, 0)).isEqualTo("有 1 个错误，不能给出总分和评价等级");
    assertThat(out.contains(SUMMARY, "评价等级：")).isFalse();
    assertThat(out.contains(SUMMARY, "良")).isFalse();
    assertThat(out.text(SUMMARY, 1, 0))
        .startsWith("有 1 个错误，不能给出总分和评价等级。请按下方「校验结果」修改「指标评分」等工作表中标红的单元格，然后重新处理。");
    int b = out.find(SUMMARY, 0, "B 项目管理");
    assertThat(out.number(SUMMARY, b, 3)).isNull();
    int tree = out.find(SUMMARY, 0, "B1.1");
    assertThat(out.number(SUMMARY, tree, 3)).isNull();
    assertThat(out.number(SUMMARY, out.find(SUMMARY, 0, "C1"), 3)).isEqualByComparingTo("61.18");
  }

  @Test
  void noMessagesGivesALineSayingSo() throws IOException {
    Readback out = written(SampleWorkbook.card().withoutMessages().build());

    assertThat(out.contains(SUMMARY, "未发现错误或提示。")).isTrue();
    assertThat(out.contains(SUMMARY, "序号")).isFalse();
  }

  @Test
  void pageIsA4PortraitOneWideWithoutGridlinesAndFrozenUnderTheTitle() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.annotate(workbook, SampleWorkbook.card().build(), VERSION, WRITTEN_AT);
      Sheet summary = workbook.getSheet(SUMMARY);

      assertThat(summary.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(summary.getPrintSetup().getLandscape()).isFalse();
      assertThat(summary.getFitToPage()).isTrue();
      assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(summary.getPrintSetup().getFitHeight()).isZero();
      assertThat(summary.isDisplayGridlines()).isFalse();
      assertThat(summary.isPrintGridlines()).isFalse();
      assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(workbook.getActiveSheetIndex()).isZero();
      for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
        assertThat(workbook.getSheetAt(i).isSelected()).as(workbook.getSheetName(i)).isFalse();
      }
      assertThat(summary.getColumnWidth(1)).isGreaterThanOrEqualTo(30 * 256);
    }
  }

  @Test
  void aRowOfVeryLongTextIsAsTallAsExcelAllows() throws IOException {
    String longText = "长".repeat(20_000);
    Scorecard card =
        SampleWorkbook.card().message(Message.warning(SampleWorkbook.BUDGET, "", longText)).build();
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.annotate(workbook, card, VERSION, WRITTEN_AT);
      Sheet summary = workbook.getSheet(SUMMARY);

      boolean found = false;
      for (Row row : summary) {
        assertThat(row.getHeightInPoints()).as("row %d", row.getRowNum() + 1).isBetween(1f, 409f);
        Cell text = row.getCell(1);
        if (text != null && text.toString().equals(longText)) {
          assertThat(row.getHeightInPoints()).isEqualTo(409f);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }

  private static int findRow(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && text.equals(cell.toString())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError(text);
  }
}
