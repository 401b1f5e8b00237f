package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scorebook.write.SampleWorkbook.CHECK_COLUMN;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.RATE_COLUMN;
import static org.scorebook.write.SampleWorkbook.SCORE_COLUMN;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;

class IndicatorAnnotationTest {
  @TempDir Path folder;

  private Readback written(Workbook workbook, Scorecard card) throws IOException {
    Path target = folder.resolve("out.xlsx");
    WorkbookWriter.write(workbook, card, target, VERSION, WRITTEN_AT);
    return Readback.of(target);
  }

  @Test
  void appendsScoreRateAndCheckColumnsAfterTheLastUsedOne() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Readback out = written(workbook, SampleWorkbook.card().build());

      assertThat(out.text(INDICATORS, 0, SCORE_COLUMN)).isEqualTo("得分");
      assertThat(out.text(INDICATORS, 0, RATE_COLUMN)).isEqualTo("得分率");
      assertThat(out.text(INDICATORS, 0, CHECK_COLUMN)).isEqualTo("校验结果");
    }
  }

  @Test
  void writesEveryRowsScoreAndRateAsFormattedNumbers() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Readback out = written(workbook, SampleWorkbook.card().build());

      for (int i = 0; i < SampleWorkbook.LINES.size(); i++) {
        SampleWorkbook.Line line = SampleWorkbook.LINES.get(i);
        int row = i + 1;
        assertThat(out.number(INDICATORS, row, SCORE_COLUMN).doubleValue())
            .as(line.code())
            .isEqualTo(line.score());
        assertThat(out.number(INDICATORS, row, RATE_COLUMN).doubleValue())
            .as(line.code())
            .isCloseTo(line.score() / line.full(), within(1e-12));
        assertThat(out.cell(INDICATORS, row, SCORE_COLUMN).getDataFormatString()).isEqualTo("0.00");
        assertThat(out.cell(INDICATORS, row, RATE_COLUMN).getDataFormatString()).isEqualTo("0.00%");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void checkColumnWrapsInAWideColumnAndRowsGrowToShowEveryLine(String name) throws IOException {
    Scorecard card =
        SampleWorkbook.card()
            .message(Message.error(CellRef.of(INDICATORS, 3, 6), "A2", "人工得分超过分值，请对照评分标准重新打分并写明依据"))
            .message(
                Message.error(
                    CellRef.of(INDICATORS, 2, 6),
                    "A1",
                    "人工得分超过分值，请对照评分标准重新打分并写明依据。" + "这一行没有设定行高，LibreOffice 打开时不会自动加高，所以也要加高"))
            .build();
    Path target = folder.resolve(name);
    try (Workbook workbook = name.endsWith(".xls") ? SampleWorkbook.xls() : SampleWorkbook.xlsx()) {
      workbook.getSheet(INDICATORS).getRow(3).setHeightInPoints(15);
      WorkbookWriter.write(workbook, card, target, VERSION, WRITTEN_AT);
    }

    try (Workbook out = WorkbookFactory.create(target.toFile(), null, true)) {
      Sheet sheet = out.getSheet(INDICATORS);
      assertThat(sheet.getRow(3).getCell(CHECK_COLUMN).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(1).getCell(CHECK_COLUMN).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getColumnWidth(CHECK_COLUMN)).isGreaterThanOrEqualTo(40 * 256);
      String text = sheet.getRow(3).getCell(CHECK_COLUMN).getStringCellValue();
      int lines = TextWidth.wrappedLines(text, sheet.getColumnWidth(CHECK_COLUMN) / 256 - 1);
      assertThat(lines).isGreaterThan(1);
      assertThat(sheet.getRow(3).getHeightInPoints()).isGreaterThanOrEqualTo(lines * 15f);
      String unset = sheet.getRow(2).getCell(CHECK_COLUMN).getStringCellValue();
      int unsetLines = TextWidth.wrappedLines(unset, sheet.getColumnWidth(CHECK_COLUMN) / 256 - 1);
      assertThat(unsetLines).isGreaterThan(1);
      assertThat(sheet.getRow(2).getHeightInPoints()).isGreaterThanOrEqualTo(unsetLines * 15f);
      assertThat(sheet.getRow(1).getHeightInPoints())
          .as("a one-line row keeps its height")
          .isEqualTo(sheet.getDefaultRowHeightInPoints());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void aRowOfVeryLongMessagesStopsAtExcelsTallestRow(String name) throws IOException {
    SampleWorkbook.Card card = SampleWorkbook.card();
    for (int i = 0; i < 60; i++) {
      card.message(
          Message.warning(
              CellRef.of(INDICATORS, 3, 6), "A2", "第 " + i + " 条：" + "评分依据需要补充说明。".repeat(8)));
    }
    Path target = folder.resolve(name);
    try (Workbook workbook = name.endsWith(".xls") ? SampleWorkbook.xls() : SampleWorkbook.xlsx()) {
      WorkbookWriter.write(workbook, card.build(), target, VERSION, WRITTEN_AT);
    }

    try (Workbook out = WorkbookFactory.create(target.toFile(), null, true)) {
      assertThat(out.getSheet(INDICATORS).getRow(3).getHeightInPoints())
          .isEqualTo(TextWidth.MAX_ROW_POINTS);
    }
  }

  @Test
  void checkColumnJoinsTheRowsMessagesOrSaysPassed() throws IOException {
    Scorecard card =
        SampleWorkbook.card()
            .message(Message.error(CellRef.of(INDICATORS, 3, 6), "A2", "人工得分超过分值"))
            .build();
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Readback out = written(workbook, card);

      assertThat(out.text(INDICATORS, 1, CHECK_COLUMN)).isEqualTo("通过");
      assertThat(out.text(INDICATORS, 3, CHECK_COLUMN))
          .isEqualTo("错误：人工得分超过分值；提示：得分 3.00 低于分值 4，请在评分说明中写明扣分理由");
    }
  }

  @Test
  void blankScoreLeavesTheCellsEmpty() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Readback out = written(workbook, SampleWorkbook.card().withError().build());

      assertThat(out.number(INDICATORS, 6, SCORE_COLUMN)).isNull();
      assertThat(out.number(INDICATORS, 6, RATE_COLUMN)).isNull();
      assertThat(out.text(INDICATORS, 6, CHECK_COLUMN))
          .isEqualTo("错误：第 17 个字符：未知名称「预算全额」，是否是「预算金额」？");
    }
  }

  @Test
  void existingOutputColumnsAreReusedAndWhatTheyHeldIsReplacedFormulasToo() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      // The evaluator's own 得分 column, in the middle, with a typed score and a formula.
      sheet.getRow(0).createCell(11).setCellValue("得分");
      sheet.getRow(0).createCell(12).setCellValue("校验结果");
      sheet.getRow(1).createCell(11).setCellFormula("C2*0.5");
      sheet.getRow(2).createCell(11).setCellValue(86.5);
      sheet.getRow(2).createCell(12).setCellValue("旧的结果");
      Scorecard card =
          withColumns(
              SampleWorkbook.card().build(),
              Map.of(IndicatorColumn.SCORE, 11, IndicatorColumn.CHECK, 12));

      Readback out = written(workbook, card);

      assertThat(out.number(INDICATORS, 1, 11)).isEqualByComparingTo("9");
      assertThat(out.cell(INDICATORS, 1, 11).getFormula()).isNull();
      assertThat(out.number(INDICATORS, 2, 11)).isEqualByComparingTo("6");
      assertThat(out.text(INDICATORS, 2, 12)).isEqualTo("通过");
      assertThat(out.text(INDICATORS, 0, 13)).isEqualTo("得分率");
      assertThat(out.number(INDICATORS, 2, 13)).isEqualByComparingTo("1");
      assertThat(out.text(INDICATORS, 0, SCORE_COLUMN)).isEmpty();
    }
  }

  @Test
  void keepsTheCellsStyleAndOnlyChangesItsNumberFormat() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      Styles styles = new Styles(workbook);
      CellStyle bordered = styles.of(Look.PLAIN.withBorder().withBold());
      Row header = sheet.getRow(0);
      header.getCell(7).setCellStyle(bordered);
      sheet.getRow(2).createCell(7).setCellStyle(bordered); // 评分说明 of A1, left of the new 得分

      WorkbookWriter.annotate(workbook, SampleWorkbook.card().build(), VERSION, WRITTEN_AT);

      CellStyle score = sheet.getRow(2).getCell(SCORE_COLUMN).getCellStyle();
      assertThat(score.getBorderTop()).isEqualTo(BorderStyle.THIN);
      assertThat(workbook.getFontAt(score.getFontIndex()).getBold()).isTrue();
      assertThat(score.getDataFormatString()).isEqualTo("0.00");
      assertThat(header.getCell(SCORE_COLUMN).getCellStyle().getIndex())
          .isEqualTo(bordered.getIndex());
      assertThat(bordered.getDataFormatString()).isEqualTo("General");
    }
  }

  private static Scorecard withColumns(Scorecard card, Map<IndicatorColumn, Integer> outputs) {
    IndicatorSheet sheet = card.evaluation().indicators();
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(sheet.columns());
    columns.putAll(outputs);
    var evaluation = card.evaluation();
    var moved =
        new Evaluation(
            evaluation.kind(),
            evaluation.source(),
            evaluation.project(),
            evaluation.parameters(),
            new IndicatorSheet(sheet.sheetName(), sheet.headerRow(), columns, sheet.rows()),
            evaluation.grades(),
            evaluation.findings(),
            evaluation.readMessages(),
            evaluation.scoredBefore());
    return new Scorecard(moved, card.indicators(), card.total(), card.grade(), card.messages());
  }
}
