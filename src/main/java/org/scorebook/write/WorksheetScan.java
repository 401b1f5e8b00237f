package org.scorebook.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.ooxml.CellRefs;
import org.scorebook.write.EditedSheet.CellValue;

/**
 * What the writers need to know of a worksheet part, read in one pass over its XML: each cell's
 * format, value and formula, the rows' heights, the column definitions, the sheet's default width
 * and height, and which relationship its comments' drawing has. Values are read as POI reads them,
 * so the XML edits decide as the POI edits do.
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
      XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        scan.read(in, sharedStrings);
      } finally {
        in.close();
      }
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

  private void read(XMLStreamReader in, List<String> sharedStrings) throws XMLStreamException {
    int depth = 0;
    int row = -1;
    int column = -1;
    while (in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      String name = in.getLocalName();
      if (depth == 1 && !MAIN.equals(in.getNamespaceURI())) {
        unsupported = "a worksheet in the namespace " + in.getNamespaceURI();
        return;
      }
      if (depth == 2) {
        switch (name) {
          case "sheetFormatPr" -> sheetFormat(in);
          case "legacyDrawing" -> legacyDrawing = in.getAttributeValue(RELATIONSHIPS, "id");
          default -> {}
        }
      } else if (depth == 3 && name.equals("col")) {
        LinkedHashMap<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
          String prefix = in.getAttributePrefix(i);
          if (prefix == null || prefix.isEmpty()) {
            attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
          }
        }
        columns.add(new Column(attributes));
      } else if (depth == 3 && name.equals("row")) {
        String r = in.getAttributeValue(null, "r");
        row = r == null ? row + 1 : Integer.parseInt(r.trim()) - 1;
        column = -1;
        String ht = in.getAttributeValue(null, "ht");
        if (ht != null) {
          heights.put(row, (float) Double.parseDouble(ht));
        }
        rows.computeIfAbsent(row, k -> new TreeMap<>());
      } else if (depth == 4 && name.equals("c")) {
        String r = in.getAttributeValue(null, "r");
        column = r == null ? column + 1 : CellRefs.columnOf(r);
        rows.computeIfAbsent(row, k -> new TreeMap<>()).put(column, cell(in, sharedStrings));
        depth--; // cell() read to its end
      }
    }
  }

  private void sheetFormat(XMLStreamReader in) {
    String base = in.getAttributeValue(null, "baseColWidth");
    if (base != null) {
      baseColumnWidth = (int) Long.parseLong(base.trim());
    }
    String height = in.getAttributeValue(null, "defaultRowHeight");
    if (height != null) {
      defaultRowHeight = (float) Double.parseDouble(height);
    }
  }

  /** One {@code <c>}, read to its end tag. */
  private Cell cell(XMLStreamReader in, List<String> sharedStrings) throws XMLStreamException {
    String s = in.getAttributeValue(null, "s");
    String t = in.getAttributeValue(null, "t");
    int format = s == null ? -1 : (int) Long.parseLong(s.trim());
    String v = null;
    StringBuilder inline = null;
    Formula formula = null;
    int level = 1;
    boolean inPhonetic = false;
    while (level > 0 && in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
        switch (in.getLocalName()) {
          case "f" -> {
            String type = in.getAttributeValue(null, "t");
            formula =
                new Formula(type == null ? "normal" : type, in.getAttributeValue(null, "ref"));
            if (formula.type().equals("array") && formula.ref() != null) {
              try {
                arrays.add(CellRangeAddress.valueOf(formula.ref()));
              } catch (RuntimeException e) {
                // an unreadable range: the cell itself is still a formula cell
              }
            }
          }
          case "v" -> v = in.getElementText();
          case "is" -> inline = new StringBuilder();
          case "rPh" -> inPhonetic = true;
          case "t" -> {
            String text = in.getElementText();
            if (inline != null && !inPhonetic) {
              inline.append(text);
            }
          }
          default -> {}
        }
        if (in.getEventType() == XMLStreamConstants.END_ELEMENT) {
          level--; // getElementText stopped at the end tag
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
        if (in.getLocalName().equals("rPh")) {
          inPhonetic = false;
        }
      }
    }
    return new Cell(format, value(t, v, inline, formula, sharedStrings), formula);
  }

  /** The value as POI's {@code getCellType} and {@code getStringCellValue} see it. */
  private static CellValue value(
      String t, String v, StringBuilder inline, Formula formula, List<String> sharedStrings) {
    if (formula != null && !formula.type().equals("dataTable")) {
      return CellValue.of(CellValue.Kind.FORMULA);
    }
    String type = t == null ? "n" : t;
    return switch (type) {
      case "b" -> CellValue.of(CellValue.Kind.BOOLEAN);
      case "e" -> CellValue.of(CellValue.Kind.ERROR);
      case "s" -> CellValue.text(sharedString(v, sharedStrings));
      case "inlineStr" ->
          CellValue.text(Ooxml.decode(inline != null ? inline.toString() : v == null ? "" : v));
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
