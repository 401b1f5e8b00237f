package org.scorebook.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.samples.SampleFiles;
import org.scorebook.template.TemplateWriter;

/**
 * Evaluation workbooks as they come back from real use, with much more in the package than the
 * template puts there: a data sheet with a table, a workbook-scoped name for the table and a
 * formula; a bar chart and a picture on a sheet of their own; a pie chart and the same picture on
 * 指标评分 itself; a drop-down list on one sheet that reads a range on another; a theme; a custom XML
 * part related from the workbook, as Office adds one for document properties; and, as .xlsm, a
 * macro project.
 *
 * <p>Each method writes one file and returns its path. The tree scores without errors: A1 = 60 ×
 * 满意度 0.9 = 54 and A2 typed 40, so the total is {@link #TOTAL}. {@link #withParameterError} breaks
 * 满意度 on 评分参数, so that a sheet other than 指标评分 and 项目信息 carries a mark.
 *
 * <p>POI saves the workbook, then the zip is written again with java.util.zip (compressed otherwise
 * than POI compresses, pictures stored) with a theme, the custom XML and the macro parts added, the
 * way another program adds them after Excel saved.
 */
public final class RichWorkbooks {
  /** The data sheet: 类别 and 数值 as a table, with their sum below it. */
  public static final String DATA = "数据";

  /** The sheet with the bar chart, the picture and the drop-down list over {@link #DATA}. */
  public static final String CHARTS = "图表";

  /** The table on {@link #DATA}. */
  public static final String TABLE = "数据表";

  /** A workbook-scoped name for the table's cells. */
  public static final String TABLE_NAME = "全部数据";

  /** The clean workbook's total. */
  public static final double TOTAL = 94.0;

  /** The macro project's stand-in bytes: never run, only carried through. */
  public static final byte[] VBA_PROJECT = vbaProject();

  private static final String WORKBOOK_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String VBA_TYPE = "application/vnd.ms-office.vbaProject";
  private static final String VBA_REL =
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
  private static final String CUSTOM_XML_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
  private static final String CUSTOM_XML_PROPS_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
  private static final String THEME_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
  private static final String THEME_TYPE =
      "application/vnd.openxmlformats-officedocument.theme+xml";
  private static final String CUSTOM_XML_PROPS_TYPE =
      "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

  private RichWorkbooks() {}

