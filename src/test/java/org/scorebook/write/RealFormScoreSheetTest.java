package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.style.TextWidth;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * 评分汇总 of a form as people fill it in: short names and targets, no 偏差原因 where nothing was lost, the
 * 项目资金（万元） label running down the side of the funds lines. The sample's long texts widen its
 * columns; here every column is sized for what it holds.
 */
class RealFormScoreSheetTest {
  /** Bold digits take up to a sixth more room than regular ones. */
  private static final double BOLD = 1.15;

  @TempDir Path folder;

  /** A form as a department fills it in; the 得分 of 使用单位满意度 typed wrong, so there is a message. */
  static SelfEvaluationForms.Builder realForm() {
    List<SelfEvaluationForms.Leaf> leaves =
        List.of(
            new SelfEvaluationForms.Leaf("产出指标", "数量指标", "培训人数", "100人", "120人", 20, null, null),
            new SelfEvaluationForms.Leaf("产出指标", "质量指标", "合格率", "≥95%", "98%", 20, null, null),
            new SelfEvaluationForms.Leaf("产出指标", "时效指标", "完成时间", "12月底", "12月底", 10, null, null),
            new SelfEvaluationForms.Leaf("效益指标", "社会效益指标", "受益人数", "100人", "120人", 30, null, null),
            new SelfEvaluationForms.Leaf("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 9, null));
    return SelfEvaluationForms.form()
        .projectName("职业技能培训项目")
        .leaves(leaves)
        .funds(200, 200)
        .edit(RealFormScoreSheetTest::fundsLabelDownTheSide);
  }

  /** 项目资金（万元） merged down column A beside the funds lines, their labels in column B. */
  private static void fundsLabelDownTheSide(Workbook workbook) {
    Sheet sheet = workbook.getSheetAt(0);
    int header = SelfEvaluationForms.Builder.FUNDS_HEADER_ROW;
    int first = SelfEvaluationForms.Builder.FUNDS_ROW;
    for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
      CellRangeAddress region = sheet.getMergedRegion(i);
      if (region.getFirstRow() >= header
          && region.getLastRow() <= first + 3
          && region.getFirstColumn() == 0) {
        sheet.removeMergedRegion(i);
      }
    }
    for (int r = first; r < first + 4; r++) {
      Row row = sheet.getRow(r);
      row.createCell(1).setCellValue(row.getCell(0).getStringCellValue());
      row.getCell(0).setBlank();
    }
    sheet.addMergedRegion(new CellRangeAddress(header, first + 3, 0, 0));
  }

  static Path processed(SelfEvaluationForms.Builder form, Path folder) throws Exception {
    Path input = form.saveTo(folder.resolve("自评表.xlsx"));
    Path output = folder.resolve("已评分.xlsx");
    try (InputStream in = Files.newInputStream(input);
        Workbook workbook = WorkbookFactory.create(in)) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "自评表.xlsx", Kinds.ALL.readers()));
      WorkbookWriter.write(workbook, card, output, VERSION, WRITTEN_AT);
    }
    return output;
  }

  @Test
  void theFundsLineIsNamedAsTheFormNamesItWhenTheHeaderRunsDownTheSide() throws Exception {
    Readback out = Readback.of(processed(realForm(), folder));

    int header = out.find(WorkbookWriter.SCORE_SHEET, 0, "项目资金（万元）");
    assertThat(out.text(WorkbookWriter.SCORE_SHEET, header + 1, 0)).isEqualTo("年度资金总额");
    assertThat(out.text(WorkbookWriter.SCORE_SHEET, header + 2, 0)).isEqualTo("其中：当年财政拨款");
  }

  @Test
  void everyCellThatDoesNotWrapFitsItsColumns() throws Exception {
    try (InputStream in = Files.newInputStream(processed(realForm(), folder));
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(WorkbookWriter.SCORE_SHEET);
      DataFormatter shown = new DataFormatter();
      List<String> cut = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.BLANK || cell.getCellStyle().getWrapText()) {
            continue;
          }
          String text = shown.formatCellValue(cell);
          boolean bold = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
          double needed = (TextWidth.displayWidth(text) + 2) * (bold ? BOLD : 1);
          double width = width(sheet, cell);
          if (needed > width && !spillsIntoBlank(sheet, cell)) {
            cut.add(cell.getAddress() + " 「" + text + "」 needs " + needed + ", has " + width);
          }
        }
      }
      assertThat(cut).isEmpty();
    }
  }

  @Test
  void aMessagesPlaceShowsWholeOnOneLine() throws Exception {
    try (InputStream in = Files.newInputStream(processed(realForm(), folder));
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(WorkbookWriter.SCORE_SHEET);
      Cell place = null;
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().startsWith("项目支出绩效自评表!")) {
            place = cell;
          }
        }
      }
      assertThat(place).isNotNull();
      assertThat(width(sheet, place))
          .isGreaterThanOrEqualTo(TextWidth.displayWidth(place.getStringCellValue()) + 2.0);
    }
  }

  @Test
  void wrappedTextHasRoomForAllItsLines() throws Exception {
    try (InputStream in = Files.newInputStream(processed(realForm(), folder));
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(WorkbookWriter.SCORE_SHEET);
      List<String> clipped = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
            continue;
          }
          String text = cell.getStringCellValue();
          short points =
              workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
          // A CJK character is a little wider than two digits, and a cell keeps a margin.
          int chars = (int) Math.floor((width(sheet, cell) - 1) / 1.1 * 11 / Math.max(points, 11));
          double needed = TextWidth.wrappedLines(text, chars) * 15.0 * Math.max(points, 11) / 11;
          if (row.getHeightInPoints() < needed) {
            clipped.add(
                cell.getAddress() + " needs " + needed + "pt, has " + row.getHeightInPoints());
          }
        }
      }
      assertThat(clipped).isEmpty();
    }
  }

  /** A cell's width in characters, over its merged range. */
  private static double width(Sheet sheet, Cell cell) {
    int from = cell.getColumnIndex();
    int to = from;
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.isInRange(cell)) {
        from = region.getFirstColumn();
        to = region.getLastColumn();
      }
    }
    double width = 0;
    for (int c = from; c <= to; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    return width;
  }

  /** Text (not a number) with an empty cell to its right shows in full: it runs over. */
  private static boolean spillsIntoBlank(Sheet sheet, Cell cell) {
    if (cell.getCellType() != CellType.STRING) {
      return false;
    }
    Row row = cell.getRow();
    Cell next = row.getCell(cell.getColumnIndex() + 1);
    boolean merged =
        sheet.getMergedRegions().stream()
            .anyMatch(r -> r.isInRange(cell) && r.getNumberOfCells() > 1);
    return !merged
        && (next == null || next.getCellType() == CellType.BLANK)
        && cell.getCellStyle().getBorderRight() == org.apache.poi.ss.usermodel.BorderStyle.NONE;
  }
}
