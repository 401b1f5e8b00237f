package org.scorebook.read;

import static org.scorebook.read.XlsxGrid.MAIN;
import static org.scorebook.read.XlsxGrid.attribute;
import static org.scorebook.read.XlsxGrid.isElement;
import static org.scorebook.read.XlsxGrid.nextChild;
import static org.scorebook.read.XlsxGrid.required;
import static org.scorebook.read.XlsxGrid.skip;
import static org.scorebook.read.XlsxGrid.unsigned;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.ooxml.CellRefs;

/**
 * One worksheet of an {@link XlsxGrid}, read from its XML the first time a reader asks for its rows
 * or merged regions. Rows and cells are placed as POI places them: a row without {@code r} follows
 * the last one, a cell without {@code r} follows the last cell of its row, and a later row or cell
 * at the same place replaces an earlier one.
 */
final class XlsxSheet implements GridSheet {
  /** Excel's last row, 1-based. */
  private static final long MAX_ROW = 1_048_576;

  private final XlsxGrid grid;
  private final String name;
  private byte[] part;
  private TreeMap<Integer, Row> rows;
  private List<Region> merged;
  private final List<Region> arrayFormulas = new ArrayList<>();
  private final List<long[]> columns = new ArrayList<>();

  XlsxSheet(XlsxGrid grid, String name, byte[] part) {
    this.grid = grid;
    this.name = name;
    this.part = part;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int firstRow() {
    load();
    return rows.isEmpty() ? -1 : rows.firstKey();
  }

  @Override
  public int lastRow() {
    load();
    return rows.isEmpty() ? -1 : rows.lastKey();
  }

  @Override
  public GridRow row(int row) {
    load();
    return rows.get(row);
  }

  @Override
  public List<Region> mergedRegions() {
    load();
    return merged;
  }

  private void load() {
    if (rows != null) {
      return;
    }
    try {
      read();
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof FullReadNeeded needed) {
        throw needed;
      }
      throw new FullReadNeeded("sheet " + name, e);
    }
    part = null;
  }

