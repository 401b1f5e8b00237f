package org.scorebook.ooxml;

import static org.scorebook.ooxml.StaxWalk.attribute;
import static org.scorebook.ooxml.StaxWalk.attributes;
import static org.scorebook.ooxml.StaxWalk.nextChild;
import static org.scorebook.ooxml.StaxWalk.richText;
import static org.scorebook.ooxml.StaxWalk.skip;
import static org.scorebook.ooxml.StaxWalk.toRoot;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A worksheet part, read in one pass: what every reader and writer of a sheet needs from it, as the
 * file has it (attributes as text, interpreted by the user). Rows and cells are placed as POI
 * places them: a row without {@code r} follows the highest row so far (the first is row 1), a cell
 * without {@code r} follows the highest cell of its row so far, and a later row or cell at the same
 * place replaces the earlier one whole. Only the worksheet's own elements count (those in the
 * namespace of its root element); of a cell's {@code <v>}, {@code <f>} and {@code <is>} the first.
 */
public final class WorksheetXml {
  /** Excel's last row, 1-based. */
  public static final long MAX_ROW = 1_048_576;

  /**
   * The last few parts read, up to a workbook's sheets: a sheet is read for scoring and again,
   * unchanged, for writing its results, and the reading is the same for the same bytes. Parts
   * larger than {@link #RECENT_PART_BYTES} are not kept, so the memory held stays small.
   */
  private static final Recent RECENT = new Recent(8);

  private static final int RECENT_PART_BYTES = 1024 * 1024;

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A cell's {@code <f>}: its {@code t} (null when not given), {@code ref} and text. */
  public record Formula(String type, String ref, String text) {}

  /**
   * A {@code <f>} as the file has it, wherever it stands: {@code cellRef} is the {@code r} of the
   * cell it is in or, for one outside the cells (an extension's, such as a list validation's {@code
   * <xm:f>}), of the last cell before it; null when that cell has no {@code r} or there is none.
   * {@code saved} says whether its cell saved a value after it (a {@code <v>} not blank).
   */
  public record FormulaAt(String cellRef, String text, boolean saved) {}

  /**
   * One {@code <sheetView>}: its attributes without a prefix, in order; its {@code <pane>}'s (null
   * without one); each {@code <selection>}'s, in order.
   */
  public record SheetView(
      Map<String, String> attributes,
      Map<String, String> pane,
      List<Map<String, String>> selections) {
    /** Whether its tab is selected: {@code tabSelected} is "1" or "true". */
    public boolean tabSelected() {
      String selected = attributes.get("tabSelected");
      return "1".equals(selected) || "true".equals(selected);
    }
  }

  /** Whether the sheet has a {@code <sheetViews>}, and the views in it, in order. */
  public record SheetViews(boolean present, List<SheetView> views) {}

  /**
   * One {@code <c>}: its place, its {@code t} and {@code s} as given (null when missing), its
   * {@code <v>}, formula and inline string. {@code inline} is the text of {@code <is>} as POI reads
   * it (its runs, or without runs its {@code <t>}; escapes not decoded), null when {@code <is>} has
   * neither; {@code hasInline} says whether there is an {@code <is>} at all.
   */
  public record Cell(
      int row,
      int column,
      String type,
      String style,
      String value,
      Formula formula,
      boolean hasInline,
      String inline) {}

  /**
   * One {@code <row>}: its 0-based place, its {@code ht} as given (or null), its cells by column.
   */
  public record Row(int index, String height, NavigableMap<Integer, Cell> cells) {}

  /** The root element's namespace, or "" for none. */
  public final String namespace;

  /** Whether the root element is {@code <worksheet>}. */
  public final boolean isWorksheet;

  /** Rows by 0-based index. */
  public final NavigableMap<Integer, Row> rows;

  /** Each {@code <col>}'s attributes without a prefix, in order, in the order of the file. */
  public final List<Map<String, String>> columns;

  /** {@code <sheetFormatPr>}'s attributes, empty without one. */
  public final Map<String, String> sheetFormat;

  /** How many {@code <sheetData>} and {@code <mergeCells>} the sheet has (one is right). */
  public final int sheetDataCount;

