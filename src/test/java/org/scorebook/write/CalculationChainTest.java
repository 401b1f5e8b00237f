package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.testing.TestWorkbooks;

/**
 * Excel keeps a calculation chain listing every formula cell, and offers to repair a workbook whose
 * chain lists a cell without one. A formula typed into 得分 is replaced by the score, so the chain
 * the output carries (if any) must no longer list that cell, while the part-keeping save copies the
 * rest of the package as it came.
 */
class CalculationChainTest {
  private static final Pattern SHEET =
      Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"[^>]*sheetId=\"(\\d+)\"");
  private static final Pattern CHAIN_CELL =
      Pattern.compile("<c r=\"([A-Z]+\\d+)\"(?: i=\"(\\d+)\")?");

  private static final String OTHER = "附表";

  @TempDir Path folder;

  @Test
  void theOutputsCalculationChainListsOnlyCellsThatStillHoldFormulas() throws Exception {
    byte[] built =
        TestWorkbooks.evaluation()
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 60)
            .manual(60)
            .leaf("A2", "执行", 40)
            .manual(40)
            .score(TestWorkbooks.formulaCell("40*1"))
            .sheet(OTHER)
            .cell(OTHER, "A1", TestWorkbooks.formulaCell("1+1"))
            .bytes();
    Map<String, byte[]> parts = unzip(built);
    String workbookXml = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
    String indicatorSheetId = sheetIds(workbookXml).get("指标评分");
    String formulaCell = firstFormulaCell(built, "指标评分");
    parts.put(
        "xl/calcChain.xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<calcChain xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<c r=\""
                + formulaCell
                + "\" i=\""
                + indicatorSheetId
                + "\"/></calcChain>")
            .getBytes(StandardCharsets.UTF_8));
    edit(
        parts,
        "[Content_Types].xml",
        xml ->
            xml.replace(
                "</Types>",
                "<Override PartName=\"/xl/calcChain.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml\"/></Types>"));
    edit(
        parts,
        "xl/_rels/workbook.xml.rels",
        xml ->
            xml.replace(
                "</Relationships>",
                "<Relationship Id=\"rIdChain\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/calcChain\" Target=\"calcChain.xml\"/>"
                    + "</Relationships>"));
    Path input = Files.write(folder.resolve("带计算链.xlsx"), zip(parts));
    Path output = folder.resolve("out").resolve("带计算链.xlsx");
    Files.createDirectories(output.getParent());

    Outcome outcome = Scorebook.process(input, output);

    assertThat(outcome.failure()).isEmpty();
    Map<String, byte[]> written = unzip(Files.readAllBytes(output));
    byte[] chain = written.get("xl/calcChain.xml");
    if (chain == null) {
      assertThat(new String(written.get("[Content_Types].xml"), StandardCharsets.UTF_8))
          .doesNotContain("calcChain");
      assertThat(new String(written.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8))
          .doesNotContain("calcChain");
      return;
    }
    Map<String, String> namesById =
        invert(sheetIds(new String(written.get("xl/workbook.xml"), StandardCharsets.UTF_8)));
    try (Workbook workbook = WorkbookFactory.create(output.toFile(), null, true)) {
      Matcher listed = CHAIN_CELL.matcher(new String(chain, StandardCharsets.UTF_8));
      while (listed.find()) {
        Sheet sheet = workbook.getSheet(namesById.get(listed.group(2)));
        CellAddress address = new CellAddress(listed.group(1));
        Row row = sheet.getRow(address.getRow());
        Cell cell = row == null ? null : row.getCell(address.getColumn());
        assertThat(cell != null && cell.getCellType() == CellType.FORMULA)
            .as("the chain lists %s!%s, which must hold a formula", sheet.getSheetName(), address)
            .isTrue();
      }
    }
  }

  private static String firstFormulaCell(byte[] workbookBytes, String sheetName)
      throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
      for (Row row : workbook.getSheet(sheetName)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            return cell.getAddress().formatAsString();
          }
        }
      }
    }
    throw new IllegalStateException("no formula on " + sheetName);
  }

  private static Map<String, String> sheetIds(String workbookXml) {
    Map<String, String> ids = new LinkedHashMap<>();
    Matcher sheet = SHEET.matcher(workbookXml);
    while (sheet.find()) {
      ids.put(sheet.group(1), sheet.group(2));
    }
    return ids;
  }

  private static Map<String, String> invert(Map<String, String> map) {
    Map<String, String> inverted = new LinkedHashMap<>();
    map.forEach((key, value) -> inverted.put(value, key));
    return inverted;
  }

  private interface Edit {
    String apply(String xml);
  }

  private static void edit(Map<String, byte[]> parts, String name, Edit edit) {
    String xml = new String(parts.get(name), StandardCharsets.UTF_8);
    parts.put(name, edit.apply(xml).getBytes(StandardCharsets.UTF_8));
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
      List<String> names = new ArrayList<>(parts.keySet());
      for (String name : names) {
        out.putNextEntry(new ZipEntry(name));
        out.write(parts.get(name));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
