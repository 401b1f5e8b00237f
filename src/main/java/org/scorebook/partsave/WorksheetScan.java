package org.scorebook.partsave;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.ooxml.WorksheetXml;
import org.scorebook.write.EditedSheet.CellValue;

/**
 * What the writers need to know of a worksheet part, from the one reading of it ({@link
 * WorksheetXml}): each cell's format, value and formula, the rows' heights, the column definitions,
 * the sheet's default width and height, and which relationship its comments' drawing has. Values
 * are read as POI reads them, so the XML edits decide as the POI edits do.
 */
final class WorksheetScan {
  static final String MAIN = SheetXmlPatch.MAIN;
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A cell as found: its format (-1 for none), what it holds, and its formula if any. */
  record Cell(int format, CellValue value, Formula formula) {}

  /**
   * A cell's formula: {@code type} as the file gives it ("normal", "shared", "array", "dataTable"),
   * the range a shared, array or table formula's master covers, or null.
   */
  record Formula(String type, String ref) {
    /**
     * Whether the formula reaches beyond its own cell, so that its cell cannot simply be
     * overwritten.
     */
    boolean coversOthers(int row, int column) {
      if (ref == null || type.equals("normal")) {
        return false;
      }
      try {
        CellRangeAddress range = CellRangeAddress.valueOf(ref);
        return range.getNumberOfCells() > 1 || !range.isInRange(row, column);
      } catch (RuntimeException e) {
        return true;
      }
    }
  }

  /** One {@code <col>} definition: its attributes as found, in order. */
  record Column(LinkedHashMap<String, String> attributes) {
    int min() {
      return Integer.parseInt(attributes.getOrDefault("min", "0"));
    }

    int max() {
      return Integer.parseInt(attributes.getOrDefault("max", "0"));
    }
  }

  /** Row → column → cell. */
  final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();

  /** Rows with a height of their own, in points. */
  final Map<Integer, Float> heights = new HashMap<>();

  final List<Column> columns = new ArrayList<>();

  /** The ranges of array formulas whose cells other than the first are formula cells too. */
  final List<CellRangeAddress> arrays = new ArrayList<>();

  /** {@code sheetFormatPr}'s base column width (8 when not given), in characters. */
  int baseColumnWidth = 8;

  /** {@code sheetFormatPr}'s default row height, in points; 0 without one, as POI reads it. */
  float defaultRowHeight;

  /** The relationship id of {@code <legacyDrawing>}, or null. */
  String legacyDrawing;

  /** Why the part cannot be edited as XML, or null. */
  String unsupported;

  private WorksheetScan() {}

  static WorksheetScan of(byte[] xml, List<String> sharedStrings) throws IOException {
    WorksheetScan scan = new WorksheetScan();
    try {
      scan.read(WorksheetXml.read(xml), sharedStrings);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable worksheet XML", e);
    }
    scan.markArrayCells();
    return scan;
  }

  Cell cell(int row, int column) {
    NavigableMap<Integer, Cell> cells = rows.get(row);
    return cells == null ? null : cells.get(column);
  }

  /** The {@code <col>} covering {@code column} (0-based), or null. */
  Column column(int column) {
    for (Column col : columns) {
      if (col.min() <= column + 1 && column + 1 <= col.max()) {
        return col;
      }
    }
    return null;
  }

  /** Whether the cell lies in an array formula's range of more than one cell. */
  boolean inArrayRange(int row, int column) {
    for (CellRangeAddress range : arrays) {
      if (range.getNumberOfCells() > 1 && range.isInRange(row, column)) {
        return true;
      }
    }
    return false;
  }

  private void read(WorksheetXml sheet, List<String> sharedStrings) {
    if (!MAIN.equals(sheet.namespace)) {
      unsupported = "a worksheet in the namespace " + sheet.namespace;
      return;
    }
    sheetFormat(sheet.sheetFormat);
    legacyDrawing = sheet.legacyDrawing;
    for (Map<String, String> col : sheet.columns) {
      columns.add(new Column(new LinkedHashMap<>(col)));
    }
    for (WorksheetXml.Row row : sheet.rows.values()) {
      if (row.height() != null) {
        heights.put(row.index(), (float) Double.parseDouble(row.height()));
      }
      NavigableMap<Integer, Cell> cells = new TreeMap<>();
      for (WorksheetXml.Cell cell : row.cells().values()) {
        cells.put(cell.column(), cell(cell, sharedStrings));
      }
      rows.put(row.index(), cells);
    }
  }

  private void sheetFormat(Map<String, String> sheetFormat) {
    String base = sheetFormat.get("baseColWidth");
    if (base != null) {
      baseColumnWidth = (int) Long.parseLong(base.trim());
    }
    String height = sheetFormat.get("defaultRowHeight");
    if (height != null) {
      defaultRowHeight = (float) Double.parseDouble(height);
    }
  }

  private Cell cell(WorksheetXml.Cell found, List<String> sharedStrings) {
    String s = found.style();
    int format = s == null ? -1 : (int) Long.parseLong(s.trim());
    Formula formula = null;
    if (found.formula() != null) {
      String type = found.formula().type();
      formula = new Formula(type == null ? "normal" : type, found.formula().ref());
      if (formula.type().equals("array") && formula.ref() != null) {
        try {
          arrays.add(CellRangeAddress.valueOf(formula.ref()));
        } catch (RuntimeException e) {
          // an unreadable range: the cell itself is still a formula cell
        }
      }
    }
    String inline = found.hasInline() ? (found.inline() == null ? "" : found.inline()) : null;
    return new Cell(
        format, value(found.type(), found.value(), inline, formula, sharedStrings), formula);
  }

  /** The value as POI's {@code getCellType} and {@code getStringCellValue} see it. */
  private static CellValue value(
      String t, String v, String inline, Formula formula, List<String> sharedStrings) {
    if (formula != null && !formula.type().equals("dataTable")) {
      return CellValue.of(CellValue.Kind.FORMULA);
    }
    String type = t == null ? "n" : t;
    return switch (type) {
      case "b" -> CellValue.of(CellValue.Kind.BOOLEAN);
      case "e" -> CellValue.of(CellValue.Kind.ERROR);
      case "s" -> CellValue.text(sharedString(v, sharedStrings));
      case "inlineStr" ->
          CellValue.text(Ooxml.decode(inline != null ? inline : v == null ? "" : v));
      case "str" -> CellValue.text(Ooxml.decode(v == null ? "" : v));
      default -> v == null ? CellValue.BLANK : CellValue.of(CellValue.Kind.NUMBER);
    };
  }

  private static String sharedString(String v, List<String> sharedStrings) {
    if (v == null) {
      return "";
    }
    int index = Integer.parseInt(v.trim());
    return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
  }

  /** Cells inside an array formula's range are formula cells, as POI reads them. */
  private void markArrayCells() {
    for (CellRangeAddress range : arrays) {
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        NavigableMap<Integer, Cell> cells = rows.get(r);
        if (cells == null) {
          continue;
        }
        for (Map.Entry<Integer, Cell> e :
            cells.subMap(range.getFirstColumn(), true, range.getLastColumn(), true).entrySet()) {
          Cell found = e.getValue();
          if (found.formula() == null) {
            e.setValue(
                new Cell(found.format(), CellValue.of(CellValue.Kind.FORMULA), found.formula()));
          }
        }
      }
    }
  }
}