  public final int mergeCellsCount;

  /** Each {@code <mergeCell>}'s {@code ref} (null when missing). */
  public final List<String> merges;

  public final boolean autoFilter;

  /** Whether the last {@code <sheetView>} has a {@code <pane>}. */
  public final boolean lastViewHasPane;

  /** The sheet's views, as its {@code <sheetViews>} holds them. */
  public final SheetViews sheetViews;

  /** Every {@code <f>} of the part, in the order of the file. */
  public final List<FormulaAt> formulas;

  /** The {@code sqref} of each data validation and conditional format, in order. */
  public final List<String> validationRanges;

  public final List<String> conditionalFormatRanges;

  /** The relationship ids of {@code <drawing>} and {@code <legacyDrawing>}, or null. */
  public final String drawing;

  public final String legacyDrawing;

  private WorksheetXml(Scan scan) {
    namespace = scan.namespace;
    isWorksheet = scan.isWorksheet;
    rows = Collections.unmodifiableNavigableMap(scan.rows);
    columns = List.copyOf(scan.columns);
    sheetFormat = Collections.unmodifiableMap(scan.sheetFormat);
    sheetDataCount = scan.sheetDataCount;
    mergeCellsCount = scan.mergeCellsCount;
    merges = Collections.unmodifiableList(scan.merges);
    autoFilter = scan.autoFilter;
    List<SheetView> views = List.copyOf(scan.views);
    sheetViews = new SheetViews(scan.hasSheetViews, views);
    lastViewHasPane = !views.isEmpty() && views.get(views.size() - 1).pane() != null;
    formulas = List.copyOf(scan.formulas);
    validationRanges = List.copyOf(scan.validationRanges);
    conditionalFormatRanges = List.copyOf(scan.conditionalFormatRanges);
    drawing = scan.drawing;
    legacyDrawing = scan.legacyDrawing;
  }

  /**
   * Reads a worksheet part.
   *
   * @throws XMLStreamException when the part is not well-formed XML or has a DTD
   * @throws IllegalArgumentException when a row's or cell's place cannot be read
   */
  public static WorksheetXml read(byte[] part) throws XMLStreamException {
    WorksheetXml known = RECENT.find(part);
    if (known != null) {
      return known;
    }
    WorksheetXml read = parse(part);
    if (part.length <= RECENT_PART_BYTES) {
      RECENT.keep(part, read);
    }
    return read;
  }

  /**
   * The sheet views of a worksheet part, read only as far as its cells (the schema puts the views
   * before them), unless the whole part was read lately.
   *
   * @throws XMLStreamException when the part is not well-formed XML or has a DTD
   */
  public static SheetViews sheetViews(byte[] part) throws XMLStreamException {
    WorksheetXml known = RECENT.find(part);
    return known != null ? known.sheetViews : parse(part, true).sheetViews;
  }

  /**
   * Whether {@code part} has anything that could be a formula's {@code <f>} element, with or
   * without a prefix: most sheets have none, and a search of the bytes spares them a parse.
   */
  public static boolean mayHoldFormulas(byte[] part) {
    for (int i = 1; i + 1 < part.length; i++) {
      if (part[i] == 'f' && (part[i - 1] == '<' || part[i - 1] == ':')) {
        byte next = part[i + 1];
        if (next == '>'
            || next == '/'
            || next == ' '
            || next == '\t'
            || next == '\n'
            || next == '\r') {
          return true;
        }
      }
    }
    return false;
  }

  private static WorksheetXml parse(byte[] part) throws XMLStreamException {
    return parse(part, false);
  }

