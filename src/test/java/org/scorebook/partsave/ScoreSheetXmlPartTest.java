package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.samples.SampleFiles;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.style.Look;
import org.scorebook.write.ScoreSheetSink;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The worksheet part {@link ScoreSheetXml} writes, as XML: its schema, order and escaping. */
class ScoreSheetXmlPartTest {
  private static final String SUMMARY = WorkbookWriter.SCORE_SHEET;

  @TempDir Path folder;

  private static ScoreSheetXml.Part sample() throws Exception {
    try (OpenedWorkbook opened =
        WorkbookReader.open(SampleFiles.WITH_MISTAKES, Kinds.ALL.readers())) {
      Scorecard card = Scorer.score(opened.evaluation());
      List<String> names = new ArrayList<>(List.of(SUMMARY));
      for (int i = 0; i < opened.workbook().getNumberOfSheets(); i++) {
        names.add(opened.workbook().getSheetName(i));
      }
      return ScoreSheetXml.write(card, VERSION, WRITTEN_AT, names, 0, look -> 1);
    }
  }

  @Test
  void theScoreSheetIsAValidWorksheetPart() throws Exception {
    ScoreSheetXml.Part part = sample();

    List<XmlError> errors = new ArrayList<>();
    WorksheetDocument document =
        WorksheetDocument.Factory.parse(new ByteArrayInputStream(part.worksheet()));
    document.validate(new XmlOptions().setErrorListener(errors));

    // xml:space="preserve" on <t>, which the schema leaves out, is what Excel itself writes
    assertThat(errors)
        .filteredOn(
            error -> !error.getMessage().contains("space@http://www.w3.org/XML/1998/namespace"))
        .isEmpty();
    assertThat(document.getWorksheet().getSheetData().sizeOfRowArray()).isGreaterThan(30);
  }

  @Test
  void elementsComeInTheSchemasOrder() throws Exception {
    Element worksheet = parse(sample().worksheet()).getDocumentElement();

    assertThat(worksheet.getNamespaceURI()).isEqualTo(ScoreSheetXml.MAIN_NS);
    assertThat(children(worksheet))
        .containsExactly(
            "sheetPr",
            "dimension",
            "sheetViews",
            "sheetFormatPr",
            "cols",
            "sheetData",
            "mergeCells",
            "hyperlinks",
            "printOptions",
            "pageMargins",
            "pageSetup",
            "headerFooter");
  }

  @Test
  void theSameCardGivesTheSameBytes() throws Exception {
    assertThat(sample().worksheet()).isEqualTo(sample().worksheet());
  }

