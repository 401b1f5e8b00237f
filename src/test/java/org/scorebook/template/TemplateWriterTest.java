package org.scorebook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.read.WorkbookReader;
import org.scorebook.testing.TestWorkbooks;

class TemplateWriterTest {
  private final XSSFWorkbook blank = TemplateWriter.blank();

  @AfterEach
  void close() throws IOException {
    blank.close();
  }

  @Test
  void sheetsComeInTheTemplateOrder() {
    List<String> names = new ArrayList<>();
    blank.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(names).containsExactly("填写说明", "项目信息", "评分参数", "指标评分", "等级标准", "评价结论");
    assertThat(blank.getActiveSheetIndex()).isZero();
  }

  @Test
  void eachSheetHasItsHeaderAndLabels() {
    assertThat(row(projectSheet(), 0)).containsExactly("项目", "内容");
    assertThat(column(projectSheet(), 0))
        .containsExactly(
            "项目",
            "项目名称",
            "项目单位",
            "主管部门",
            "评价机构",
            "评价年度",
            "联系人",
            "联系邮箱",
            "预算金额（万元）",
            "实际支出（万元）",
            "评价人");
    assertThat(row(sheet("评分参数"), 0)).containsExactly("参数名", "数值", "单位", "说明");
    assertThat(row(sheet("指标评分"), 0))
        .containsExactly(
            "指标编码", "指标名称", "分值", "评分公式", "目标值", "实际值", "人工得分", "评分说明", "得分", "得分率", "校验结果");
    assertThat(row(sheet("等级标准"), 0)).containsExactly("等级", "最低分");
    assertThat(column(sheet("等级标准"), 0)).containsExactly("等级", "优", "良", "中", "差");
    assertThat(
            Stream.of(1, 2, 3, 4)
                .map(r -> sheet("等级标准").getRow(r).getCell(1).getNumericCellValue()))
        .containsExactly(90.0, 80.0, 60.0, 0.0);
    assertThat(row(sheet("评价结论"), 0)).containsExactly("项目", "内容");
    assertThat(column(sheet("评价结论"), 0).subList(1, 5)).isEqualTo(Findings.LABELS);
  }