  private static WorksheetXml parse(byte[] part, boolean untilCells) throws XMLStreamException {
    XMLStreamReader xml =
        XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(part));
    try {
      Scan scan = new Scan(untilCells);
      scan.read(xml);
      return new WorksheetXml(scan);
    } finally {
      xml.close();
    }
  }

  /** Parts read lately, by their bytes (kept as a copy), the oldest forgotten first. */
  private static final class Recent {
    private final int size;
    private final Deque<Map.Entry<byte[], WorksheetXml>> entries = new ArrayDeque<>();

    Recent(int size) {
      this.size = size;
    }

    synchronized WorksheetXml find(byte[] part) {
      for (Map.Entry<byte[], WorksheetXml> entry : entries) {
        if (Arrays.equals(entry.getKey(), part)) {
          return entry.getValue();
        }
      }
      return null;
    }

    synchronized void keep(byte[] part, WorksheetXml read) {
      if (entries.size() == size) {
        entries.removeLast();
      }
      entries.addFirst(Map.entry(part.clone(), read));
    }
  }

  /** The cell at a 0-based place, or null. */
  public Cell cell(int row, int column) {
    Row found = rows.get(row);
    return found == null ? null : found.cells().get(column);
  }

  /** The reading itself: one pass, element by element, with the depth of each. */
  private static final class Scan {
    final boolean untilCells;
    String namespace = "";
    boolean isWorksheet;
    final TreeMap<Integer, Row> rows = new TreeMap<>();
    final List<Map<String, String>> columns = new ArrayList<>();
    final Map<String, String> sheetFormat = new LinkedHashMap<>();
    int sheetDataCount;
    int mergeCellsCount;
    final List<String> merges = new ArrayList<>();
    boolean autoFilter;
    boolean hasSheetViews;
    final List<SheetView> views = new ArrayList<>();
    final List<FormulaAt> formulas = new ArrayList<>();
    String lastCellRef;
    final List<String> validationRanges = new ArrayList<>();
    final List<String> conditionalFormatRanges = new ArrayList<>();
    String drawing;
    String legacyDrawing;

    Scan(boolean untilCells) {
      this.untilCells = untilCells;
    }

    void read(XMLStreamReader xml) throws XMLStreamException {
      if (!toRoot(xml)) {
        throw new XMLStreamException("no root element");
      }
      namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
      isWorksheet = xml.getLocalName().equals("worksheet");
      while (nextChild(xml)) {
        if (untilCells && own(xml) && xml.getLocalName().equals("sheetData")) {
          return;
        }
        if (own(xml)) {
          topLevel(xml);
        } else {
          skipNotingFormulas(xml);
        }
      }
    }

    private void topLevel(XMLStreamReader xml) throws XMLStreamException {
      switch (xml.getLocalName()) {
        case "sheetViews" -> sheetViews(xml);
        case "sheetFormatPr" -> {
          sheetFormat.putAll(attributes(xml));
          skip(xml);
        }
        case "cols" -> children(xml, "col", () -> columns.add(attributes(xml)));
        case "sheetData" -> sheetData(xml);
        case "autoFilter" -> {
          autoFilter = true;
          skip(xml);
        }
        case "mergeCells" -> {
          mergeCellsCount++;
          children(xml, "mergeCell", () -> merges.add(attribute(xml, "ref")));
        }
        case "conditionalFormatting" -> {
          conditionalFormatRanges.add(attribute(xml, "sqref"));
          skip(xml);
        }
        case "dataValidations" ->
            children(xml, "dataValidation", () -> validationRanges.add(attribute(xml, "sqref")));
        case "drawing" -> {
          drawing = xml.getAttributeValue(RELATIONSHIPS, "id");
          skip(xml);
        }
        case "legacyDrawing" -> {
          legacyDrawing = xml.getAttributeValue(RELATIONSHIPS, "id");
          skip(xml);
        }
        default -> skipNotingFormulas(xml);
      }
    }

    private void sheetViews(XMLStreamReader xml) throws XMLStreamException {
      hasSheetViews = true;
      while (nextChild(xml)) {
        if (own(xml) && xml.getLocalName().equals("sheetView")) {
          views.add(sheetView(xml));
        } else {
          skip(xml);
        }
      }
    }

    /** One {@code <sheetView>}, read to its end tag; of several panes the last, as POI reads it. */
    private SheetView sheetView(XMLStreamReader xml) throws XMLStreamException {
      Map<String, String> attributes = attributes(xml);
      List<Map<String, String>> selections = new ArrayList<>();
      List<Map<String, String>> panes = new ArrayList<>();
      while (nextChild(xml)) {
        String name = own(xml) ? xml.getLocalName() : "";
        if (name.equals("pane")) {
          panes.add(attributes(xml));
        } else if (name.equals("selection")) {
          selections.add(attributes(xml));
        }
        skip(xml);
      }
      Map<String, String> pane = panes.isEmpty() ? null : panes.get(panes.size() - 1);
      return new SheetView(attributes, pane, List.copyOf(selections));
    }

    /**
     * Skips an element the scan does not read, noting the formulas in it (an extension's {@code
     * <xm:f>}), each at the last cell before it.
     */
    private void skipNotingFormulas(XMLStreamReader xml) throws XMLStreamException {
      int open = 1;
      while (open > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("f")) {
          formulas.add(new FormulaAt(lastCellRef, xml.getElementText(), false));
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          open++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open--;
        }
      }
    }

    private void sheetData(XMLStreamReader xml) throws XMLStreamException {
      sheetDataCount++;
      while (nextChild(xml)) {
        if (own(xml) && xml.getLocalName().equals("row")) {
          row(xml);
        } else {
          skip(xml);
        }
      }
    }

    private void row(XMLStreamReader xml) throws XMLStreamException {
      String r = attribute(xml, "r");
      int index = r == null ? (rows.isEmpty() ? 0 : rows.lastKey() + 1) : rowIndex(r);
      TreeMap<Integer, Cell> cells = new TreeMap<>();
      Row row = new Row(index, attribute(xml, "ht"), Collections.unmodifiableNavigableMap(cells));
      while (nextChild(xml)) {
        if (own(xml) && xml.getLocalName().equals("c")) {
          Cell cell = cell(xml, index, cells);
          cells.put(cell.column(), cell);
        } else {
          skip(xml);
        }
      }
      rows.put(index, row);
    }

    private static int rowIndex(String r) {
      long number;
      try {
        number = Long.parseLong(r.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("row " + r, e);
      }
      if (number < 1 || number > MAX_ROW) {
        throw new IllegalArgumentException("row " + r);
      }
      return (int) number - 1;
    }

    /** One {@code <c>}, read to its end tag. */
    private Cell cell(XMLStreamReader xml, int row, TreeMap<Integer, Cell> cells)
        throws XMLStreamException {
      String ref = attribute(xml, "r");
      lastCellRef = ref;
      int column = ref != null ? CellRefs.columnOf(ref) : cells.isEmpty() ? 0 : cells.lastKey() + 1;
      String type = attribute(xml, "t");
      String style = attribute(xml, "s");
      String value = null;
      Formula formula = null;
      boolean hasInline = false;
      String inline = null;
      int formulaAt = -1;
      while (nextChild(xml)) {
        String name = own(xml) ? xml.getLocalName() : "";
        if (name.equals("v")) {
          String text = xml.getElementText();
          value = value == null ? text : value;
          saved(formulaAt, text);
        } else if (name.equals("f")) {
          String t = attribute(xml, "t");
          String range = attribute(xml, "ref");
          String text = xml.getElementText();
          formula = formula == null ? new Formula(t, range, text) : formula;
          formulaAt = formulas.size();
          formulas.add(new FormulaAt(ref, text, false));
        } else if (name.equals("is") && !hasInline) {
          hasInline = true;
          inline = richText(xml, namespace);
        } else {
          skip(xml);
        }
      }
      return new Cell(row, column, type, style, value, formula, hasInline, inline);
    }

    /**
     * Marks the cell's formula at {@code index} in {@link #formulas} saved, if {@code v} says so.
     */
    private void saved(int index, String v) {
      if (index >= 0 && !v.isBlank()) {
        FormulaAt formula = formulas.get(index);
        formulas.set(index, new FormulaAt(formula.cellRef(), formula.text(), true));
      }
    }

    /** Calls {@code each} on every own child named {@code name}, then skips it. */
    private void children(XMLStreamReader xml, String name, Step each) throws XMLStreamException {
      while (nextChild(xml)) {
        if (own(xml) && xml.getLocalName().equals(name)) {
          each.run();
        }
        skip(xml);
      }
    }

    private boolean own(XMLStreamReader xml) {
      return StaxWalk.in(xml, namespace);
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws XMLStreamException;
  }
}
