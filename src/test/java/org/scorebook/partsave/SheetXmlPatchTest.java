package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.scorebook.testing.TestWorkbooks;

/**
 * A worksheet changed in one streaming pass reads back with the changes where they were asked for
 * and everything else as it was, in POI and in fastexcel-reader, whatever prefix the part uses.
 */
class SheetXmlPatchTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";

  @Test
  void cellsAreReplacedAddedAndReformattedInTheirRowAndColumnOrder() throws IOException {
    byte[] workbook =
        oneSheet(
            "<row r=\"2\"><c r=\"B2\" s=\"0\"><v>5</v></c>"
                + "<c r=\"D2\" t=\"inlineStr\"><is><t>留着</t></is></c></row>"
                + "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row>",
            "");

    byte[] patched =
        patch(
            workbook,
            new SheetXmlPatch()
                .cell(1, 1, number(7.5))
                .cell(1, 0, text("左边"))
                .cell(1, 5, text("右边"))
                .cell(3, 2, number(3))
                .cell(9, 0, text("最后"))
                .format(4, 0, 1)
                .format(4, 3, 1)
                .height(1, 30f));

    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(patched))) {
      XSSFSheet sheet = back.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("左边");
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.5);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("留着");
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("右边");
      assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(30f);
      assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3.0);
      XSSFCell kept = sheet.getRow(4).getCell(0);
      assertThat(kept.getNumericCellValue()).isEqualTo(1.0);
      assertThat(kept.getCellStyle().getIndex()).isEqualTo((short) 1);
      assertThat(sheet.getRow(4).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sheet.getRow(4).getCell(3).getCellStyle().getIndex()).isEqualTo((short) 1);
      assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("最后");
    }
    try (ReadableWorkbook fast = new ReadableWorkbook(new ByteArrayInputStream(patched))) {
      var rows = fast.getFirstSheet().read();
      assertThat(rows).extracting(Row::getRowNum).containsExactly(2, 4, 5, 10);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("左边");
      assertThat(rows.get(0).getCellText(5)).isEqualTo("右边");
    }
  }

  @Test
  void elementsAreReplacedInPlaceOrAddedWhereTheSchemaPutsThem() throws IOException {
    String validation =
        "<dataValidations count=\"1\"><dataValidation type=\"whole\" operator=\"between\""
            + " sqref=\"B2\"><formula1>0</formula1><formula2>9</formula2></dataValidation>"
            + "</dataValidations>";
    byte[] workbook =
        oneSheet(
            "<row r=\"2\"><c r=\"B2\"><v>5</v></c></row>",
            "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
                + "<conditionalFormatting sqref=\"A1\"><cfRule type=\"expression\" priority=\"1\">"
                + "<formula>1</formula></cfRule></conditionalFormatting>"
                + "<conditionalFormatting sqref=\"A2\"><cfRule type=\"expression\" priority=\"2\">"
                + "<formula>2</formula></cfRule></conditionalFormatting>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                + " footer=\"0.3\"/>");

    byte[] patched =
        patch(
            workbook,
            new SheetXmlPatch()
                .element("dataValidations", validation)
                .element(
                    "conditionalFormatting",
                    "<conditionalFormatting sqref=\"C3\"><cfRule type=\"expression\""
                        + " priority=\"1\"><formula>3</formula></cfRule></conditionalFormatting>")
                .element("autoFilter", "<autoFilter ref=\"A1:B2\"/>")
                .tabSelected(false));

    String xml = sheetXml(patched);
    assertThat(xml)
        .containsSubsequence(
            "<sheetData",
            "<autoFilter",
            "<mergeCells",
            "<conditionalFormatting",
            "<dataValidations",
            "<pageMargins");
    assertThat(xml).doesNotContain("sqref=\"A2\"").doesNotContain("tabSelected");
    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(patched))) {
      XSSFSheet sheet = back.getSheetAt(0);
      assertThat(sheet.getDataValidations())
          .extracting(DataValidation::getRegions)
          .extracting(regions -> regions.getCellRangeAddress(0).formatAsString())
          .containsExactly("B2");
      assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
      assertThat(sheet.getMergedRegions()).hasSize(1);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5.0);
    }
  }

  @Test
  void replacingCellsKeepsWhatFollowsTheSheetDataAndAddsElementsAtTheEnd() throws IOException {
    byte[] workbook =
        oneSheet(
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲&#13;乙</t></is></c>"
                + "<c r=\"B2\"><v>5</v></c><c r=\"C2\"><v>6</v></c></row>",
            "<dataValidations count=\"1\"><dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" sqref=\"B2\">"
                + "<formula1>0</formula1></dataValidation></dataValidations>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\""
                + " header=\"0.3\" footer=\"0.3\"/>");

    byte[] patched =
        patch(
            workbook,
            new SheetXmlPatch()
                .cell(1, 1, number(7))
                .cell(1, 2, text("丙&#13;丁"))
                .element(
                    "headerFooter", "<headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>"));

    String xml = sheetXml(patched);
    assertThat(xml)
        .containsSubsequence(
            "<formula1>0</formula1>", "<pageMargins", "<headerFooter", "</worksheet>");
    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(patched))) {
      XSSFSheet sheet = back.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲\r乙");
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.0);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("丙\r丁");
      assertThat(sheet.getDataValidations()).hasSize(1);
      assertThat(sheet.getCTWorksheet().getHeaderFooter().getOddFooter()).isEqualTo("&P");
    }
  }

  @Test
  void aPartWrittenWithAPrefixKeepsItsPrefix() throws IOException {
    byte[] workbook = TestWorkbooks.evaluation().bytes();
    Map<String, byte[]> parts = unzip(workbook);
    String prefixed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<x:worksheet xmlns:x=\""
            + SheetXmlPatch.MAIN
            + "\"><x:sheetData>"
            + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>甲</x:t></x:is></x:c></x:row>"
            + "</x:sheetData></x:worksheet>";
    parts.put(SHEET, prefixed.getBytes(StandardCharsets.UTF_8));

    byte[] patched =
        patch(
            zip(parts),
            new SheetXmlPatch()
                .cell(0, 1, text("乙"))
                .element("autoFilter", "<autoFilter ref=\"A1:B1\"/>"));

    String xml = sheetXml(patched);
    assertThat(xml).contains("<x:c r=\"B1\"").contains("<x:autoFilter").doesNotContain("<c ");
    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(patched))) {
      assertThat(back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("甲");
      assertThat(back.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("乙");
    }
  }

  private static String number(double value) {
    return "<c><v>" + value + "</v></c>";
  }

  private static String text(String value) {
    return "<c t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }

  /** A one-sheet workbook (from POI, so its other parts are real) with the given sheet body. */
  private static byte[] oneSheet(String rows, String afterSheetData) throws IOException {
    byte[] built;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表");
      workbook.createCellStyle().setWrapText(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      built = out.toByteArray();
    }
    Map<String, byte[]> parts = unzip(built);
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + SheetXmlPatch.MAIN
            + "\">"
            + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
            + "<sheetData>"
            + rows
            + "</sheetData>"
            + afterSheetData
            + "</worksheet>";
    parts.put(SHEET, xml.getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  private static byte[] patch(byte[] workbook, SheetXmlPatch patch) throws IOException {
    Map<String, byte[]> parts = unzip(workbook);
    parts.put(SHEET, patch.apply(parts.get(SHEET)));
    return zip(parts);
  }

  private static String sheetXml(byte[] workbook) throws IOException {
    return new String(unzip(workbook).get(SHEET), StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
