package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.CHECK_COLUMN;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.SCORE_COLUMN;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.scorebook.save.WorkbookWriter;

/**
 * Files written by other programs (openpyxl, export tools) hold text as inline strings ({@code <c
 * t="inlineStr"><is><t>…}): a value Scorebook writes replaces that text, never sits beside it.
 */
class InlineStringCellsTest {
  @TempDir Path folder;

  @Test
  void aFixedErrorLeavesNoStaleInlineTextInTheCheckColumn() throws IOException {
    Path first = folder.resolve("first.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withError().build(), first, VERSION, WRITTEN_AT);
    }
    Path inline = folder.resolve("inline.xlsx");
    try (XSSFWorkbook workbook = open(first)) {
      workbook.getSheet(INDICATORS).getRow(1).getCell(SCORE_COLUMN).setCellValue("旧得分");
      toInlineStrings(workbook);
      save(workbook, inline);
    }
    assertThat(sheetXml(inline)).contains("inlineStr").contains("未知名称").contains("旧得分");

    Path second = folder.resolve("second.xlsx");
    try (XSSFWorkbook workbook = open(inline)) {
      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withoutMessages().build(), second, VERSION, WRITTEN_AT);
    }

    Readback out = Readback.of(second);
    assertThat(out.text(INDICATORS, 6, CHECK_COLUMN)).isEqualTo("通过");
    assertThat(out.number(INDICATORS, 1, SCORE_COLUMN).doubleValue())
        .isEqualTo(SampleWorkbook.LINES.get(0).score());
    assertThat(sheetXml(second)).doesNotContain("未知名称").doesNotContain("旧得分");
  }

  @Test
  void textWrittenIntoAnEmptyInlineStringCellIsReadable() throws IOException {
    Path emptyInline = folder.resolve("empty-inline.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      CTCell ct =
          ((XSSFCell) workbook.getSheet(INDICATORS).getRow(6).createCell(CHECK_COLUMN)).getCTCell();
      ct.setT(STCellType.INLINE_STR);
      save(workbook, emptyInline);
    }
    assertThat(sheetXml(emptyInline)).contains("t=\"inlineStr\"");

    Path out = folder.resolve("out.xlsx");
    try (XSSFWorkbook workbook = open(emptyInline)) {
      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withoutMessages().build(), out, VERSION, WRITTEN_AT);
    }

    assertThat(Readback.of(out).text(INDICATORS, 6, CHECK_COLUMN)).isEqualTo("通过");
  }

  /** Rewrites every text cell as an inline string, as openpyxl saves them. */
  private static void toInlineStrings(XSSFWorkbook workbook) {
    workbook.forEach(
        sheet -> {
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue();
                CTCell ct = ((XSSFCell) cell).getCTCell();
                ct.unsetV();
                ct.setT(STCellType.INLINE_STR);
                ct.addNewIs().setT(text);
              }
            }
          }
        });
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static void save(Workbook workbook, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** Every worksheet part of {@code file}, as raw XML. */
  private static String sheetXml(Path file) throws IOException {
    StringBuilder xml = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().startsWith("xl/worksheets/sheet")) {
          try (InputStream in = zip.getInputStream(entry)) {
            xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return xml.toString();
  }
}
