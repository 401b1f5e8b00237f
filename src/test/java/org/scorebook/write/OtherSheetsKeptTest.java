package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.testing.TestWorkbooks;

/**
 * The evaluator's other sheets are kept as they were: a chart over a data sheet, named ranges (one
 * of them scoped to a sheet), a print area and a drop-down list that reads another sheet.
 */
class OtherSheetsKeptTest {
  private static final String DATA = "数据";
  private static final String CHART = "图表";

  @TempDir Path folder;

  @Test
  void chartsNamesAndListsOnOtherSheetsPointWhereTheyDidBefore() throws IOException {
    Path input =
        TestWorkbooks.evaluation()
            .project("项目名称", "图表测试")
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(100)
            .edit(OtherSheetsKeptTest::addDataChartNamesAndList)
            .saveTo(folder.resolve("带图表.xlsx"));
    Path output = folder.resolve("out").resolve("带图表.xlsx");
    Files.createDirectories(output.getParent());

    Outcome outcome = Scorebook.process(input, output);

    assertThat(outcome.failure()).isEmpty();
    String keep = System.getProperty("scorebook.keep");
    if (keep != null) {
      Files.copy(input, Path.of(keep, "in.xlsx"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(output, Path.of(keep, "out.xlsx"), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(chartFormulas(output)).isEqualTo(chartFormulas(input));
    assertThat(names(output)).isEqualTo(names(input));
    assertThat(validations(output)).isEqualTo(validations(input));
  }

  @Test
  void anXlsKeepsItsNamesListsAndFormulasOnOtherSheets() throws IOException {
    Path input = folder.resolve("带名称.xls");
    try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(xlsBytes()))) {
      try (OutputStream out = Files.newOutputStream(input)) {
        workbook.write(out);
      }
    }
    Path output = folder.resolve("out").resolve("带名称.xls");
    Files.createDirectories(output.getParent());

    Outcome outcome = Scorebook.process(input, output);
    assertThat(outcome.failure()).isEmpty();
    Path again = folder.resolve("again").resolve("带名称.xls");
    Files.createDirectories(again.getParent());
    assertThat(Scorebook.process(output, again).failure()).isEmpty();

    for (Path processed : List.of(output, again)) {
      assertThat(names(processed)).isEqualTo(names(input));
      assertThat(validations(processed)).isEqualTo(validations(input));
      assertThat(formula(processed)).isEqualTo(formula(input));
      assertThat(formulaValue(processed)).as("数据!B3 holds 20").isEqualTo(2 * 20.0);
    }
    try (InputStream in = Files.newInputStream(again);
        Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook.getSheetName(workbook.getActiveSheetIndex())).isEqualTo("评分汇总");
    }
  }

  /**
   * The evaluation as .xls, with a data sheet, names, a list and a formula that read it from
   * another sheet.
   */
  private static byte[] xlsBytes() throws IOException {
    try (HSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .project("项目名称", "名称测试")
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(100)
            .buildXls()) {
      Sheet data = workbook.createSheet(DATA);
      String[] kinds = {"类别", "甲", "乙", "丙", "丁"};
      for (int r = 0; r < kinds.length; r++) {
        Row row = data.createRow(r);
        row.createCell(0).setCellValue(kinds[r]);
        row.createCell(1).setCellValue(r * 10);
      }
      Sheet other = workbook.createSheet(CHART);
      other.createRow(0).createCell(0).setCellValue("甲");
      other.getRow(0).createCell(1).setCellFormula(DATA + "!B3*2");
      Name kindsName = workbook.createName();
      kindsName.setNameName("类别列表");
      kindsName.setRefersToFormula(DATA + "!$A$2:$A$5");
      Name local = workbook.createName();
      local.setNameName("本表数值");
      local.setSheetIndex(workbook.getSheetIndex(DATA));
      local.setRefersToFormula(DATA + "!$B$2:$B$5");
      DataValidationHelper helper = other.getDataValidationHelper();
      other.addValidationData(
          helper.createValidation(
              helper.createFormulaListConstraint(DATA + "!$A$2:$A$5"),
              new CellRangeAddressList(0, 0, 0, 0)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static String formula(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      return workbook.getSheet(CHART).getRow(0).getCell(1).getCellFormula();
    }
  }

  /** The formula's cached value, as a reader that does not calculate shows it. */
  private static double formulaValue(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      return workbook.getSheet(CHART).getRow(0).getCell(1).getNumericCellValue();
    }
  }

  private static void addDataChartNamesAndList(XSSFWorkbook workbook) {
    XSSFSheet data = workbook.createSheet(DATA);
    String[] kinds = {"类别", "甲", "乙", "丙", "丁"};
    for (int r = 0; r < kinds.length; r++) {
      Row row = data.createRow(r);
      row.createCell(0).setCellValue(kinds[r]);
      if (r == 0) {
        row.createCell(1).setCellValue("数值");
      } else {
        row.createCell(1).setCellValue(r * 10);
      }
    }
    XSSFSheet charts = workbook.createSheet(CHART);
    XSSFDrawing drawing = charts.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 1, 2, 9, 18));
    XDDFBarChartData bars =
        (XDDFBarChartData)
            chart.createData(
                ChartTypes.BAR,
                chart.createCategoryAxis(AxisPosition.BOTTOM),
                chart.createValueAxis(AxisPosition.LEFT));
    bars.setBarDirection(BarDirection.COL);
    XDDFChartData.Series series =
        bars.addSeries(
            XDDFDataSourcesFactory.fromStringCellRange(data, CellRangeAddress.valueOf("A2:A5")),
            XDDFDataSourcesFactory.fromNumericCellRange(data, CellRangeAddress.valueOf("B2:B5")));
    XDDFShapeProperties fill = new XDDFShapeProperties();
    fill.setFillProperties(
        new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x44, 0x72, (byte) 0xC4})));
    series.setShapeProperties(fill);
    chart.plot(bars);

    Name kindsName = workbook.createName();
    kindsName.setNameName("类别列表");
    kindsName.setRefersToFormula(DATA + "!$A$2:$A$5");
    Name local = workbook.createName();
    local.setNameName("本表数值");
    local.setSheetIndex(workbook.getSheetIndex(DATA));
    local.setRefersToFormula(DATA + "!$B$2:$B$5");
    workbook.setPrintArea(workbook.getSheetIndex(DATA), "$A$1:$B$5");

    DataValidationHelper helper = charts.getDataValidationHelper();
    DataValidation list =
        helper.createValidation(
            helper.createFormulaListConstraint(DATA + "!$A$2:$A$5"),
            new CellRangeAddressList(0, 0, 0, 0));
    charts.addValidationData(list);
    charts.createRow(0).createCell(0).setCellValue("甲");
  }

  /** The c:f formulas of every chart part, in order, by part name. */
  private static Map<String, List<String>> chartFormulas(Path file) throws IOException {
    Map<String, List<String>> formulas = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().startsWith("xl/charts/chart")) {
          try (InputStream in = zip.getInputStream(entry)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile("<c:f>([^<]*)</c:f>").matcher(xml);
            while (m.find()) {
              found.add(m.group(1));
            }
            formulas.put(entry.getName(), found);
          }
        }
      }
    }
    assertThat(formulas).isNotEmpty();
    return formulas;
  }

  /** Each defined name with the sheet it is scoped to (by name) and its formula. */
  private static List<String> names(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      List<String> names = new ArrayList<>();
      for (Name name : workbook.getAllNames()) {
        if (name.getSheetIndex() >= 0
            && workbook.getSheetName(name.getSheetIndex()).equals("评分汇总")) {
          continue; // the summary's own print titles
        }
        String scope = name.getSheetIndex() < 0 ? "" : workbook.getSheetName(name.getSheetIndex());
        names.add(name.getNameName() + "@" + scope + "=" + name.getRefersToFormula());
      }
      Collections.sort(names);
      return names;
    }
  }

  private static List<String> validations(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(CHART);
      return sheet.getDataValidations().stream()
          .map(
              v ->
                  v.getRegions().getCellRangeAddress(0).formatAsString()
                      + "="
                      + v.getValidationConstraint().getFormula1())
          .toList();
    }
  }
}