  private void read() throws XMLStreamException {
    TreeMap<Integer, Row> read = new TreeMap<>();
    List<Region> regions = new ArrayList<>();
    boolean sheetData = false;
    boolean mergeCells = false;
    XMLStreamReader xml = XlsxGrid.open(part, MAIN, "worksheet");
    while (nextChild(xml)) {
      if (isElement(xml, MAIN, "cols")) {
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "col")) {
            String style = attribute(xml, "style");
            columns.add(
                new long[] {
                  unsigned(required(xml, "min")),
                  unsigned(required(xml, "max")),
                  style == null ? 0 : unsigned(style)
                });
          }
          skip(xml);
        }
      } else if (isElement(xml, MAIN, "sheetData")) {
        if (sheetData) {
          throw new FullReadNeeded("two sheetData in " + name);
        }
        sheetData = true;
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "row")) {
            readRow(xml, read);
          } else {
            skip(xml);
          }
        }
      } else if (isElement(xml, MAIN, "mergeCells")) {
        if (mergeCells) {
          throw new FullReadNeeded("two mergeCells in " + name);
        }
        mergeCells = true;
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "mergeCell")) {
            regions.add(region(required(xml, "ref")));
          }
          skip(xml);
        }
      } else {
        skip(xml);
      }
    }
    if (!sheetData) {
      throw new FullReadNeeded("no sheetData in " + name);
    }
    merged = List.copyOf(regions);
    rows = read;
  }

  private void readRow(XMLStreamReader xml, TreeMap<Integer, Row> read) throws XMLStreamException {
    String r = attribute(xml, "r");
    int index;
    if (r == null) {
      index = read.isEmpty() ? 0 : read.lastKey() + 1;
    } else {
      long number = unsigned(r);
      if (number < 1 || number > MAX_ROW) {
        throw new FullReadNeeded("row " + r);
      }
      index = (int) number - 1;
    }
    Row row = new Row();
    while (nextChild(xml)) {
      if (isElement(xml, MAIN, "c")) {
        readCell(xml, index, row);
      } else {
        skip(xml);
      }
    }
    read.put(index, row);
  }

  private void readCell(XMLStreamReader xml, int rowIndex, Row row) throws XMLStreamException {
    String ref = attribute(xml, "r");
    int column;
    if (ref != null) {
      column = columnOf(ref);
    } else {
      column = row.cells.isEmpty() ? 0 : row.cells.lastKey() + 1;
    }
    Cell cell = new Cell(rowIndex, column);
    String style = attribute(xml, "s");
    if (style != null) {
      cell.style = unsigned(style);
    }
    cell.type = attribute(xml, "t");
    while (nextChild(xml)) {
      if (isElement(xml, MAIN, "v") && cell.value == null) {
        cell.value = xml.getElementText();
      } else if (isElement(xml, MAIN, "f") && !cell.hasFormula) {
        cell.hasFormula = true;
        String type = attribute(xml, "t");
        cell.formulaType = type == null ? "normal" : type;
        String range = attribute(xml, "ref");
        cell.formula = xml.getElementText();
        if (cell.formulaType.equals("array") && range != null) {
          arrayFormulas.add(region(range));
        }
      } else if (isElement(xml, MAIN, "is") && !cell.hasInline) {
        cell.hasInline = true;
        cell.inline = XlsxGrid.richText(xml);
      } else {
        skip(xml);
      }
    }
    row.cells.put(column, cell);
  }

  /** The column of a cell reference such as {@code B7}, as POI reads it. */
  static int columnOf(String ref) {
    try {
      return CellRefs.columnOf(ref);
    } catch (IllegalArgumentException e) {
      throw new FullReadNeeded("cell reference " + ref, e);
    }
  }

  private static Region region(String ref) {
    try {
      CellRangeAddress range = CellRangeAddress.valueOf(ref);
      return new Region(
          range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
    } catch (RuntimeException e) {
      throw new FullReadNeeded("range " + ref, e);
    }
  }

  private boolean inArrayFormula(int row, int column) {
    for (Region region : arrayFormulas) {
      if (region.isInRange(row, column)) {
        return true;
      }
    }
    return false;
  }

  /** The style a column's {@code <col>} gives its cells without a style of their own, or -1. */
  private long columnStyle(int column) {
    long oneBased = column + 1L;
    long[] found = null;
    for (long[] col : columns) {
      if (col[0] <= oneBased && oneBased <= col[1]) {
        if (found != null) {
          throw new FullReadNeeded("overlapping columns in " + name);
        }
        found = col;
      }
    }
    return found == null ? -1 : found[2];
  }

  private static final class Row implements GridRow {
    private final TreeMap<Integer, Cell> cells = new TreeMap<>();

    @Override
    public GridCell cell(int column) {
      return cells.get(column);
    }

    @Override
    public Iterable<GridCell> cells() {
      return java.util.Collections.unmodifiableCollection(cells.values());
    }

    @Override
    public int lastCellNum() {
      return cells.isEmpty() ? -1 : cells.lastKey() + 1;
    }
  }

  /** One {@code <c>}, kept as the file has it and interpreted when asked. */
  private final class Cell implements GridCell {
    private final int row;
    private final int column;
    private long style = -1;
    private String type;
    private String value;
    private boolean hasFormula;
    private String formulaType;
    private String formula;
    private boolean hasInline;
    private String inline;

    Cell(int row, int column) {
      this.row = row;
      this.column = column;
    }

    @Override
    public int row() {
      return row;
    }

    @Override
    public int column() {
      return column;
    }

    private boolean isFormula() {
      return hasFormula && !formulaType.equals("dataTable") || inArrayFormula(row, column);
    }

    /** The kind the cell's {@code t} gives; a number without a value is blank for {@code blank}. */
    private Kind base(boolean blank) {
      String t = type == null ? "n" : type;
      return switch (t) {
        case "b" -> Kind.BOOLEAN;
        case "n" -> value == null && blank ? Kind.BLANK : Kind.NUMBER;
        case "e" -> Kind.ERROR;
        case "s", "str", "inlineStr" -> Kind.TEXT;
        default -> throw new FullReadNeeded("cell type " + t);
      };
    }

    @Override
    public Kind kind() {
      return isFormula() ? Kind.FORMULA : base(true);
    }

    @Override
    public Kind resultKind() {
      return isFormula() ? base(false) : kind();
    }

    @Override
    public double number() {
      Kind kind = isFormula() ? base(false) : base(true);
      if (kind == Kind.BLANK) {
        return 0;
      }
      if (kind != Kind.NUMBER) {
        throw new FullReadNeeded("a number asked of a " + kind);
      }
      if (value == null || value.isEmpty()) {
        return 0;
      }
      try {
        return Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new FullReadNeeded("number " + value, e);
      }
    }

    @Override
    public String text() {
      Kind kind = kind();
      if (kind == Kind.BLANK) {
        return "";
      }
      if (kind == Kind.FORMULA ? base(false) != Kind.TEXT : kind != Kind.TEXT) {
        throw new FullReadNeeded("text asked of a " + kind);
      }
      String text;
      if ("inlineStr".equals(type)) {
        text = hasInline ? inline : value != null ? XlsxGrid.decode(value) : "";
      } else if ("str".equals(type)) {
        text = value != null ? XlsxGrid.decode(value) : "";
      } else {
        text = value != null ? grid.sharedString(value) : "";
      }
      if (text == null) {
        throw new FullReadNeeded("a text without <t>");
      }
      return text;
    }

    @Override
    public boolean bool() {
      Kind kind = kind();
      if (kind == Kind.BLANK) {
        return false;
      }
      if (kind != Kind.BOOLEAN && kind != Kind.FORMULA) {
        throw new FullReadNeeded("a boolean asked of a " + kind);
      }
      return "1".equals(value);
    }

    @Override
    public byte error() {
      if (base(true) != Kind.ERROR) {
        throw new FullReadNeeded("an error asked of a " + base(true));
      }
      if (value == null) {
        return 0;
      }
      try {
        return FormulaError.forString(value).getCode();
      } catch (IllegalArgumentException e) {
        throw new FullReadNeeded("error " + value, e);
      }
    }

    /** The formula as the file has it; POI rewrites a shared formula's, so that one is POI's. */
    @Override
    public String formula() {
      if (!isFormula() || !hasFormula) {
        throw new FullReadNeeded("the formula of an array's cell");
      }
      if (inArrayFormula(row, column) && formula.isEmpty()) {
        throw new FullReadNeeded("the formula of an array's cell");
      }
      if (formulaType.equals("shared")) {
        throw new FullReadNeeded("the text of a shared formula");
      }
      return formula;
    }

    @Override
    public boolean resultSaved() {
      return !isFormula() || value != null && !value.isBlank();
    }

    @Override
    public NumberFormat format() {
      if (style > Integer.MAX_VALUE) {
        throw new FullReadNeeded("style " + style);
      }
      NumberFormat own = grid.styleCount() > 0 && style >= 0 ? grid.numberFormat(style) : null;
      if (own != null) {
        return own;
      }
      long fromColumn = columnStyle(column);
      return grid.numberFormat(fromColumn == -1 ? 0 : (int) fromColumn);
    }

    @Override
    public String fallbackText() {
      throw new FullReadNeeded("a cell that cannot be formatted");
    }
  }
}
