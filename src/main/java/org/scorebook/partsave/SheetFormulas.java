package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.ooxml.WorksheetXml;
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
     * shared or inline text, whose text is not in the cell's value; a date).
     */
    Value value() {
      String t = type == null ? "n" : type;
      return switch (t) {
        case "str" -> Value.text(Ooxml.decode(cached == null ? "" : cached));
        case "b" -> Value.bool("1".equals(cached));
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

  private final Map<CellAddress, Stored> cells;
  private final Map<CellAddress, CellFormula> parsed = new HashMap<>();

  private SheetFormulas(Map<CellAddress, Stored> cells) {
    this.cells = cells;
  }

  /** The sheet's cells; none read when the part holds no formula. */
  static SheetFormulas read(byte[] worksheet) throws XMLStreamException {
    Map<CellAddress, Stored> cells = new LinkedHashMap<>();
    if (WorksheetXml.mayHoldFormulas(worksheet)) {
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
   * The formula cells that read one of {@code written}, directly or through other formulas, as
   * POI's formula parser reads their references. A reference to another sheet is taken to be to
   * this one, and a formula that may read any cell (a name, INDIRECT, OFFSET, a shared or array
   * formula) to read them all, so more may be found than read it, never fewer.
   */
  Set<CellAddress> reading(Set<CellAddress> written) {
    Set<CellAddress> changed = new HashSet<>(written);
    Set<CellAddress> reading = new HashSet<>();
    boolean grew = !written.isEmpty();
    while (grew) {
      grew = false;
      for (CellAddress at : formulaCells()) {
        if (!reading.contains(at) && !written.contains(at) && reads(at, changed)) {
          reading.add(at);
          changed.add(at);
          grew = true;
        }
      }
    }
    return reading;
  }

  private boolean reads(CellAddress at, Set<CellAddress> changed) {
    if (!cells.get(at).ownFormula()) {
      return true; // a shared or array formula's references are not all in its text
    }
    CellFormula formula = parsed(at);
    for (CellAddress cell : changed) {
      if (formula.reads(cell)) {
        return true;
      }
    }
    return false;
  }

  private CellFormula parsed(CellAddress at) {
    CellFormula formula = parsed.get(at);
    if (formula == null) {
      formula = CellFormula.parse(cells.get(at).formula());
      parsed.put(at, formula);
    }
    return formula;
  }

  /**
   * What the formulas at {@code targets} give with the values {@code current} has: the formulas of
   * {@code reading} they read calculated again with them, every other cell as {@code current} has
   * it. {@code written} are the cells given a value, which the part may not hold yet.
   *
   * @throws Unsupported when a formula on the way is not one calculated here exactly
   */
  Map<CellAddress, Value> evaluate(
      Set<CellAddress> targets,
      Set<CellAddress> reading,
      Set<CellAddress> written,
      CellFormula.Cells current)
      throws Unsupported {
    Map<CellAddress, CellFormula> formulas = formulasRead(targets, reading);
    Set<CellAddress> present = new LinkedHashSet<>(cells.keySet());
    present.addAll(written);
    Map<CellAddress, Value> values = new LinkedHashMap<>();
    for (CellAddress at : present) {
      if (!formulas.containsKey(at) && readByAny(formulas.values(), at)) {
        values.put(at, current.at(at.getRow(), at.getColumn()));
      }
    }
    Map<CellAddress, Value> results = CellFormula.calculate(formulas, values);
    results.keySet().retainAll(targets);
    return results;
  }

  /** The formulas at {@code targets} and those of {@code reading} they read, on and on. */
  private Map<CellAddress, CellFormula> formulasRead(
      Set<CellAddress> targets, Set<CellAddress> reading) throws Unsupported {
    Map<CellAddress, CellFormula> found = new LinkedHashMap<>();
    Deque<CellAddress> next = new ArrayDeque<>(targets);
    while (!next.isEmpty()) {
      CellAddress at = next.pop();
      if (found.containsKey(at)) {
        continue;
      }
      Stored cell = cells.get(at);
      if (cell == null || !cell.ownFormula()) {
        throw new Unsupported(at + " holds a shared or array formula");
      }
      CellFormula formula = parsed(at);
      formula.checkCalculable();
      found.put(at, formula);
      for (CellAddress other : reading) {
        if (!found.containsKey(other) && formula.reads(other)) {
          next.push(other);
        }
      }
    }
    return found;
  }

  private static boolean readByAny(Iterable<CellFormula> formulas, CellAddress at) {
    for (CellFormula formula : formulas) {
      if (formula.reads(at)) {
        return true;
      }
    }
    return false;
  }
}
