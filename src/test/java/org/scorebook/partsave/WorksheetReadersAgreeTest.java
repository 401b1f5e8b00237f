package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scorebook.aids.SheetContent;
import org.scorebook.aids.SheetXmlContent;
import org.scorebook.read.StreamedTexts;

/**
 * Every reader of worksheet XML (the streaming read, the sheet edits' scan, the sheet aids'
 * content) places rows and cells where POI places them when it opens the same workbook.
 */
class WorksheetReadersAgreeTest {
  private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

  @Test
  void aRowWithoutANumberFollowsTheHighestRowSoFar() throws IOException {
    Map<Integer, Map<Integer, String>> poi =
        agreeing(
            rows(
                "<row r=\"5\">" + cell("A5", "five") + "</row>",
                "<row r=\"2\">" + cell("A2", "two") + "</row>",
                "<row>" + cell("B1", "unnumbered") + "</row>"));
    assertThat(poi.get(5)).isEqualTo(Map.of(1, "unnumbered"));
    assertThat(poi.get(1)).isEqualTo(Map.of(0, "two"));
  }

  @Test
  void theFirstRowWithoutANumberIsRowOne() throws IOException {
    Map<Integer, Map<Integer, String>> poi =
        agreeing(
            rows(
                "<row>" + cell("A9", "first") + "</row>", "<row>" + cell("A9", "next") + "</row>"));
    assertThat(poi).containsOnlyKeys(0, 1);
  }

  @Test
  void aRepeatedRowReplacesTheEarlierOneWhole() throws IOException {
    Map<Integer, Map<Integer, String>> poi =
        agreeing(
            rows(
                "<row r=\"3\">" + cell("A3", "early") + cell("B3", "only early") + "</row>",
                "<row r=\"3\">" + cell("A3", "late") + "</row>"));
    assertThat(poi.get(2)).isEqualTo(Map.of(0, "late"));
  }

  @Test
  void aCellWithoutAReferenceFollowsTheHighestCellOfItsRowSoFar() throws IOException {
    Map<Integer, Map<Integer, String>> poi =
        agreeing(
            rows(
                "<row r=\"1\">"
                    + cell("D1", "d")
                    + cell("B1", "b")
                    + cell(null, "next")
                    + "</row>"));
    assertThat(poi.get(0)).containsEntry(4, "next");
  }

  @Test
  void aRepeatedCellReplacesTheEarlierOne() throws IOException {
    Map<Integer, Map<Integer, String>> poi =
        agreeing(rows("<row r=\"1\">" + cell("C1", "early") + cell("C1", "late") + "</row>"));
    assertThat(poi.get(0)).isEqualTo(Map.of(2, "late"));
  }

  /** What POI reads from the sheet, after checking that every other reader reads the same. */
  private static Map<Integer, Map<Integer, String>> agreeing(String sheetXml) throws IOException {
    byte[] xlsx = workbookWith(sheetXml);
    Map<Integer, Map<Integer, String>> poi = throughPoi(xlsx);
    byte[] part = sheetXml.getBytes(StandardCharsets.UTF_8);
    assertThat(StreamedTexts.firstSheet(xlsx)).as("streaming read").isEqualTo(poi);
    assertThat(throughScan(part)).as("sheet edits").isEqualTo(poi);
    assertThat(throughContent(part)).as("sheet aids").isEqualTo(poi);
    return poi;
  }

  private static String rows(String... rows) {
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>"
        + String.join("", rows)
        + "</sheetData></worksheet>";
  }

  private static String cell(String ref, String text) {
    return "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"str\"><v>" + text + "</v></c>";
  }

  private static Map<Integer, Map<Integer, String>> throughPoi(byte[] xlsx) throws IOException {
    Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        Map<Integer, String> cells = new TreeMap<>();
        for (Cell cell : row) {
          cells.put(cell.getColumnIndex(), cell.getStringCellValue());
        }
        rows.put(row.getRowNum(), cells);
      }
    }
    return rows;
  }

  private static Map<Integer, Map<Integer, String>> throughScan(byte[] part) throws IOException {
    WorksheetScan scan = WorksheetScan.of(part, List.of());
    Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
    scan.rows.forEach(
        (row, cells) -> {
          Map<Integer, String> texts = new TreeMap<>();
          cells.forEach((column, cell) -> texts.put(column, cell.value().text()));
          rows.put(row, texts);
        });
    return rows;
  }

  private static Map<Integer, Map<Integer, String>> throughContent(byte[] part) throws IOException {
    SheetXmlContent content = SheetXmlContent.read(part, List.of());
    Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
    for (int row = 0; row < 20; row++) {
      List<SheetContent.Cell> cells = content.row(row).orElse(null);
      if (cells != null) {
        Map<Integer, String> texts = new TreeMap<>();
        for (SheetContent.Cell cell : cells) {
          assertThat(texts.put(cell.column(), cell.text())).as("one cell per place").isNull();
        }
        rows.put(row, texts);
      }
    }
    return rows;
  }

  /** A workbook POI writes with one sheet, whose part is then replaced by {@code sheetXml}. */
  private static byte[] workbookWith(String sheetXml) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("x");
      workbook.write(plain);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(
            entry.getName().equals(SHEET_PART) ? sheetXml.getBytes(StandardCharsets.UTF_8) : bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
