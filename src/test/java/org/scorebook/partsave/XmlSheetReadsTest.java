package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.save.PoiSheets;
import org.scorebook.write.ChangedSheets;
import org.scorebook.write.EditedSheet;
import org.scorebook.write.WriteCorpus;

/**
 * The XML edits decide what to write from what they read, so they must read each sheet as POI does:
 * every cell's format and value, the cells of each row, column widths, row heights and comments.
 */
class XmlSheetReadsTest {
  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.scorebook.partsave.SheetEditsAgreeTest#corpus")
  void theXmlSheetReadsWhatPoiReads(String name, WriteCorpus.Maker maker) throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));
    byte[] bytes = Files.readAllBytes(input);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XmlSheets xml = TwoEdits.sheets(bytes, TwoEdits.sharedStrings(workbook));
      PoiSheets poi = new PoiSheets(workbook, new ChangedSheets());
      assertThat(xml.all())
          .extracting(EditedSheet::name)
          .containsExactlyElementsOf(poi.all().stream().map(EditedSheet::name).toList());
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        XSSFSheet sheet = workbook.getSheetAt(i);
        sameReads(poi.all().get(i), xml.all().get(i), sheet);
      }
    }
  }

  private static void sameReads(EditedSheet poi, EditedSheet xml, XSSFSheet sheet) {
    String at = sheet.getSheetName();
    int lastColumn = 0;
    for (int r = 0; r <= sheet.getLastRowNum() + 2; r++) {
      assertThat(xml.columns(r)).as(at + " row " + r).isEqualTo(poi.columns(r));
      assertThat(xml.rowHeight(r)).as(at + " height of row " + r).isEqualTo(poi.rowHeight(r));
      Row row = sheet.getRow(r);
      int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
      lastColumn = Math.max(lastColumn, last);
      for (int c = 0; c <= last + 1; c++) {
        String cell = at + "!" + new org.apache.poi.ss.util.CellAddress(r, c);
        assertThat(xml.format(r, c)).as(cell + " format").isEqualTo(poi.format(r, c));
        assertThat(xml.value(r, c)).as(cell + " value").isEqualTo(poi.value(r, c));
      }
    }
    for (int c = 0; c <= lastColumn + 3; c++) {
      assertThat(xml.columnWidth(c)).as(at + " width of column " + c).isEqualTo(poi.columnWidth(c));
      assertThat(xml.newCellFormat(c))
          .as(at + " format of column " + c)
          .isEqualTo(poi.newCellFormat(c));
    }
    assertThat(xml.comments()).as(at + " comments").isEqualTo(poi.comments());
  }
}