  @Test
  void projectFactsAndFindingsAreBlank() {
    for (String name : List.of("项目信息", "评价结论")) {
      Sheet sheet = sheet(name);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(text(sheet.getRow(r).getCell(1))).as(name + " row " + (r + 1)).isEmpty();
      }
    }
  }

  @Test
  void guideExplainsFormulasAndHowToRun() {
    String guide = String.join("\n", column(sheet("填写说明"), 1));
    assertThat(guide)
        .contains(
            "min(a, b)",
            "max(a, b)",
            "clamp(",
            "if(",
            "round(",
            "tier(",
            ">=",
            "!=",
            "0.85",
            "2 * 分值",
            "（ ）",
            "变红",
            "合计行",
            "scorebook process 文件.xlsx --out 输出目录");
    assertThat(column(sheet("填写说明"), 0)).contains("项目信息", "评分参数", "指标评分", "等级标准", "评价结论");
  }

  @Test
  void headersAreBoldFilledAndBordered() {
    for (String name : List.of("项目信息", "评分参数", "指标评分", "等级标准", "评价结论")) {
      for (Cell cell : sheet(name).getRow(0)) {
        CellStyle style = cell.getCellStyle();
        assertThat(blank.getFontAt(style.getFontIndex()).getBold())
            .as(name + " " + cell.getAddress())
            .isTrue();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THIN);
      }
    }
  }

  /**
   * The processor clears the fill of a cell it once marked, so an input cell must have none of its
   * own.
   */
  @Test
  void bodyCellsHaveBordersAndNoFill() {
    for (String name : List.of("项目信息", "评分参数", "指标评分", "等级标准", "评价结论")) {
      Sheet sheet = sheet(name);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r) == null) {
          continue; // the empty row above the check row under 指标评分
        }
        for (Cell cell : sheet.getRow(r)) {
          assertThat(cell.getCellStyle().getFillPattern())
              .as(name + " " + cell.getAddress())
              .isEqualTo(FillPatternType.NO_FILL);
          assertThat(cell.getCellStyle().getBorderLeft())
              .as(name + " " + cell.getAddress())
              .isEqualTo(BorderStyle.THIN);
        }
      }
    }
  }

  @Test
  void scoresAndRatesAreFormattedAndPercentInputsShowAsPercentages() {
    Sheet indicators = sheet("指标评分");
    // Every indicator row; the check row and the empty row above it follow.
    for (int r = 1; r <= indicators.getLastRowNum() - 2; r++) {
      assertThat(indicators.getRow(r).getCell(8).getCellStyle().getDataFormatString())
          .isEqualTo("0.00");
      assertThat(indicators.getRow(r).getCell(9).getCellStyle().getDataFormatString())
          .isEqualTo("0.00%");
    }
    Row satisfaction = rowOf(indicators, "C2.3");
    assertThat(satisfaction.getCell(4).getNumericCellValue()).isEqualTo(0.85);
    assertThat(satisfaction.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    assertThat(satisfaction.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    Sheet parameters = sheet("评分参数");
    assertThat(parameters.getRow(1).getCell(2).getStringCellValue()).isEqualTo("%");
    assertThat(parameters.getRow(1).getCell(1).getCellStyle().getDataFormatString())
        .isEqualTo("0.00%");
    assertThat(rowOf(indicators, "A").getCell(2).getCellStyle().getDataFormatString())
        .isEqualTo("General");
  }

  @Test
  void headerRowsAreFrozenAndTheFormulaColumnIsWide() {
    assertThat(frozen("指标评分")).containsExactly(2, 1);
    for (String name : List.of("项目信息", "评分参数", "等级标准", "评价结论")) {
      assertThat(frozen(name)).as(name).containsExactly(0, 1);
    }
    Sheet indicators = sheet("指标评分");
    int formula = indicators.getColumnWidth(3);
    assertThat(formula).isGreaterThanOrEqualTo(40 * 256);
    for (int c = 0; c < 8; c++) {
      assertThat(indicators.getColumnWidth(c)).as("column " + c).isLessThanOrEqualTo(formula);
    }
    assertThat(indicators.getColumnWidth(IndicatorColumn.CHECK.ordinal())).isEqualTo(40 * 256);
  }

  @Test
  void indicatorsPrintOnA4LandscapeFittedToWidth() {
    Sheet indicators = sheet("指标评分");
    PrintSetup print = indicators.getPrintSetup();
    assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(print.getLandscape()).isTrue();
    assertThat(indicators.getFitToPage()).isTrue();
    assertThat(print.getFitWidth()).isEqualTo((short) 1);
    assertThat(print.getFitHeight()).isEqualTo((short) 0);
    assertThat(indicators.getRepeatingRows().formatAsString()).isEqualTo("1:1");
  }

  @Test
  void fewStylesAreCreated() {
    assertThat(blank.getNumCellStyles()).isLessThan(30);
  }

  @Test
  void documentPropertiesAreFixed() {
    POIXMLProperties.CoreProperties core = blank.getProperties().getCoreProperties();
    assertThat(core.getCreator()).isEqualTo("Scorebook");
    assertThat(core.getCreated().toInstant()).isEqualTo(TemplateWriter.CREATED);
  }

  @Test
  void buildingTwiceGivesTheSameWorkbook() throws IOException {
    try (XSSFWorkbook again = TemplateWriter.blank()) {
      assertThat(TestWorkbooks.dump(again)).isEqualTo(TestWorkbooks.dump(blank));
      assertThat(stableBytes(again)).isEqualTo(stableBytes(blank));
    }
  }

  @Test
  void writeBlankCreatesTheFolderAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("模板").resolve(TemplateWriter.FILE_NAME);
    TemplateWriter.writeBlank(target);
    TemplateWriter.writeBlank(target);
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly(TemplateWriter.FILE_NAME);
    }
    try (InputStream in = Files.newInputStream(target);
        XSSFWorkbook read = new XSSFWorkbook(in)) {
      assertThat(TestWorkbooks.dump(read)).isEqualTo(TestWorkbooks.dump(blank));
    }
  }

  @Test
  void theReaderFindsEveryColumnAndReadsWithoutComplaint() throws Exception {
    Evaluation evaluation =
        WorkbookReader.read(blank, TemplateWriter.FILE_NAME, Kinds.ALL.readers());
    assertThat(evaluation.readMessages()).isEmpty();
    assertThat(evaluation.indicators().headerRow()).isZero();
    for (IndicatorColumn column : IndicatorColumn.values()) {
      assertThat(evaluation.indicators().column(column))
          .as(column.header())
          .contains(column.ordinal());
    }
    assertThat(evaluation.indicators().rows())
        .hasSize(TemplateContent.example().indicators().size());
    assertThat(evaluation.parameters())
        .extracting(p -> p.name())
        .containsExactly("完成率", "问题数", "满意度");
    assertThat(evaluation.grades()).isPresent();
  }

  // Helpers

  private static byte[] stableBytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateWriter.writeStable(workbook, out);
    return out.toByteArray();
  }

  private Sheet projectSheet() {
    return sheet("项目信息");
  }

  private Sheet sheet(String name) {
    Sheet sheet = blank.getSheet(name);
    assertThat(sheet).as(name).isNotNull();
    return sheet;
  }

  private List<Integer> frozen(String name) {
    PaneInformation pane = sheet(name).getPaneInformation();
    assertThat(pane).as(name).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    return List.of((int) pane.getVerticalSplitPosition(), (int) pane.getHorizontalSplitPosition());
  }

  private static List<String> row(Sheet sheet, int r) {
    List<String> texts = new ArrayList<>();
    sheet.getRow(r).forEach(cell -> texts.add(text(cell)));
    return texts;
  }

  private static List<String> column(Sheet sheet, int c) {
    List<String> texts = new ArrayList<>();
    for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getCell(c) != null && !text(row.getCell(c)).isEmpty()) {
        texts.add(text(row.getCell(c)));
      }
    }
    return texts;
  }

  private static Row rowOf(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (code.equals(text(row.getCell(0)))) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }
}
