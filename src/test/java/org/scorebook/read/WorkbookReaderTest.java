package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorebook.testing.TestWorkbooks.evaluation;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.NumberReading;
import org.scorebook.score.Scorer;
import org.scorebook.testing.TestWorkbooks;

class WorkbookReaderTest {

  private static Evaluation read(TestWorkbooks.Builder builder) throws Exception {
    try (XSSFWorkbook workbook = builder.build()) {
      return WorkbookReader.read(workbook, "t.xlsx", Kinds.ALL.readers());
    }
  }

  private static TestWorkbooks.Builder small() {
    return evaluation()
        .project("项目名称", "测试")
        .project("预算金额", 19.369)
        .project("实际支出", "19.000万元")
        .indicator("A", "决策", 100)
        .leaf("A1", "执行率", 100)
        .formula("分值 * min(实际支出 / 预算金额, 1)");
  }

  @Test
  void readsProjectFactsWithUnitsInLabelsAndValues() throws Exception {
    Evaluation evaluation = read(small());
    assertThat(evaluation.project().name()).isEqualTo("测试");
    assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(19.369));
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(19.0));
    assertThat(evaluation.readMessages()).isEmpty();
  }

  @Test
  void aDateInTheEvaluationYearReadsAsItsYearAndOtherDatesAsShownWithoutQuotes() throws Exception {
    Evaluation evaluation =
        read(
            small()
                .project("评价年度", "?")
                .project("联系人", "?")
                .edit(
                    wb -> {
                      Sheet sheet = wb.getSheet("项目信息");
                      for (Row row : sheet) {
                        String label =
                            row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                        if (label.equals("评价年度")) {
                          dateCell(wb, row, "yyyy\"年\"m\"月\"d\"日\"");
                        } else if (label.equals("联系人")) {
                          dateCell(wb, row, "yyyy\"年\"m\"月\"");
                        }
                      }
                    }));
    assertThat(evaluation.project().field("评价年度")).isEqualTo("2018");
    assertThat(evaluation.project().field("联系人")).isEqualTo("2018年12月");
  }

  private static void dateCell(XSSFWorkbook workbook, Row row, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    Cell cell = row.createCell(1);
    cell.setCellValue(LocalDate.of(2018, 12, 31));
    cell.setCellStyle(style);
  }

  @Test
  void aReasonMergedOverTwoRowsExplainsBothDeductions() throws Exception {
    Evaluation evaluation =
        read(
            evaluation()
                .project("项目名称", "测试")
                .indicator("A", "决策", 100)
                .leaf("A1", "甲", 50)
                .manual(40)
                .reason("两项工作均未按期完成")
                .leaf("A2", "乙", 50)
                .manual(45)
                .edit(
                    wb -> wb.getSheet("指标评分").addMergedRegion(CellRangeAddress.valueOf("H3:H4"))));

    assertThat(evaluation.indicators().rows())
        .extracting(IndicatorRow::reason)
        .containsExactly("", "两项工作均未按期完成", "两项工作均未按期完成");
    assertThat(Scorer.score(evaluation).messages()).isEmpty();
  }

  @Test
  void spendingMayBeCalled决算金额() throws Exception {
    Evaluation evaluation =
        read(
            small()
                .edit(
                    wb -> {
                      Sheet sheet = wb.getSheet("项目信息");
                      for (Row row : sheet) {
                        if (row.getCell(0) != null
                            && row.getCell(0).getStringCellValue().startsWith("实际支出")) {
                          row.getCell(0).setCellValue("决算金额（万元）");
                        }
                      }
                    }));
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(19.0));
  }

  @Test
  void findsTheIndicatorHeaderBelowTheFirstRowAndSheetsWithSpacesInTheirNames() throws Exception {
    Evaluation evaluation = read(small().indicatorHeaderAt(9).renameSheet("指标评分", " 指标评分\u3000"));
    assertThat(evaluation.indicators().headerRow()).isEqualTo(9);
    assertThat(evaluation.indicators().rows())
        .extracting(IndicatorRow::code)
        .containsExactly("A", "A1");
    assertThat(evaluation.indicators().rows().get(0).row()).isEqualTo(10);
  }

  @Test
  void headerBeyondTheTenthRowIsNotFound() {
    assertThatThrownBy(() -> read(small().indicatorHeaderAt(10)))
        .isInstanceOf(UnreadableWorkbookException.class)
        .hasMessageStartingWith("工作表「指标评分」前 10 行中没有找到表头「指标编码」")
        .matches(
            e -> ((UnreadableWorkbookException) e).noIndicators(),
            "has no indicator table, not damaged");
  }

  @Test
  void missingIndicatorSheetNamesTheSheetsThatExist() {
    assertThatThrownBy(() -> read(small().withoutSheet("指标评分")))
        .isInstanceOf(UnreadableWorkbookException.class)
        .hasMessageStartingWith("缺少工作表「指标评分」（现有工作表：填写说明、项目信息")
        .matches(
            e -> ((UnreadableWorkbookException) e).noIndicators(),
            "has no indicator table, not damaged");
  }

  @Test
  void columnsAreFoundByHeaderInAnyOrderWithAliases() throws Exception {
    Evaluation evaluation =
        read(
            evaluation()
                .project("项目名称", "x")
                .withoutSheet("指标评分")
                .row("指标评分", 0, "满分值", "扣分理由", "指标名称", "人工得分", "指标编码")
                .row("指标评分", 1, 100, "", "决策", 100, " ａ "));
    assertThat(evaluation.indicators().column(IndicatorColumn.FULL)).hasValue(0);
    assertThat(evaluation.indicators().column(IndicatorColumn.REASON)).hasValue(1);
    assertThat(evaluation.indicators().column(IndicatorColumn.CODE)).hasValue(4);
    assertThat(evaluation.indicators().column(IndicatorColumn.SCORE)).isEmpty();
    IndicatorRow row = evaluation.indicators().rows().get(0);
    assertThat(row.code()).as("full-width, padded, lower case code normalised").isEqualTo("A");
    assertThat(row.manual()).isEqualTo(NumberReading.of(100));
    assertThat(Scorer.score(evaluation).total()).hasValue(100.0);
  }

  @Test
  void textWhereANumberBelongsIsAnErrorAtThatCellQuotingIt() throws Exception {
    Evaluation evaluation = read(small().leaf("B", "x", "九十"));
    assertThat(evaluation.readMessages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.where().toString()).isEqualTo("指标评分!C4");
              assertThat(m.code()).isEqualTo("B");
              assertThat(m.text()).isEqualTo("「九十」不是有效的数字");
            });
  }

  @Test
  void blankRowsAreSkippedAndARowWithoutCodeButWithContentIsNoted() throws Exception {
    Evaluation evaluation =
        read(
            small()
                .indicatorRow(null, null, null)
                .indicatorRow("", "合计", 100)
                .leaf("B", "y", 1)
                .manual(1));
    assertThat(evaluation.indicators().rows())
        .extracting(IndicatorRow::code)
        .containsExactly("A", "A1", "B");
    assertThat(evaluation.readMessages())
        .singleElement()
        .satisfies(m -> assertThat(m.where().a1()).isEqualTo("A5"));
  }

  @Test
  void anExcelFormulaInAnInputCellGivesItsValue() throws Exception {
    Evaluation evaluation =
        read(small().leaf("B", "x", TestWorkbooks.formulaCell("2*3")).manual(6));
    assertThat(evaluation.indicators().rows().get(2).full()).isEqualTo(NumberReading.of(6));
  }

  @Test
  void aScoreTypedInto得分IsRememberedAsTyped() throws Exception {
    Evaluation evaluation = read(small().score(86.5));
    assertThat(evaluation.indicators().rows().get(1).previousScore().shown())
        .as("as the cell shows it")
        .isEqualTo("86.50");
  }

  @Test
  void parametersAndGradesAreRead() throws Exception {
    Evaluation evaluation =
        read(small().param("满意度", TestWorkbooks.percent(0.8913)).grades("优良", 80, "中", 60, "差", 0));
    assertThat(evaluation.parameters())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("满意度");
              assertThat(p.value()).isEqualTo(NumberReading.of(0.8913));
            });
    assertThat(evaluation.grades().orElseThrow().rows())
        .extracting(r -> r.name())
        .containsExactly("优良", "中", "差");
  }

  @Test
  void theBlankTemplateReadsCleanly() throws Exception {
    Evaluation evaluation = read(TestWorkbooks.template());
    assertThat(evaluation.readMessages()).isEmpty();
    assertThat(evaluation.indicators().rows()).isNotEmpty();
  }
}
