package org.scorebook.write;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A saved .xlsx read back with fastexcel-reader, which has no POI inside: cells by 0-based row and
 * column, numbers and cached formula values as the file stores them, with their number formats.
 */
public final class Readback {
  private final List<String> sheetNames;
  private final Map<String, Map<Integer, Row>> rows = new TreeMap<>();
  private final String activeSheet;

  private Readback(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      sheetNames = sheets.stream().map(Sheet::getName).toList();
      activeSheet = workbook.getActiveSheet().map(Sheet::getName).orElse("");
      for (Sheet sheet : sheets) {
        Map<Integer, Row> byIndex = new TreeMap<>();
        for (Row row : sheet.read()) {
          byIndex.put(row.getRowNum() - 1, row);
        }
        rows.put(sheet.getName(), byIndex);
      }
    }
  }

  public static Readback of(Path file) throws IOException {
    return new Readback(file);
  }

  public List<String> sheetNames() {
    return sheetNames;
  }

  String activeSheet() {
    return activeSheet;
  }

  public Cell cell(String sheet, int row, int column) {
    Row found = rows.get(sheet).get(row);
    return found == null || column >= found.getCellCount() ? null : found.getCell(column);
  }

  public BigDecimal number(String sheet, int row, int column) {
    Cell cell = cell(sheet, row, column);
    return cell == null || cell.getRawValue() == null ? null : new BigDecimal(cell.getRawValue());
  }

  String text(String sheet, int row, int column) {
    Cell cell = cell(sheet, row, column);
    return cell == null ? "" : cell.getText();
  }

  /** Every row of {@code sheet} as the texts of columns A to E, for searching. */
  Map<Integer, Row> rows(String sheet) {
    return rows.get(sheet);
  }

  /**
   * The 0-based index of the first row of {@code sheet} whose column {@code column} reads {@code
   * text}.
   */
  int find(String sheet, int column, String text) {
    return rows.get(sheet).entrySet().stream()
        .filter(
            e ->
                e.getValue().getCellCount() > column
                    && e.getValue().getCell(column) != null
                    && text.equals(e.getValue().getCell(column).getText()))
        .mapToInt(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no row with " + text + " in column " + column + " of " + sheet));
  }

  boolean contains(String sheet, String text) {
    return rows.get(sheet).values().stream()
        .flatMap(Row::stream)
        .anyMatch(c -> c != null && c.getText() != null && c.getText().contains(text));
  }
}
