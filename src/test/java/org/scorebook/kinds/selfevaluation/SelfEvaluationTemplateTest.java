package org.scorebook.kinds.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.style.TextWidth;
import org.scorebook.testing.LibreOfficeRoundTrip;

/**
 * The blank self-evaluation form as saved, read back with fastexcel-reader (no POI inside) for its
 * cells, and with POI for what fastexcel does not read (merged cells, data validations, printing).
 */
class SelfEvaluationTemplateTest {
  private static final String FORM = SelfEvaluationTemplate.SHEET;
  private static final String GUIDE = SelfEvaluationTemplate.GUIDE_SHEET;

  @TempDir static Path folder;
  private static Path file;

  /** Cells by sheet and A1 reference. */
  private static final Map<String, Map<String, Cell>> cells = new HashMap<>();

  private static List<String> sheetNames;

  @BeforeAll
  static void writeOnce() throws IOException {
    file = folder.resolve("自评表.xlsx");
    SelfEvaluationTemplate.write(file, 2026);
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      sheetNames = sheets.stream().map(Sheet::getName).toList();
      for (Sheet sheet : sheets) {
        Map<String, Cell> byRef = new HashMap<>();
        for (Row row : sheet.read()) {
          for (Cell cell : row) {
            if (cell != null) {
              byRef.put(cell.getAddress().toString(), cell);
            }
          }
        }
        cells.put(sheet.getName(), byRef);
      }
    }
  }

  private static String text(String sheet, String ref) {
    Cell cell = cells.get(sheet).get(ref);
    return cell == null ? "" : cell.getText();
  }

  /** The number format of a (blank) cell, from its style: fastexcel-reader skips blank cells. */
  private static String format(XSSFWorkbook workbook, String ref) {
    CellReference at = new CellReference(ref);
    return workbook
        .getSheet(FORM)
        .getRow(at.getRow())
        .getCell(at.getCol())
        .getCellStyle()
        .getDataFormatString();
  }

  private static XSSFWorkbook poi() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void theFormComesFirstAndTheGuideSecond() {
    assertThat(sheetNames).containsExactly(FORM, GUIDE);
  }

  @Test
  void titleYearAndHeaderBlockSitWhereTheNationalFormHasThem() {
    assertThat(text(FORM, "A1")).isEqualTo("项目支出绩效自评表");
    assertThat(text(FORM, "A2")).isEqualTo("（2026年度）");
    assertThat(text(FORM, "A3")).isEqualTo("项目名称");
    assertThat(text(FORM, "A4")).isEqualTo("主管部门");
    assertThat(text(FORM, "F4")).isEqualTo("实施单位");
  }

  @Test
  void fundsBlockHasItsHeadersRowsAndTheTenPointsOfBudgetExecution() {
    assertThat(text(FORM, "A5")).isEqualTo("项目资金（万元）");
    assertThat(List.of("C5", "D5", "E5", "F5", "G5", "H5"))
        .map(ref -> text(FORM, ref))
        .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    assertThat(List.of("A6", "A7", "A8", "A9"))
        .map(ref -> text(FORM, ref))
        .containsExactly("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");
    assertThat(new BigDecimal(cells.get(FORM).get("F6").getRawValue())).isEqualByComparingTo("10");
    for (String ref : List.of("F7", "G7", "H7", "F9", "G9", "H9")) {
      assertThat(text(FORM, ref)).as(ref).isEqualTo("—");
    }
  }

  @Test
  void amountsRatesAndScoresCarryTheirNumberFormats() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      for (String ref : List.of("C6", "D6", "E6", "C9", "E9", "H6", "H13", "G30", "H31")) {
        assertThat(format(workbook, ref)).as(ref).isEqualTo("0.00");
      }
      assertThat(format(workbook, "G6")).isEqualTo("0.00%");
    }
  }

  @Test
  void annualGoalsHaveExpectedAndActualCells() {
    assertThat(text(FORM, "A10")).isEqualTo("年度总体目标");
    assertThat(text(FORM, "B10")).isEqualTo("预期目标");
    assertThat(text(FORM, "G10")).isEqualTo("实际完成情况");
  }

  @Test
  void indicatorTableHasTheNationalSkeletonWithTwoBlankLeavesPerSecondLevel() {
    assertThat(List.of("A12", "B12", "C12", "D12", "E12", "F12", "G12", "H12", "I12"))
        .map(ref -> text(FORM, ref))
        .containsExactly(
            "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    assertThat(text(FORM, "B13")).isEqualTo("产出指标");
    assertThat(List.of("C13", "C15", "C17", "C19"))
        .map(ref -> text(FORM, ref))
        .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
    assertThat(text(FORM, "B21")).isEqualTo("效益指标");
    assertThat(List.of("C21", "C23", "C25", "C27"))
        .map(ref -> text(FORM, ref))
        .containsExactly("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
    assertThat(text(FORM, "B29")).isEqualTo("满意度指标");
    assertThat(text(FORM, "C29")).isEqualTo("服务对象满意度指标");
    for (int row = 13; row <= 30; row++) {
      for (String column : List.of("D", "E", "F", "G", "H", "I")) {
        assertThat(text(FORM, column + row)).as(column + row).isEmpty();
      }
    }
  }

  @Test
  void totalRowCarries100AndLeavesTheTotalBlank() {
    assertThat(text(FORM, "A31")).isEqualTo("总分");
    assertThat(new BigDecimal(cells.get(FORM).get("G31").getRawValue()))
        .isEqualByComparingTo("100");
    assertThat(text(FORM, "H31")).isEmpty();
    assertThat(SelfEvaluationTemplate.totalRow()).isEqualTo(30);
  }

  @Test
  void cellsAreMergedAsInTheNationalForm() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      List<String> merged =
          workbook.getSheet(FORM).getMergedRegions().stream()
              .map(CellRangeAddress::formatAsString)
              .toList();
      assertThat(merged)
          .contains(
              "A1:J1", "A2:J2", "A3:B3", "C3:J3", "A4:B4", "C4:E4", "F4:G4", "H4:J4", "A5:B5",
              "I5:J5", "A6:B6", "A9:B9", "A10:A11", "B10:F10", "G10:J10", "B11:F11", "G11:J11",
              "I12:J12", "A12:A30", "B13:B20", "C13:C14", "C19:C20", "B21:B28", "C27:C28",
              "B29:B30", "C29:C30", "I13:J13", "I30:J30", "A31:F31", "I31:J31");
    }
  }

  @Test
  void actualValuesOfferTheBandWordsWithoutRejectingNumbers() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      DataValidation list = validation(workbook.getSheet(FORM), "F13:F30");
      assertThat(list.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.LIST);
      assertThat(list.getValidationConstraint().getExplicitListValues())
          .containsExactly("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");
      assertThat(list.getShowErrorBox()).isFalse();
      assertThat(list.getShowPromptBox()).isTrue();
      assertThat(list.getPromptBoxText()).contains("数值", "下拉列表");
    }
  }

  @Test
  void fullCellsTakeNumbersOfAtLeastZeroAndScoresAtMostTheRowsFull() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      DataValidation full = validation(workbook.getSheet(FORM), "G13:G30");
      DataValidationConstraint constraint = full.getValidationConstraint();
      assertThat(constraint.getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
      assertThat(constraint.getOperator())
          .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
      assertThat(constraint.getFormula1()).isEqualTo("0");
      assertThat(full.getErrorBoxText()).isEqualTo("分值应是不小于 0 的数字，如 10 或 2.5。");

      DataValidation score = validation(workbook.getSheet(FORM), "H13:H30");
      assertThat(score.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.FORMULA);
      assertThat(score.getValidationConstraint().getFormula1())
          .isEqualTo("AND(ISNUMBER(H13),H13>=0,OR($G13=\"\",H13<=$G13))");
      assertThat(score.getPromptBoxTitle()).isEqualTo("得分");
      assertThat(score.getErrorBoxText()).isEqualTo("得分应是 0 到本行分值之间的数字。");
    }
  }

  private static DataValidation validation(XSSFSheet sheet, String range) {
    return sheet.getDataValidations().stream()
        .filter(
            v ->
                List.of(v.getRegions().getCellRangeAddresses()).stream()
                    .anyMatch(r -> r.formatAsString().equals(range)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no validation on " + range));
  }

  @Test
  void theFormPrintsOnA4OnePageWide() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet sheet = workbook.getSheet(FORM);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
    }
  }

  @Test
  void everyLabelFitsItsColumnWidth() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet sheet = workbook.getSheet(FORM);
      for (String ref : List.of("C13", "C21", "C27", "C29", "B13", "B29", "C5", "E12", "F12")) {
        CellReference at = new CellReference(ref);
        int chars = sheet.getColumnWidth(at.getCol()) / 256;
        assertThat(TextWidth.displayWidth(text(FORM, ref))).as(ref).isLessThan(chars);
      }
    }
  }

  @Test
  void theGuideExplainsScoringAndHowToProcess() {
    String guide =
        String.join("\n", cells.get(GUIDE).values().stream().map(Cell::getText).toList());
    assertThat(text(GUIDE, "A1")).isEqualTo("项目支出绩效自评表填写说明");
    assertThat(guide)
        .contains(
            "10 × min(执行率, 1)",
            "≥95%",
            "≤3天",
            "=100%",
            "单位必须与年度指标值相同",
            "80%（含）至 100%",
            "60%（含）至 80%",
            "0 至 60%",
            "偏差原因分析及改进措施",
            "合计 100 分",
            "产出指标 50 分",
            "优 90 分及以上",
            "scorebook process 文件名.xlsx");
  }

  @Test
  void withoutAYearTheFormShowsTheCurrentOne() throws IOException {
    Path current = folder.resolve("今年.xlsx");
    int before = Year.now().getValue();
    SelfEvaluationTemplate.write(current);
    int after = Year.now().getValue();
    try (InputStream in = Files.newInputStream(current);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      String line = workbook.getSheet(FORM).getRow(1).getCell(0).getStringCellValue();
      assertThat(line).isIn("（" + before + "年度）", "（" + after + "年度）");
    }
  }

  @Test
  void libreOfficeKeepsTheDropDownTheMergesAndTheLabels(@TempDir Path scratch) throws Exception {
    Path converted = LibreOfficeRoundTrip.toXlsx(file, scratch);

    try (InputStream in = Files.newInputStream(converted);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet(FORM);
      assertThat(validation(sheet, "F13:F30").getValidationConstraint().getExplicitListValues())
          .containsExactlyElementsOf(SelfEvaluationTemplate.BAND_WORDS);
      assertThat(sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList())
          .contains("A1:J1", "A12:A30", "B13:B20", "C29:C30", "I12:J12", "A31:F31");
      assertThat(sheet.getRow(11).getCell(8).getStringCellValue()).isEqualTo("偏差原因分析及改进措施");
      assertThat(workbook.getSheet(GUIDE)).isNotNull();
    }
  }

  @Test
  void aFormNamedXlsIsAnOldFormatWorkbookWithTheSameSheetsAndDropDown(@TempDir Path scratch)
      throws IOException {
    Path xls = scratch.resolve("自评表.xls");
    SelfEvaluationTemplate.write(xls, 2026);

    try (InputStream in = Files.newInputStream(xls);
        Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
      assertThat(workbook.getSheetName(0)).isEqualTo(FORM);
      assertThat(workbook.getSheetName(1)).isEqualTo(GUIDE);
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(FORM);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("（2026年度）");
      assertThat(sheet.getRow(30).getCell(0).getStringCellValue()).isEqualTo("总分");
      assertThat(sheet.getDataValidations())
          .anySatisfy(
              v ->
                  assertThat(v.getValidationConstraint().getExplicitListValues())
                      .containsExactlyElementsOf(SelfEvaluationTemplate.BAND_WORDS));
    }
  }

  @Test
  void theSameYearGivesTheSameBytes(@TempDir Path scratch) throws IOException {
    Path again = scratch.resolve("again.xlsx");
    SelfEvaluationTemplate.write(again, 2026);

    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
  }
}
