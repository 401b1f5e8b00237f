package org.scorebook.read;

import static org.scorebook.read.XlsxGrid.MAIN;
import static org.scorebook.read.XlsxGrid.unsigned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.ooxml.CellRefs;
import org.scorebook.ooxml.ExcelEscapes;
import org.scorebook.ooxml.WorksheetXml;

/**
 * One worksheet of an {@link XlsxGrid}, read from its XML the first time a reader asks for its rows
 * or merged regions, through the one reading of a worksheet ({@link WorksheetXml}), which places
 * rows and cells as POI places them.
 */
final class XlsxSheet implements GridSheet {
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
    WorksheetXml sheet = WorksheetXml.read(part);
    if (!sheet.isWorksheet || !sheet.namespace.equals(MAIN)) {
      throw new FullReadNeeded("root of " + name);
    }
    if (sheet.sheetDataCount != 1) {
      throw new FullReadNeeded(sheet.sheetDataCount + " sheetData in " + name);
    }
    if (sheet.mergeCellsCount > 1) {
      throw new FullReadNeeded("two mergeCells in " + name);
    }
    for (Map<String, String> col : sheet.columns) {
      String style = col.get("style");
      columns.add(
          new long[] {
            unsigned(required(col, "min")),
            unsigned(required(col, "max")),
            style == null ? 0 : unsigned(style)
          });
    }
    TreeMap<Integer, Row> read = new TreeMap<>();
    for (WorksheetXml.Row row : sheet.rows.values()) {
      Row cells = new Row();
      for (WorksheetXml.Cell cell : row.cells().values()) {
        cells.cells.put(cell.column(), cell(cell));
      }
      read.put(row.index(), cells);
    }
    List<Region> regions = new ArrayList<>();
    for (String ref : sheet.merges) {
      if (ref == null) {
        throw new FullReadNeeded("no ref on mergeCell");
      }
      regions.add(region(ref));
    }
    merged = List.copyOf(regions);
    rows = read;
  }

  private static String required(Map<String, String> attributes, String name) {
    String value = attributes.get(name);
    if (value == null) {
      throw new FullReadNeeded("no " + name + " on col");
    }
    return value;
  }

  private Cell cell(WorksheetXml.Cell found) {
    Cell cell = new Cell(found.row(), found.column());
    if (found.style() != null) {
      cell.style = unsigned(found.style());
    }
    cell.type = found.type();
    cell.value = found.value();
    WorksheetXml.Formula formula = found.formula();
    if (formula != null) {
      cell.hasFormula = true;
      cell.formulaType = formula.type() == null ? "normal" : formula.type();
      cell.formula = formula.text();
      if (cell.formulaType.equals("array") && formula.ref() != null) {
        arrayFormulas.add(region(formula.ref()));
      }
    }
    cell.hasInline = found.hasInline();
    cell.inline = ExcelEscapes.decode(found.inline());
    return cell;
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