  @Test
  void linksNeedNoRelationshipAndThePrintTitlesNameTheSheet() throws Exception {
    ScoreSheetXml.Part part = sample();

    assertThat(new String(part.worksheet(), StandardCharsets.UTF_8)).doesNotContain("r:id");
    assertThat(part.hyperlinks())
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link.location()).startsWith("'指标评分'!"));
    ScoreSheetXml.DefinedName titles = part.printTitles().orElseThrow();
    assertThat(titles.name()).isEqualTo("_xlnm.Print_Titles");
    assertThat(titles.localSheetId()).isZero();
    assertThat(titles.formula()).matches("评分汇总!\\$(\\d+):\\$\\1");
  }

  /** A sheet of its own, laid out by hand, written at {@code index} among {@code names}. */
  private XSSFWorkbook written(
      List<String> names, int index, ScoreSheetSink.Page page, Layout layout) throws Exception {
    Path file = folder.resolve("part.xlsx");
    XmlScoreSheets.save(
        file,
        names,
        index,
        looks -> {
          ScoreSheetXml sheet = new ScoreSheetXml(names, index, looks);
          layout.write(sheet);
          if (page != null) {
            sheet.page(page);
          }
          return sheet.part();
        });
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private interface Layout {
    void write(ScoreSheetXml sheet);
  }

  private static ScoreSheetSink.Page page(int repeatedRow) {
    return new ScoreSheetSink.Page(
        (short) 9,
        true,
        1,
        0,
        true,
        true,
        new ScoreSheetSink.Margins(0.6, 0.6, 0.7, 0.7),
        repeatedRow,
        false,
        "");
  }

  @Test
  void textKeepsAllButWhatXmlCannotHoldWhichIsWrittenAsPoiWritesIt() throws Exception {
    String typed =
        "a&b<c>d\"e'f\tg\nh\r\ni\rj\u0001k\u0000l\u001Fm\uFFFEn\uFFFFo\uD800p\uDC00q😀r  ";
    String kept = "a&b<c>d\"e'f\tg\nh\r\ni\rj?k?l?m?n?o?p?q😀r  ";
    try (XSSFWorkbook workbook =
        written(
            List.of("Sheet1", "Other"),
            1,
            null,
            sheet -> {
              sheet.text(0, 0, typed, Look.PLAIN);
              sheet.text(1, 1, "_x0041_ and _x000D_ as typed", Look.PLAIN);
              sheet.text(2, 2, "", Look.PLAIN);
              sheet.text(3, 0, " leading and trailing ", Look.PLAIN);
            })) {
      Sheet sheet = workbook.getSheet("Other");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(kept);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("_x0041_ and _x000D_ as typed");
      assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEmpty();
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
          .isEqualTo(" leading and trailing ");
    }
  }

  @Test
  void anAttributeKeepsItsWhitespaceAndQuotes() throws Exception {
    String location = "'a\"b\tc\nd&<e>'!A1";
    try (XSSFWorkbook workbook =
        written(
            List.of("Sheet1"),
            0,
            null,
            sheet -> {
              sheet.text(0, 0, "link", Look.PLAIN.withLink());
              sheet.link(0, 0, location);
            })) {
      assertThat(workbook.getSheetAt(0).getHyperlink(0, 0).getAddress()).isEqualTo(location);
    }
  }

  @Test
  void printTitlesAreLocalToTheSheetWhereverItStands() throws Exception {
    List<String> names = List.of("First", "Score sheet's", "Last");
    try (XSSFWorkbook workbook =
        written(names, 1, page(4), sheet -> sheet.text(6, 0, "x", Look.PLAIN))) {
      assertThat(workbook.getSheetAt(1).getRepeatingRows())
          .isEqualTo(new CellRangeAddress(4, 4, -1, -1));
      assertThat(workbook.getSheetAt(0).getRepeatingRows()).isNull();
      assertThat(workbook.getSheetAt(2).getRepeatingRows()).isNull();
      assertThat(workbook.getSheetAt(1).isSelected()).isTrue();
      assertThat(workbook.getSheetAt(1).getPrintSetup().getLandscape()).isTrue();
    }
  }

  @Test
  void anEmptySheetIsStillAWorksheet() throws Exception {
    try (XSSFWorkbook workbook = written(List.of("Only"), 0, null, sheet -> {})) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getPhysicalNumberOfRows()).isZero();
      assertThat(sheet.getPaneInformation()).isNull();
      assertThat(sheet.getDefaultRowHeightInPoints()).isEqualTo(15f);
    }
  }

  @Test
  void sheetsAreFoundWithoutCaseAsPoiFindsThem() throws Exception {
    List<String> names = List.of("评分汇总", "Data", "指标评分");
    ScoreSheetXml sheet = new ScoreSheetXml(names, 0, look -> 0);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      names.forEach(workbook::createSheet);
      for (String asked : List.of("DATA", "data", "Data", "指标评分", "指标 评分", "Dat", "")) {
        assertThat(sheet.hasSheet(asked)).as(asked).isEqualTo(workbook.getSheet(asked) != null);
      }
    }
  }

  @Test
  void aRowHeightIsKeptInWholeTwentiethsOfAPoint() {
    ScoreSheetXml sheet = new ScoreSheetXml(List.of("S"), 0, look -> 0);
    sheet.defaultRowHeight(18f);

    assertThat(sheet.rowHeight(3)).isEqualTo(18f);
    sheet.rowHeight(3, 46.636364f);
    assertThat(sheet.rowHeight(3)).isEqualTo(46.6f);
    assertThat(new String(sheet.part().worksheet(), StandardCharsets.UTF_8))
        .contains("<row r=\"4\" ht=\"46.6\" customHeight=\"1\"/>")
        .contains("<sheetFormatPr defaultRowHeight=\"18\" customHeight=\"1\"/>");
  }

  @Test
  void numbersAreTheShortestDecimalsThatReadBackExactly() {
    assertThat(ScoreSheetXml.number(0.1)).isEqualTo("0.1");
    assertThat(ScoreSheetXml.number(57.2)).isEqualTo("57.2");
    assertThat(ScoreSheetXml.number(100.0)).isEqualTo("100");
    assertThat(ScoreSheetXml.number(0.8461538461538461)).isEqualTo("0.8461538461538461");
    assertThat(ScoreSheetXml.number(-2.5)).isEqualTo("-2.5");
    assertThat(ScoreSheetXml.number(0.0)).isEqualTo("0");
    assertThat(ScoreSheetXml.number(-0.0)).isEqualTo("-0");
    assertThat(ScoreSheetXml.number(1.5e-7)).isEqualTo("1.5E-7");
    assertThat(ScoreSheetXml.number(1e21)).isEqualTo("1E+21");
    assertThat(ScoreSheetXml.number(123456.0e10)).isEqualTo("1234560000000000");
    // Java 17's Double.toString gives 2.82879384806159008E17 for this one.
    assertThat(ScoreSheetXml.number(2.82879384806159e17)).isEqualTo("282879384806159000");
    assertThat(ScoreSheetXml.number(46.6f)).isEqualTo("46.6");

    Random random = new Random(17);
    List<Double> values =
        new ArrayList<>(List.of(Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 2.0 / 3, 1e-300));
    for (int i = 0; i < 20_000; i++) {
      values.add(
          switch (i % 4) {
            case 0 -> random.nextDouble();
            case 1 -> Math.round(random.nextDouble() * 1e6) / 100.0;
            case 2 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextDouble() * random.nextInt(1000) / (1 + random.nextInt(99));
          });
    }
    for (double value : values) {
      if (!Double.isFinite(value)) {
        continue;
      }
      String written = ScoreSheetXml.number(value);
      assertThat(Double.parseDouble(written)).as(written).isEqualTo(value);
      assertThat(new BigDecimal(written).doubleValue()).as(written).isEqualTo(value);
      BigDecimal digits = new BigDecimal(written).stripTrailingZeros();
      if (digits.precision() > 1) {
        BigDecimal shorter =
            new BigDecimal(value)
                .round(new MathContext(digits.precision() - 1, RoundingMode.HALF_EVEN));
        assertThat(shorter.doubleValue()).as("shorter than " + written).isNotEqualTo(value);
      }
    }
  }

  // XML

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> children(Element element) {
    List<String> names = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        names.add(nodes.item(i).getLocalName());
      }
    }
    return names;
  }
}