  /** The evaluation itself: a valid tree adding up to 100 that scores {@link #TOTAL}. */
  public static TestWorkbooks.Builder evaluation() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "图表与宏测试")
        .project("预算金额", 10)
        .project("实际支出", 9.5)
        .param("满意度", 0.9)
        .indicator("A", "产出与效益", 100)
        .leaf("A1", "满意度", 60)
        .formula("分值 * 满意度")
        .reason("满意度未达 100%")
        .leaf("A2", "完成情况", 40)
        .manual(40)
        .edit(RichWorkbooks::addChartsPicturesTableAndLists);
  }

  /** The rich workbook as .xlsx. */
  public static Path xlsx(Path file) {
    return write(
        file, withThemeAndCustomXml(PackageEntries.of(evaluation().bytes())).zipAsExcelDoes());
  }

  /**
   * The rich workbook as macro-enabled .xlsm: the workbook part's content type is the macro one and
   * it relates an {@code xl/vbaProject.bin} part.
   */
  public static Path xlsm(Path file) {
    PackageEntries entries = withThemeAndCustomXml(PackageEntries.of(evaluation().bytes()));
    entries.edit(
        "[Content_Types].xml",
        xml ->
            replaceOnce(xml, WORKBOOK_MAIN, MACRO_MAIN)
                .replace(
                    "</Types>",
                    "<Default Extension=\"bin\" ContentType=\"" + VBA_TYPE + "\"/></Types>"));
    entries.edit(
        "xl/_rels/workbook.xml.rels",
        xml -> addRelationship(xml, "rIdVba", VBA_REL, "vbaProject.bin"));
    entries.putBefore("xl/styles.xml", "xl/vbaProject.bin", VBA_PROJECT);
    return write(file, entries.zipAsExcelDoes());
  }

  /**
   * The rich .xlsx with 满意度 typed as text on 评分参数: an error whose mark goes on a sheet other than
   * 指标评分 and 项目信息.
   */
  public static Path withParameterError(Path file) {
    byte[] bytes = evaluation().noParams().param("满意度", "九成").bytes();
    return write(file, withThemeAndCustomXml(PackageEntries.of(bytes)).zipAsExcelDoes());
  }

  /**
   * The rich .xlsx saved again by LibreOffice into {@code folder}: the same content in a package
   * another program wrote. Skips the calling test when LibreOffice is not installed.
   */
  public static Path libreOffice(Path folder) throws IOException, InterruptedException {
    Path original = xlsx(folder.resolve("source").resolve("图表与宏.xlsx"));
    return LibreOfficeRoundTrip.toXlsx(original, folder.resolve("libreoffice"));
  }

  // The content POI builds

  private static void addChartsPicturesTableAndLists(XSSFWorkbook workbook) {
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
    // A formula with its result saved, as Excel saves it: recalculating it changes nothing.
    data.createRow(5).createCell(0).setCellValue("合计");
    data.getRow(5).createCell(1).setCellFormula("SUM(B2:B5)");
    workbook
        .getCreationHelper()
        .createFormulaEvaluator()
        .evaluateFormulaCell(data.getRow(5).getCell(1));

    XSSFTable table = data.createTable(new AreaReference("A1:B5", SpreadsheetVersion.EXCEL2007));
    table.setName(TABLE);
    table.setDisplayName(TABLE);
    table.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
    table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    Name tableName = workbook.createName();
    tableName.setNameName(TABLE_NAME);
    tableName.setRefersToFormula(DATA + "!$A$1:$B$5");

    int picture = workbook.addPicture(png(), Workbook.PICTURE_TYPE_PNG);

    XSSFSheet charts = workbook.createSheet(CHARTS);
    XSSFDrawing chartDrawing = charts.createDrawingPatriarch();
    barChart(chartDrawing, data);
    chartDrawing.createPicture(chartDrawing.createAnchor(0, 0, 0, 0, 10, 2, 13, 8), picture);
    DataValidationHelper helper = charts.getDataValidationHelper();
    charts.addValidationData(
        helper.createValidation(
            helper.createFormulaListConstraint(DATA + "!$A$2:$A$5"),
            new CellRangeAddressList(0, 0, 0, 0)));
    charts.createRow(0).createCell(0).setCellValue("甲");

    // On the sheet Scorebook writes: right of its columns, away from the cells it fills.
    XSSFSheet indicators = workbook.getSheet(TemplateWriter.INDICATOR_SHEET);
    XSSFDrawing indicatorDrawing = indicators.createDrawingPatriarch();
    pieChart(indicatorDrawing, data);
    indicatorDrawing.createPicture(
        indicatorDrawing.createAnchor(0, 0, 0, 0, 20, 1, 23, 7), picture);
  }

  private static void barChart(XSSFDrawing drawing, XSSFSheet data) {
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 1, 2, 9, 18));
    XDDFBarChartData bars =
        (XDDFBarChartData)
            chart.createData(
                ChartTypes.BAR,
                chart.createCategoryAxis(AxisPosition.BOTTOM),
                chart.createValueAxis(AxisPosition.LEFT));
    bars.setBarDirection(BarDirection.COL);
    XDDFChartData.Series series = bars.addSeries(categories(data), values(data));
    XDDFShapeProperties fill = new XDDFShapeProperties();
    fill.setFillProperties(
        new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x44, 0x72, (byte) 0xC4})));
    series.setShapeProperties(fill);
    chart.plot(bars);
  }

  private static void pieChart(XSSFDrawing drawing, XSSFSheet data) {
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 13, 1, 19, 14));
    chart.setTitleText("数值分布");
    XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
    pie.setVaryColors(true);
    pie.addSeries(categories(data), values(data));
    chart.plot(pie);
  }

  private static XDDFCategoryDataSource categories(XSSFSheet data) {
    return XDDFDataSourcesFactory.fromStringCellRange(data, CellRangeAddress.valueOf("A2:A5"));
  }

  private static XDDFNumericalDataSource<Double> values(XSSFSheet data) {
    return XDDFDataSourcesFactory.fromNumericCellRange(data, CellRangeAddress.valueOf("B2:B5"));
  }

  /** A small PNG: a blue square with a white bar. */
  public static byte[] png() {
    BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0x44, 0x72, 0xC4));
      g.fillRect(0, 0, 48, 32);
      g.setColor(Color.WHITE);
      g.fillRect(8, 12, 32, 8);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] vbaProject() {
    byte[] bytes = new byte[4096];
    byte[] text =
        "Attribute VB_Name = \"Module1\"\r\nSub 汇总()\r\nEnd Sub\r\n"
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = i < text.length ? text[i] : (byte) (i * 31 + 7);
    }
    return bytes;
  }

  // The parts added after POI saved

  /**
   * Adds the parts POI does not write that the workbooks of real use have: a theme (the one another
   * program wrote into the self-evaluation sample), before the styles as Excel orders it; and
   * customXml/item1.xml with its properties part, related from the workbook part as Office relates
   * the custom XML it keeps for document management, before the document properties.
   */
  private static PackageEntries withThemeAndCustomXml(PackageEntries entries) {
    if (entries.parts.keySet().stream().anyMatch(name -> name.startsWith("xl/theme/"))) {
      throw new IllegalStateException("POI wrote a theme already");
    }
    entries.edit(
        "[Content_Types].xml",
        xml -> {
          String types =
              "<Override PartName=\"/xl/theme/theme1.xml\" ContentType=\""
                  + THEME_TYPE
                  + "\"/><Override PartName=\"/customXml/itemProps1.xml\" ContentType=\""
                  + CUSTOM_XML_PROPS_TYPE
                  + "\"/>";
          if (!xml.contains("Extension=\"xml\"")) {
            types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
          }
          return xml.replace("</Types>", types + "</Types>");
        });
    entries.edit(
        "xl/_rels/workbook.xml.rels",
        xml ->
            addRelationship(
                addRelationship(xml, "rIdTheme1", THEME_REL, "theme/theme1.xml"),
                "rIdCustomXml1",
                CUSTOM_XML_REL,
                "../customXml/item1.xml"));
    entries.putBefore("xl/styles.xml", "xl/theme/theme1.xml", theme());
    entries.putBefore(
        "docProps/app.xml",
        "customXml/item1.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n"
                + "<评审 xmlns=\"urn:example:scorebook:review\"><批次>2024-03</批次>"
                + "<经办人>张三</经办人></评审>"));
    entries.putBefore(
        "docProps/app.xml",
        "customXml/_rels/item1.xml.rels",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\""
                + CUSTOM_XML_PROPS_REL
                + "\" Target=\"itemProps1.xml\"/></Relationships>"));
    entries.putBefore(
        "docProps/app.xml",
        "customXml/itemProps1.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n"
                + "<ds:datastoreItem ds:itemID=\"{6F1B2C7E-3A4D-4E8F-9B0C-1D2E3F4A5B6C}\" "
                + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                + "<ds:schemaRefs><ds:schemaRef ds:uri=\"urn:example:scorebook:review\"/>"
                + "</ds:schemaRefs></ds:datastoreItem>"));
    return entries;
  }

  /** The theme part of the sample that openpyxl wrote. */
  private static byte[] theme() {
    try (ZipFile sample = new ZipFile(SampleFiles.SELF_EVALUATION.toFile())) {
      ZipEntry theme = sample.getEntry("xl/theme/theme1.xml");
      if (theme == null) {
        throw new IllegalStateException(SampleFiles.SELF_EVALUATION + " has no theme");
      }
      try (InputStream in = sample.getInputStream(theme)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String addRelationship(String rels, String id, String type, String target) {
    if (rels.contains("Id=\"" + id + "\"")) {
      throw new IllegalStateException("relationship " + id + " is already there");
    }
    return rels.replace(
        "</Relationships>",
        "<Relationship Id=\""
            + id
            + "\" Type=\""
            + type
            + "\" Target=\""
            + target
            + "\"/>"
            + "</Relationships>");
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("expected " + from + " once");
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
