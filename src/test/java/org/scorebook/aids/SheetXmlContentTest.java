package org.scorebook.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.aids.SheetContent.Cell;
import org.scorebook.aids.SheetContent.Kind;
import org.scorebook.testing.XmlSheetContent;

/** A sheet read from its part's XML answers as the same sheet open in POI. */
class SheetXmlContentTest {
  private static final String MAIN = AidsXml.MAIN_NAMESPACE;

  @TempDir Path folder;

  private static final String STRINGS =
      "<sst xmlns=\""
          + MAIN
          + "\"><si><t>A</t></si><si><r><t>一级</t></r><r><rPr><b/></rPr><t>合计</t></r>"
          + "<rPh sb=\"0\" eb=\"1\"><t>いち</t></rPh></si><si><t>a_x000D_b</t></si>"
          + "<si><t xml:space=\"preserve\">  </t></si></sst>";

  private static final String SHEET =
      "<x:worksheet xmlns:x=\""
          + MAIN
          + "\"><x:sheetViews><x:sheetView workbookViewId=\"0\"><x:pane ySplit=\"1\""
          + " topLeftCell=\"A2\" state=\"frozen\"/></x:sheetView>"
          + "<x:sheetView workbookViewId=\"1\"/></x:sheetViews><x:sheetData>"
          + "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"s\">"
          + "<x:v>1</x:v></x:c><x:c r=\"C1\"><x:v>12.5</x:v></x:c><x:c r=\"D1\" s=\"3\"/>"
          + "<x:c r=\"E1\" t=\"str\"><x:f>\"x\"&amp;\"y\"</x:f><x:v>xy</x:v></x:c>"
          + "<x:c r=\"F1\"><x:f>1+1</x:f></x:c><x:c r=\"G1\" t=\"b\"><x:v>1</x:v></x:c>"
          + "<x:c r=\"H1\" t=\"e\"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>"
          + "<x:c r=\"I1\" t=\"inlineStr\"><x:is><x:t>行内</x:t></x:is></x:c>"
          + "<x:c r=\"J1\" t=\"s\"><x:v>2</x:v></x:c></x:row>"
          + "<x:row><x:c t=\"s\"><x:v>3</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row>"
          + "<x:row r=\"5\"/></x:sheetData><x:autoFilter ref=\"A1:J2\"/></x:worksheet>";

  @Test
  void cellsReadAsPoiReadsThem() throws IOException {
    SheetXmlContent sheet =
        SheetXmlContent.read(
            SHEET.getBytes(StandardCharsets.UTF_8),
            SheetXmlContent.sharedStrings(STRINGS.getBytes(StandardCharsets.UTF_8)));

    assertThat(sheet.row(0).orElseThrow())
        .containsExactly(
            Cell.text(0, "A"),
            Cell.text(1, "一级合计"),
            Cell.number(2, 12.5),
            Cell.blank(3),
            new Cell(4, Kind.STRING, true, "xy", 0),
            new Cell(5, Kind.NUMBER, true, "", 0),
            new Cell(6, Kind.OTHER, false, "", 0),
            new Cell(7, Kind.OTHER, true, "", 0),
            Cell.text(8, "行内"),
            Cell.text(9, "a\rb"));
    assertThat(sheet.row(1).orElseThrow()).containsExactly(Cell.text(0, "  "), Cell.number(1, 7));
    assertThat(sheet.row(1).orElseThrow().get(0).isEmpty()).isTrue();
    assertThat(sheet.row(4).orElseThrow()).isEmpty();
    assertThat(sheet.row(2)).isEmpty();
    assertThat(sheet.cell(0, 2)).contains(Cell.number(2, 12.5));
    assertThat(sheet.cell(0, 20)).isEmpty();
    assertThat(sheet.hasAutoFilter()).isTrue();
    // POI looks at the last view only
    assertThat(sheet.hasPanes()).isFalse();
  }

  @Test
  void paneOfTheLastViewCounts() throws IOException {
    String sheet =
        "<worksheet xmlns=\""
            + MAIN
            + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" state=\"frozen\"/>"
            + "</sheetView></sheetViews><sheetData/></worksheet>";
    SheetXmlContent content =
        SheetXmlContent.read(sheet.getBytes(StandardCharsets.UTF_8), List.of());
    assertThat(content.hasPanes()).isTrue();
    assertThat(content.hasAutoFilter()).isFalse();
  }

  @Test
  void aSheetOpenInPoiAnswersTheSame() throws Exception {
    Path file = folder.resolve("带值.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("指标评分");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("编码");
      header.createCell(3).setCellValue("分值");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("A");
      row.createCell(1).setCellValue(16.5);
      row.createCell(2).setCellFormula("B2*2");
      row.createCell(4, CellType.BLANK);
      row.createCell(5).setCellValue(true);
      sheet.createRow(3).createCell(2).setCellValue(" ");
      sheet.createFreezePane(0, 1);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.write(out);
        Files.write(file, out.toByteArray());
      }
    }
    SheetContent fromXml = XmlSheetContent.of(file, "指标评分");
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      SheetContent fromPoi = ExcelAids.content(workbook.getSheet("指标评分"));
      for (int r = 0; r < 6; r++) {
        assertThat(fromXml.row(r)).as("row %d", r).isEqualTo(fromPoi.row(r));
      }
      assertThat(fromXml.hasPanes()).isEqualTo(fromPoi.hasPanes()).isTrue();
      assertThat(fromXml.hasAutoFilter()).isEqualTo(fromPoi.hasAutoFilter()).isFalse();
    }
  }

  @Test
  void aPartThatIsNotXmlIsRefused() {
    assertThatThrownBy(() -> SheetXmlContent.read("<worksheet><sheetData>".getBytes(), List.of()))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                SheetXmlContent.read(
                    ("<worksheet xmlns=\""
                            + MAIN
                            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\">"
                            + "<v>4</v></c></row></sheetData></worksheet>")
                        .getBytes(),
                    List.of()))
        .isInstanceOf(IOException.class);
  }
}
