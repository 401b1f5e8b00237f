package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.scorebook.partsave.CellFormula.Unsupported;
import org.scorebook.partsave.CellFormula.Value;

/**
 * The formulas of one worksheet part and the cached values of its cells, read from the XML as the
 * file has them; which formulas read a cell that was written (directly or through another formula),
 * and what those give now. A formula that reads nothing written keeps its cached value, as the file
 * saved it.
 */
final class SheetFormulas {
  /** A cell as the file stores it: its raw attributes, cached value and formula element. */
  record Stored(
      String style,
      String type,
      String cached,
      String formula,
      Map<String, String> formulaAttributes) {
    boolean hasFormula() {
      return formula != null;
    }

    /** A formula of the cell alone, neither shared from another cell nor over an array. */
    boolean ownFormula() {
      String t = formulaAttributes.get("t");
      return hasFormula() && !formula.isBlank() && (t == null || t.equals("normal"));
    }

    /**
     * The cached value as a reader that does not calculate sees it; null for one not read here (a
     * date, a number that is none).
     */
    Value value() {
      String t = type == null ? "n" : type;
      return switch (t) {
        case "s", "str", "inlineStr" -> Value.TEXT;
        case "b" -> Value.BOOLEAN;
        case "e" -> Value.error(cached == null ? "" : cached);
        case "n" -> number(cached);
        default -> null;
      };
    }

    private static Value number(String cached) {
      if (cached == null || cached.isBlank()) {
        return Value.BLANK;
      }
      try {
        return Value.number(Double.parseDouble(cached.trim()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** References in a formula's text, with or without a sheet, and ranges of them. */
  private static final Pattern REFERENCES =
      Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})(?::\\$?([A-Za-z]{1,3})\\$?(\\d{1,7}))?");

  /** Whole columns or rows, text references and names: they may read any cell. */
  private static final Pattern ANY_CELL =
      Pattern.compile(
          "(?<![A-Za-z0-9_$])\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}(?![A-Za-z0-9(])"
              + "|(?<![A-Za-z0-9_$])\\$?\\d+:\\$?\\d+|\\b(INDIRECT|OFFSET|INDEX)\\s*\\(",
          Pattern.CASE_INSENSITIVE);

  private final Map<CellAddress, Stored> cells;

  private SheetFormulas(Map<CellAddress, Stored> cells) {
    this.cells = cells;
  }

  /** The sheet's cells; none read when the part holds no formula. */
  static SheetFormulas read(byte[] worksheet) throws XMLStreamException {
    Map<CellAddress, Stored> cells = new LinkedHashMap<>();
    if (StreamingSave.mayHoldFormulas(worksheet)) {
      XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(worksheet));
      try {
        readCells(in, cells);
      } finally {
        in.close();
      }
    }
    return new SheetFormulas(cells);
  }

  private static void readCells(XMLStreamReader in, Map<CellAddress, Stored> cells)
      throws XMLStreamException {
    int row = -1;
    int column = -1;
    while (in.hasNext()) {
      if (in.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (in.getLocalName().equals("row")) {
        String r = in.getAttributeValue(null, "r");
        row = r == null ? row + 1 : Integer.parseInt(r.trim()) - 1;
        column = -1;
      } else if (in.getLocalName().equals("c")) {
        String r = in.getAttributeValue(null, "r");
        CellAddress at = r == null ? new CellAddress(row, column + 1) : new CellAddress(r);
        column = at.getColumn();
        cells.put(at, cell(in));
      }
    }
  }

  private static Stored cell(XMLStreamReader in) throws XMLStreamException {
    String style = in.getAttributeValue(null, "s");
    String type = in.getAttributeValue(null, "t");
    String cached = null;
    String formula = null;
    Map<String, String> attributes = new LinkedHashMap<>();
    int level = 1;
    while (level > 0 && in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = in.getLocalName();
        if (name.equals("f")) {
          for (int i = 0; i < in.getAttributeCount(); i++) {
            attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
          }
          formula = in.getElementText();
        } else if (name.equals("v")) {
          cached = in.getElementText();
        } else {
          level++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
    return new Stored(style, type, cached, formula, attributes);
  }

  /** The stored cell, if the part has it. */
  Optional<Stored> stored(int row, int column) {
    return Optional.ofNullable(cells.get(new CellAddress(row, column)));
  }

  /** Every formula cell of the part, in the part's order. */
  List<CellAddress> formulaCells() {
    List<CellAddress> found = new ArrayList<>();
    cells.forEach(
        (at, cell) -> {
          if (cell.hasFormula()) {
            found.add(at);
          }
        });
    return found;
  }

  /**
   * The formula cells that read one of {@code written}, directly or through other formulas. A
   * reference is taken to be to this sheet wherever it points, so more may be found than read it,
   * never fewer.
   */
  Set<CellAddress> reading(Set<CellAddress> written) {
    Set<CellAddress> changed = new HashSet<>(written);
    Set<CellAddress> reading = new HashSet<>();
    boolean grew = !written.isEmpty();
    while (grew) {
      grew = false;
      for (CellAddress at : formulaCells()) {
        if (!reading.contains(at) && !written.contains(at) && reads(cells.get(at), changed)) {
          reading.add(at);
          changed.add(at);
          grew = true;
        }
      }
    }
    return reading;
  }

  private static boolean reads(Stored cell, Set<CellAddress> changed) {
    if (!cell.ownFormula()) {
      return true; // a shared or array formula's references are not all in its text
    }
    String text = withoutStrings(cell.formula());
    if (ANY_CELL.matcher(text).find()) {
      return true;
    }
    Matcher m = REFERENCES.matcher(text);
    while (m.find()) {
      if (covers(m, changed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(Matcher m, Set<CellAddress> changed) {
    int firstColumn = CellReference.convertColStringToIndex(m.group(1));
    int firstRow = Integer.parseInt(m.group(2)) - 1;
    int lastColumn =
        m.group(3) == null ? firstColumn : CellReference.convertColStringToIndex(m.group(3));
    int lastRow = m.group(4) == null ? firstRow : Integer.parseInt(m.group(4)) - 1;
    for (CellAddress at : changed) {
      if (Math.min(firstRow, lastRow) <= at.getRow()
          && at.getRow() <= Math.max(firstRow, lastRow)
          && Math.min(firstColumn, lastColumn) <= at.getColumn()
          && at.getColumn() <= Math.max(firstColumn, lastColumn)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutStrings(String formula) {
    return formula.replaceAll("\"[^\"]*\"", "\"\"");
  }

  /**
   * What the formula at {@code at} gives with {@code current} values for the written cells: those
   * in {@code reading} calculated again, every other cell as the file stored it.
   *
   * @throws Unsupported when a formula on the way is not one calculated here exactly
   */
  Value evaluate(CellAddress at, Set<CellAddress> reading, CellFormula.Cells current)
      throws Unsupported {
    return new Evaluation(reading, current).formula(at, new HashSet<>());
  }

  /** One calculation, each formula read once. */
  private final class Evaluation {
    private final Set<CellAddress> reading;
    private final CellFormula.Cells current;
    private final Map<CellAddress, Value> done = new HashMap<>();

    Evaluation(Set<CellAddress> reading, CellFormula.Cells current) {
      this.reading = reading;
      this.current = current;
    }

    Value formula(CellAddress at, Set<CellAddress> open) throws Unsupported {
      Value known = done.get(at);
      if (known != null) {
        return known;
      }
      Stored cell = cells.get(at);
      if (!cell.ownFormula()) {
        throw new Unsupported(at + " holds a shared or array formula");
      }
      if (!open.add(at)) {
        throw new Unsupported(at + " is in a circular reference");
      }
      Value value =
          CellFormula.parse(cell.formula())
              .evaluate((row, column) -> cellValue(new CellAddress(row, column), open));
      open.remove(at);
      done.put(at, value);
      return value;
    }

    private Value cellValue(CellAddress at, Set<CellAddress> open) throws Unsupported {
      if (reading.contains(at)) {
        return formula(at, open);
      }
      return current.at(at.getRow(), at.getColumn());
    }
  }
}
