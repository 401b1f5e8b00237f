package org.scorebook.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFAnchor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBookView;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBooleanProperty;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellAlignment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageMargins;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageSetup;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPane;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPrintOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSelection;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * Everything a user or another program sees in an .xlsx file, as plain strings that compare with
 * {@code equals} and differ line by line: a view to check that two ways of saving one workbook give
 * the same file to its readers.
 *
 * <p>The view is a set of <em>entities</em>, each a sorted map of attribute to value:
 *
 * <ul>
 *   <li>{@code workbook}: sheet order, active, selected and first visible sheet, calculation
 *       settings ({@code forceFormulaRecalculation}), 1904 dates, protection, the default style and
 *       the document properties;
 *   <li>{@code sheet 名称}: state, view (gridlines, zoom, selection, frozen panes), default and set
 *       column widths, rows with a height, style or hidden flag, merged ranges, print area and
 *       titles, page setup, autofilter, protection, drawings, charts, tables and extensions;
 *   <li>{@code 名称!F7}: a cell that holds something, has a style other than the default, a hyperlink
 *       or a comment: type, value, formula, cached value, the resolved style ({@code
 *       style.font.bold}, {@code style.fill.fg}, …, never a style index), link and comment;
 *   <li>{@code 名称 validation D5:D20}, {@code 名称 conditional format F5:F20 rule 1}: data validations
 *       and conditional-format rules by the ranges they cover;
 *   <li>{@code name 打印标题 scope 评分汇总}: defined names, scoped by sheet name;
 *   <li>{@code reader mismatches}: where fastexcel-reader (values, formulas and cached values, read
 *       from the XML as written) and POI (everything else) disagree about the same file.
 * </ul>
 *
 * <p>Cell contents come from fastexcel-reader, which has no POI inside; styles, comments,
 * validations, conditional formats, names and sheet setup from POI's {@link XSSFWorkbook}, opened
 * from a stream and never saved. Values are kept as stored: a number as its text in the file, a
 * colour as its ARGB, theme, indexed or auto reference with its tint.
 *
 * <p>{@link #differencesFrom} and {@link #diff} name the first differences as lines such as {@code
 * 指标评分!F7 style.fill.fg: FFFF0000 ≠ none} (expected first); {@link #assertSameView} fails with
 * them.
 */
public final class WorkbookView {
  /** How many lines {@link #diff} reports at most. */
  public static final int MAX_DIFFERENCES = 50;

  /** The entity that holds the readers' disagreements. */
  public static final String READER_MISMATCHES = "reader mismatches";

  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
  private static final int VALUE_WIDTH = 90;

  private final String source;
  private final List<String> sheetNames;
  private final Map<String, Entity> entities;
  private final SortedMap<String, String> defaultStyle;

  /** Where an entity sorts: workbook facts, then each sheet in order, then the names. */
  private record Key(int group, String sheet, int kind, int row, int column, String name) {
    static final int WORKBOOK = 0;
    static final int SHEETS = 1;
    static final int NAMES = 2;

    static final int SHEET = 0;
    static final int CELL = 1;
    static final int VALIDATION = 2;
    static final int CONDITIONAL = 3;

    static Key workbook(String name) {
      return new Key(WORKBOOK, "", 0, 0, 0, name);
    }

    static Key sheet(String sheet) {
      return new Key(SHEETS, sheet, SHEET, 0, 0, "sheet " + sheet);
    }

    static Key cell(String sheet, int row, int column) {
      return new Key(
          SHEETS,
          sheet,
          CELL,
          row,
          column,
          sheet + "!" + new CellReference(row, column).formatAsString(false));
    }

    /** A validation or conditional-format rule, placed by the first cell of its ranges. */
    static Key of(String sheet, int kind, String ranges, String name) {
      int row = 0;
      int column = 0;
      try {
        CellRangeAddress first = CellRangeAddress.valueOf(ranges.split(" ")[0]);
        row = first.getFirstRow();
        column = first.getFirstColumn();
      } catch (RuntimeException e) {
        // an unreadable range sorts first
      }
      return new Key(SHEETS, sheet, kind, row, column, name);
    }

    static Key name(String name) {
      return new Key(NAMES, "", 0, 0, 0, name);
    }
  }

  private record Entity(Key key, SortedMap<String, String> attributes) {}

  private WorkbookView(
      String source,
      List<String> sheetNames,
      Map<String, Entity> entities,
      SortedMap<String, String> defaultStyle) {
    this.source = source;
    this.sheetNames = List.copyOf(sheetNames);
    this.entities = Collections.unmodifiableMap(entities);
    this.defaultStyle = Collections.unmodifiableSortedMap(defaultStyle);
  }

  /** Reads {@code xlsx} with both readers; the file is only read. */
  public static WorkbookView of(Path xlsx) {
    try {
      return new Builder(xlsx).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + xlsx, e);
    }
  }

  /**
   * Fails, listing the first {@value #MAX_DIFFERENCES} differences, unless both files give the same
   * view.
   */
  public static void assertSameView(Path expected, Path actual) {
    assertSameView(expected, actual, UnaryOperator.identity());
  }

  /**
   * Like {@link #assertSameView(Path, Path)}, after {@code adjust} (for instance {@code v ->
   * v.ignoring("评分汇总!A30", "value")}) is applied to both views.
   */
  public static void assertSameView(
      Path expected, Path actual, UnaryOperator<WorkbookView> adjust) {
    List<String> differences = adjust.apply(of(actual)).differencesFrom(adjust.apply(of(expected)));
    if (!differences.isEmpty()) {
      throw new AssertionError(
          "The workbooks differ (expected ≠ actual)\n  expected: "
              + expected
              + "\n  actual:   "
              + actual
              + "\n"
              + String.join("\n", differences));
    }
  }

  /**
   * How this view differs from {@code expected}: one line per differing attribute ({@code entity
   * attribute: expected ≠ actual}) or entity present on one side only ({@code entity: missing (…)}
   * or {@code entity: unexpected (…)}), in workbook order, at most {@value #MAX_DIFFERENCES} lines.
   */
  public List<String> differencesFrom(WorkbookView expected) {
    return diff(expected, this);
  }

  /** The differences of {@code actual} from {@code expected}, as {@link #differencesFrom}. */
  public static List<String> diff(WorkbookView expected, WorkbookView actual) {
    LinkedHashSet<String> order = new LinkedHashSet<>(expected.sheetNames);
    order.addAll(actual.sheetNames);
    TreeSet<Key> keys = new TreeSet<>(byPlace(List.copyOf(order)));
    expected.entities.values().forEach(e -> keys.add(e.key()));
    actual.entities.values().forEach(e -> keys.add(e.key()));

    List<String> lines = new ArrayList<>();
    for (Key key : keys) {
      Entity was = expected.entities.get(key.name());
      Entity is = actual.entities.get(key.name());
      if (is == null) {
        lines.add(key.name() + ": missing (" + expected.summary(was) + ")");
      } else if (was == null) {
        lines.add(key.name() + ": unexpected (" + actual.summary(is) + ")");
      } else if (!was.attributes().equals(is.attributes())) {
        TreeSet<String> attributes = new TreeSet<>(NATURAL);
        attributes.addAll(was.attributes().keySet());
        attributes.addAll(is.attributes().keySet());
        for (String attribute : attributes) {
          String a = was.attributes().get(attribute);
          String b = is.attributes().get(attribute);
          if (!Objects.equals(a, b)) {
            lines.add(key.name() + " " + attribute + ": " + pair(a, b));
          }
        }
      }
    }
    if (lines.size() > MAX_DIFFERENCES) {
      int more = lines.size() - (MAX_DIFFERENCES - 1);
      lines = new ArrayList<>(lines.subList(0, MAX_DIFFERENCES - 1));
      lines.add("… and " + more + " more differences");
    }
    return List.copyOf(lines);
  }

  /**
   * Workbook facts first, then each sheet in {@code sheets} order, cells row by row, then names.
   */
  private static Comparator<Key> byPlace(List<String> sheets) {
    return Comparator.comparingInt(Key::group)
        .thenComparingInt(k -> sheets.indexOf(k.sheet()))
        .thenComparingInt(Key::kind)
        .thenComparingInt(Key::row)
        .thenComparingInt(Key::column)
        .thenComparing(Key::name, NATURAL);
  }

  /**
   * A copy without {@code entity} (a cell such as {@code 评分汇总!A30}, {@code sheet 评分汇总}, {@code
   * workbook}, …), for a test that knows one thing legitimately differs.
   */
  public WorkbookView ignoring(String entity) {
    Map<String, Entity> copy = new LinkedHashMap<>(entities);
    copy.remove(entity);
    return new WorkbookView(source, sheetNames, copy, new TreeMap<>(defaultStyle));
  }

  /** A copy without one attribute of {@code entity}, for instance {@code ("评分汇总!A30", "value")}. */
  public WorkbookView ignoring(String entity, String attribute) {
    Map<String, Entity> copy = new LinkedHashMap<>(entities);
    Entity found = copy.get(entity);
    if (found != null) {
      Map<String, String> attributes = new TreeMap<>(found.attributes());
      attributes.remove(attribute);
      copy.put(entity, new Entity(found.key(), sorted(attributes)));
    }
    return new WorkbookView(source, sheetNames, copy, new TreeMap<>(defaultStyle));
  }

  /** Every entity by name, in workbook order, each a sorted map of attribute to value. */
  public Map<String, SortedMap<String, String>> entities() {
    Map<String, SortedMap<String, String>> all = new LinkedHashMap<>();
    entities.forEach((name, entity) -> all.put(name, entity.attributes()));
    return Collections.unmodifiableMap(all);
  }

  /** One entity's attributes, empty when there is no such entity. */
  public SortedMap<String, String> entity(String name) {
    Entity found = entities.get(name);
    return found == null ? Collections.emptySortedMap() : found.attributes();
  }

  /** One attribute, or null. */
  public String get(String entity, String attribute) {
    return entity(entity).get(attribute);
  }

  /** The sheet names in workbook order. */
  public List<String> sheetNames() {
    return sheetNames;
  }

  /** Where the two readers disagree about this file, as {@code place: fastexcel … ; POI …}. */
  public List<String> problems() {
    return entity(READER_MISMATCHES).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .toList();
  }

  /** Every attribute as a line {@code entity attribute: value}, in workbook order. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    entities.forEach(
        (name, entity) ->
            entity.attributes().forEach((k, v) -> lines.add(name + " " + k + ": " + escape(v))));
    return lines;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkbookView view
        && sheetNames.equals(view.sheetNames)
        && entities().equals(view.entities());
  }

  @Override
  public int hashCode() {
    return entities().hashCode();
  }

  @Override
  public String toString() {
    return "WorkbookView of " + source + " (" + entities.size() + " entities)";
  }

  private String summary(Entity entity) {
    String text =
        entity.attributes().entrySet().stream()
            .filter(
                e ->
                    !e.getKey().startsWith("style.")
                        || !e.getValue().equals(defaultStyle.get(e.getKey().substring(6))))
            .map(e -> e.getKey() + "=" + escape(e.getValue()))
            .collect(Collectors.joining(", "));
    return text.length() <= 2 * VALUE_WIDTH ? text : text.substring(0, 2 * VALUE_WIDTH) + "…";
  }

  /** {@code a ≠ b}, long values cut around their first difference. */
  private static String pair(String a, String b) {
    if (a == null || b == null) {
      return (a == null ? "absent" : clip(escape(a), 0))
          + " ≠ "
          + (b == null ? "absent" : clip(escape(b), 0));
    }
    String x = escape(a);
    String y = escape(b);
    int first = 0;
    while (first < x.length() && first < y.length() && x.charAt(first) == y.charAt(first)) {
      first++;
    }
    int from = Math.max(0, first - VALUE_WIDTH / 3);
    return clip(x, from) + " ≠ " + clip(y, from);
  }

  private static String clip(String text, int from) {
    int to = Math.min(text.length(), from + VALUE_WIDTH);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /** Attribute names in natural order: {@code row 9} before {@code row 10}. */
  private static final Comparator<String> NATURAL = WorkbookView::compareNaturally;

  private static int compareNaturally(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && isDigit(b.charAt(j))) {
          j++;
        }
        String m = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String n = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = m.length() != n.length() ? Integer.compare(m.length(), n.length()) : m.compareTo(n);
        if (c != 0) {
          return c;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static SortedMap<String, String> sorted(Map<String, String> attributes) {
    SortedMap<String, String> sorted = new TreeMap<>(NATURAL);
    sorted.putAll(attributes);
    return Collections.unmodifiableSortedMap(sorted);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t");
  }

  /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold. */
  private static String unescapeOoxml(String text) {
    if (text == null || text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------

  /** A cell's content as one reader sees it. */
  /**
   * A number as the value it stands for: {@code 100} and {@code 100.0} in a file are one double,
   * and every reader shows them alike.
   */
  private static String number(String type, String stored) {
    if (!"number".equals(type) || stored == null) {
      return stored;
    }
    try {
      return String.valueOf(Double.parseDouble(stored));
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  private record Content(
      String type, String value, String formula, String cachedType, String cachedValue) {}

  /** What fastexcel-reader makes of a file: sheets, and each sheet's cells or why it failed. */
  private static final class FastRead {
    final List<String> names = new ArrayList<>();
    final Map<String, String> visibility = new LinkedHashMap<>();
    String active = "";
    boolean date1904;
    final Map<String, Map<Long, Cell>> cells = new LinkedHashMap<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    String failure;
  }

  private static final class Builder {
    private final Path file;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final SortedMap<String, String> mismatches = new TreeMap<>();
    private final Map<Long, SortedMap<String, String>> styles = new LinkedHashMap<>();
    private XSSFWorkbook workbook;
    private StylesTable stylesTable;
    private SortedMap<String, String> defaultStyle;

    Builder(Path file) {
      this.file = file;
    }

    WorkbookView build() throws IOException {
      FastRead fast = readFast();
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook opened = new XSSFWorkbook(in)) {
        workbook = opened;
        stylesTable = workbook.getStylesSource();
        defaultStyle = style(0);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          names.add(workbook.getSheetName(i));
        }
        workbook(names, fast);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          sheet(i, workbook.getSheetAt(i), fast);
        }
        names();
        if (!mismatches.isEmpty()) {
          put(Key.workbook(READER_MISMATCHES), mismatches);
        }
        Map<String, Entity> ordered = new LinkedHashMap<>();
        entities.values().stream()
            .sorted(Comparator.comparing(Entity::key, byPlace(names)))
            .forEach(e -> ordered.put(e.key().name(), e));
        return new WorkbookView(file.getFileName().toString(), names, ordered, defaultStyle);
      }
    }

    private FastRead readFast() {
      FastRead read = new FastRead();
      try (ReadableWorkbook book =
          new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true))) {
        read.date1904 = book.isDate1904();
        read.active = book.getActiveSheet().map(Sheet::getName).orElse("");
        for (Sheet sheet : book.getSheets().toList()) {
          read.names.add(sheet.getName());
          read.visibility.put(sheet.getName(), sheet.getVisibility().name());
          try {
            Map<Long, Cell> cells = new TreeMap<>();
            for (Row row : sheet.read()) {
              for (Cell cell : row) {
                if (cell != null) {
                  cells.put(place(cell.getAddress().getRow(), cell.getAddress().getColumn()), cell);
                }
              }
            }
            read.cells.put(sheet.getName(), cells);
          } catch (RuntimeException | IOException e) {
            read.failures.put(sheet.getName(), String.valueOf(e));
          }
        }
      } catch (RuntimeException | IOException e) {
        read.failure = String.valueOf(e);
      }
      return read;
    }

    private void put(Key key, Map<String, String> attributes) {
      entities.put(key.name(), new Entity(key, sorted(attributes)));
    }

    private void mismatch(String place, String fastexcel, String poi) {
      mismatches.put(place, "fastexcel " + fastexcel + " ; POI " + poi);
    }

    // --- workbook -------------------------------------------------------------------------------

    private void workbook(List<String> names, FastRead fast) {
      SortedMap<String, String> a = new TreeMap<>();
      a.put("sheets", names.toString());
      a.put("active", sheetName(workbook.getActiveSheetIndex()));
      a.put("firstVisibleTab", sheetName(workbook.getFirstVisibleTab()));
      List<String> selected = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        CTWorksheet ws = workbook.getSheetAt(i).getCTWorksheet();
        if (ws.isSetSheetViews()
            && ws.getSheetViews().sizeOfSheetViewArray() > 0
            && ws.getSheetViews().getSheetViewArray(0).getTabSelected()) {
          selected.add(names.get(i));
        }
      }
      a.put("selected", selected.toString());
      a.put("forceFormulaRecalculation", String.valueOf(workbook.getForceFormulaRecalculation()));
      var ct = workbook.getCTWorkbook();
      a.put("calcPr", ct.isSetCalcPr() ? attributes(ct.getCalcPr()) : "absent");
      a.put("date1904", String.valueOf(workbook.isDate1904()));
      a.put(
          "protection",
          ct.isSetWorkbookProtection() ? attributes(ct.getWorkbookProtection()) : "none");
      if (ct.isSetBookViews() && ct.getBookViews().sizeOfWorkbookViewArray() > 0) {
        CTBookView view = ct.getBookViews().getWorkbookViewArray(0);
        a.put(
            "window",
            "visibility="
                + view.getVisibility()
                + " tabs="
                + view.getShowSheetTabs()
                + " hscroll="
                + view.getShowHorizontalScroll()
                + " vscroll="
                + view.getShowVerticalScroll());
      }
      a.put("defaultStyle", compact(defaultStyle, Map.of()));
      properties(a);

      put(Key.workbook("workbook"), a);
      if (fast.failure != null) {
        mismatch("workbook", "cannot read the file: " + fast.failure, "reads it");
        return;
      }
      if (!fast.names.equals(names)) {
        mismatch("workbook sheets", fast.names.toString(), names.toString());
      }
      if (!fast.active.equals(a.get("active"))) {
        mismatch("workbook active", fast.active, a.get("active"));
      }
      if (fast.date1904 != workbook.isDate1904()) {
        mismatch("workbook date1904", "" + fast.date1904, "" + workbook.isDate1904());
      }
    }

    private void properties(SortedMap<String, String> a) {
      POIXMLProperties properties = workbook.getProperties();
      POIXMLProperties.CoreProperties core = properties.getCoreProperties();
      a.put("core.title", text(core.getTitle()));
      a.put("core.subject", text(core.getSubject()));
      a.put("core.creator", text(core.getCreator()));
      a.put("core.keywords", text(core.getKeywords()));
      a.put("core.description", text(core.getDescription()));
      a.put("core.category", text(core.getCategory()));
      a.put("core.lastModifiedBy", text(core.getLastModifiedByUser()));
      a.put("core.created", date(core.getCreated()));
      a.put("core.modified", date(core.getModified()));
      a.put("core.lastPrinted", date(core.getLastPrinted()));
      a.put("core.revision", text(core.getRevision()));
      a.put("core.contentStatus", text(core.getContentStatus()));
      var app = properties.getExtendedProperties().getUnderlyingProperties();
      a.put("app.application", app.isSetApplication() ? app.getApplication() : "absent");
      a.put("app.company", app.isSetCompany() ? app.getCompany() : "absent");
      a.put("app.manager", app.isSetManager() ? app.getManager() : "absent");
      a.put(
          "app.titlesOfParts",
          app.isSetTitlesOfParts() ? describe(app.getTitlesOfParts()) : "absent");
      for (var property :
          properties.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
        StringBuilder value = new StringBuilder();
        try (XmlCursor c = property.newCursor()) {
          if (c.toFirstChild()) {
            value.append(c.getName().getLocalPart()).append(' ').append(c.getTextValue());
          }
        }
        a.put("custom." + property.getName(), value.toString());
      }
    }

    private String sheetName(int index) {
      return index >= 0 && index < workbook.getNumberOfSheets()
          ? workbook.getSheetName(index)
          : "#" + index;
    }

    // --- names ----------------------------------------------------------------------------------

    private void names() {
      var ct = workbook.getCTWorkbook();
      if (!ct.isSetDefinedNames()) {
        return;
      }
      for (CTDefinedName name : ct.getDefinedNames().getDefinedNameList()) {
        String scope =
            name.isSetLocalSheetId() ? sheetName((int) name.getLocalSheetId()) : "workbook";
        String entity = "name " + name.getName() + " scope " + scope;
        String unique = entity;
        for (int n = 2; entities.containsKey(unique); n++) {
          unique = entity + " #" + n;
        }
        SortedMap<String, String> a = new TreeMap<>();
        a.put("refersTo", name.getStringValue());
        a.put("hidden", String.valueOf(name.getHidden()));
        if (name.isSetComment()) {
          a.put("comment", name.getComment());
        }
        String rest = attributes(name, "name", "localSheetId", "hidden", "comment");
        if (!rest.isEmpty()) {
          a.put("options", rest);
        }
        put(Key.name(unique), a);
      }
    }

    // --- sheets ---------------------------------------------------------------------------------

    private void sheet(int index, XSSFSheet sheet, FastRead fast) {
      String name = sheet.getSheetName();
      CTWorksheet ws = sheet.getCTWorksheet();
      SortedMap<String, String> a = new TreeMap<>();
      CTSheet entry = workbook.getCTWorkbook().getSheets().getSheetArray(index);
      String state = entry.isSetState() ? entry.getState().toString() : "visible";
      a.put("state", state);
      String fastState = fast.visibility.get(name);
      if (fastState != null
          && !fastState.replace("_", "").equalsIgnoreCase(state.replace("_", ""))) {
        mismatch("sheet " + name + " state", fastState, state);
      }
      view(ws, a);
      format(ws, a);
      columns(ws, a);
      rows(sheet, a);
      for (CellRangeAddress merged : sheet.getMergedRegions()) {
        a.put("merged " + merged.formatAsString(), "present");
      }
      page(index, sheet, ws, a);
      a.put(
          "autoFilter",
          ws.isSetAutoFilter()
              ? (ws.getAutoFilter().getRef() + " " + describeChildren(ws.getAutoFilter())).trim()
              : "none");
      if (ws.isSetSortState()) {
        a.put("sortState", describe(ws.getSortState()));
      }
      a.put("protection", ws.isSetSheetProtection() ? attributes(ws.getSheetProtection()) : "none");
      if (ws.isSetSheetPr() && ws.getSheetPr().isSetTabColor()) {
        a.put("tabColor", color(ws.getSheetPr().getTabColor()));
      }
      drawings(sheet, a);
      for (XSSFTable table : sheet.getTables()) {
        a.put("table " + table.getName(), describe(table.getCTTable()));
      }
      if (ws.isSetExtLst()) {
        for (CTExtension ext : ws.getExtLst().getExtList()) {
          a.put("ext " + ext.getUri(), describeChildren(ext));
        }
      }
      put(Key.sheet(name), a);

      cells(sheet, fast);
      validations(name, ws);
      conditionalFormats(name, ws);
    }

    private void view(CTWorksheet ws, SortedMap<String, String> a) {
      CTSheetView view =
          ws.isSetSheetViews() && ws.getSheetViews().sizeOfSheetViewArray() > 0
              ? ws.getSheetViews().getSheetViewArray(0)
              : CTSheetView.Factory.newInstance();
      a.put("view.selected", String.valueOf(view.getTabSelected()));
      a.put("view.gridlines", String.valueOf(view.getShowGridLines()));
      a.put("view.headings", String.valueOf(view.getShowRowColHeaders()));
      a.put("view.zeros", String.valueOf(view.getShowZeros()));
      a.put("view.formulas", String.valueOf(view.getShowFormulas()));
      a.put("view.rightToLeft", String.valueOf(view.getRightToLeft()));
      a.put("view.zoom", String.valueOf(view.getZoomScale()));
      a.put("view.type", String.valueOf(view.getView()));
      a.put("view.topLeftCell", view.isSetTopLeftCell() ? view.getTopLeftCell() : "A1");
      if (view.isSetPane()) {
        CTPane pane = view.getPane();
        a.put(
            "freeze",
            "state="
                + pane.getState()
                + " x="
                + number(pane.getXSplit())
                + " y="
                + number(pane.getYSplit())
                + " topLeftCell="
                + (pane.isSetTopLeftCell() ? pane.getTopLeftCell() : "")
                + " activePane="
                + pane.getActivePane());
      } else {
        a.put("freeze", "none");
      }
      List<String> selections = new ArrayList<>();
      for (CTSelection selection : view.getSelectionList()) {
        selections.add(
            selection.getPane()
                + " "
                + (selection.isSetActiveCell() ? selection.getActiveCell() : "")
                + " "
                + (selection.isSetSqref() ? selection.getSqref() : ""));
      }
      a.put("view.selection", selections.toString());
      int views = ws.isSetSheetViews() ? ws.getSheetViews().sizeOfSheetViewArray() : 0;
      for (int i = 1; i < views; i++) {
        a.put("view #" + (i + 1), describe(ws.getSheetViews().getSheetViewArray(i)));
      }
    }

    private void format(CTWorksheet ws, SortedMap<String, String> a) {
      CTSheetFormatPr format =
          ws.isSetSheetFormatPr() ? ws.getSheetFormatPr() : CTSheetFormatPr.Factory.newInstance();
      a.put(
          "defaultColumnWidth",
          format.isSetDefaultColWidth() ? number(format.getDefaultColWidth()) : "absent");
      a.put("baseColumnWidth", String.valueOf(format.getBaseColWidth()));
      a.put(
          "defaultRowHeight",
          number(format.getDefaultRowHeight())
              + (format.getCustomHeight() ? " custom" : "")
              + (format.getZeroHeight() ? " zeroHeight" : ""));
    }

    /**
     * Column settings one column at a time, then grouped again, so that two files that split the
     * same columns into different {@code <col>} ranges read the same.
     */
    private void columns(CTWorksheet ws, SortedMap<String, String> a) {
      TreeMap<Long, String> byColumn = new TreeMap<>();
      for (CTCols cols : ws.getColsList()) {
        for (CTCol col : cols.getColList()) {
          List<String> parts = new ArrayList<>();
          parts.add("width=" + (col.isSetWidth() ? number(col.getWidth()) : "default"));
          if (col.getCustomWidth()) {
            parts.add("custom");
          }
          if (col.getHidden()) {
            parts.add("hidden");
          }
          if (col.getBestFit()) {
            parts.add("bestFit");
          }
          if (col.getOutlineLevel() != 0) {
            parts.add("outline=" + col.getOutlineLevel());
          }
          if (col.getCollapsed()) {
            parts.add("collapsed");
          }
          if (col.isSetStyle()) {
            String style = compact(style(col.getStyle()), defaultStyle);
            if (!style.isEmpty()) {
              parts.add("style{" + style + "}");
            }
          }
          String description = String.join(" ", parts);
          for (long c = col.getMin(); c <= col.getMax(); c++) {
            byColumn.put(c, description);
          }
        }
      }
      long first = -1;
      long last = -1;
      String current = null;
      for (Map.Entry<Long, String> e : byColumn.entrySet()) {
        if (current != null && e.getKey() == last + 1 && e.getValue().equals(current)) {
          last = e.getKey();
          continue;
        }
        if (current != null) {
          a.put(columnKey(first, last), current);
        }
        first = e.getKey();
        last = e.getKey();
        current = e.getValue();
      }
      if (current != null) {
        a.put(columnKey(first, last), current);
      }
    }

    private static String columnKey(long first, long last) {
      String from = CellReference.convertNumToColString((int) first - 1);
      return first == last
          ? "column " + from
          : "columns " + from + ":" + CellReference.convertNumToColString((int) last - 1);
    }

    private void rows(XSSFSheet sheet, SortedMap<String, String> a) {
      for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
        XSSFRow row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        CTRow ct = row.getCTRow();
        List<String> parts = new ArrayList<>();
        if (ct.isSetHt()) {
          parts.add("height=" + number(ct.getHt()) + (ct.getCustomHeight() ? " custom" : ""));
        }
        if (ct.getHidden()) {
          parts.add("hidden");
        }
        if (ct.getOutlineLevel() != 0) {
          parts.add("outline=" + ct.getOutlineLevel());
        }
        if (ct.getCollapsed()) {
          parts.add("collapsed");
        }
        if (ct.getCustomFormat()) {
          parts.add("style{" + compact(style(ct.getS()), defaultStyle) + "}");
        }
        if (!parts.isEmpty()) {
          a.put("row " + (r + 1), String.join(" ", parts));
        }
      }
    }

    private void page(int index, XSSFSheet sheet, CTWorksheet ws, SortedMap<String, String> a) {
      String area = workbook.getPrintArea(index);
      a.put("printArea", area == null ? "none" : area);
      CellRangeAddress rows = sheet.getRepeatingRows();
      CellRangeAddress cols = sheet.getRepeatingColumns();
      a.put("printTitles.rows", rows == null ? "none" : rows.formatAsString());
      a.put("printTitles.columns", cols == null ? "none" : cols.formatAsString());
      CTPageSetup setup =
          ws.isSetPageSetup() ? ws.getPageSetup() : CTPageSetup.Factory.newInstance();
      a.put("page.orientation", String.valueOf(setup.getOrientation()));
      a.put("page.paperSize", String.valueOf(setup.getPaperSize()));
      a.put("page.scale", String.valueOf(setup.getScale()));
      a.put("page.fitToWidth", String.valueOf(setup.getFitToWidth()));
      a.put("page.fitToHeight", String.valueOf(setup.getFitToHeight()));
      a.put("page.order", String.valueOf(setup.getPageOrder()));
      a.put(
          "page.firstPageNumber",
          setup.getUseFirstPageNumber() ? String.valueOf(setup.getFirstPageNumber()) : "auto");
      CTSheetPr pr = ws.isSetSheetPr() ? ws.getSheetPr() : CTSheetPr.Factory.newInstance();
      a.put(
          "page.fitToPage",
          String.valueOf(pr.isSetPageSetUpPr() && pr.getPageSetUpPr().getFitToPage()));
      if (ws.isSetPageMargins()) {
        CTPageMargins m = ws.getPageMargins();
        a.put(
            "page.margins",
            String.join(
                " ",
                number(m.getLeft()),
                number(m.getRight()),
                number(m.getTop()),
                number(m.getBottom()),
                number(m.getHeader()),
                number(m.getFooter())));
      } else {
        a.put("page.margins", "absent");
      }
      CTPrintOptions options =
          ws.isSetPrintOptions() ? ws.getPrintOptions() : CTPrintOptions.Factory.newInstance();
      a.put(
          "page.options",
          "gridLines="
              + options.getGridLines()
              + " headings="
              + options.getHeadings()
              + " hCentered="
              + options.getHorizontalCentered()
              + " vCentered="
              + options.getVerticalCentered());
      if (ws.isSetHeaderFooter()) {
        CTHeaderFooter hf = ws.getHeaderFooter();
        a.put("page.header", text(hf.getOddHeader()));
        a.put("page.footer", text(hf.getOddFooter()));
        String rest = attributes(hf) + " " + describeChildren(hf);
        a.put("page.headerFooter", rest.trim());
      }
      a.put("page.rowBreaks", ws.isSetRowBreaks() ? breaks(ws.getRowBreaks().getBrkList()) : "[]");
      a.put(
          "page.columnBreaks", ws.isSetColBreaks() ? breaks(ws.getColBreaks().getBrkList()) : "[]");
    }

    private static String breaks(List<CTBreak> breaks) {
      return breaks.stream().map(b -> b.getId() + (b.getMan() ? "" : " auto")).toList().toString();
    }

    private void drawings(XSSFSheet sheet, SortedMap<String, String> a) {
      XSSFDrawing drawing = sheet.getDrawingPatriarch();
      if (drawing == null) {
        return;
      }
      for (XSSFShape shape : drawing.getShapes()) {
        String key = "shape " + anchor(shape.getAnchor());
        String unique = key;
        for (int i = 2; a.containsKey(unique); i++) {
          unique = key + " #" + i;
        }
        StringBuilder d = new StringBuilder(shape.getClass().getSimpleName());
        d.append(" name=").append(shape.getShapeName());
        if (shape instanceof XSSFPicture picture && picture.getPictureData() != null) {
          d.append(" ")
              .append(picture.getPictureData().getMimeType())
              .append(" sha256=")
              .append(sha256(picture.getPictureData().getData()));
        }
        a.put(unique, d.toString());
      }
      int c = 0;
      for (XSSFChart chart : drawing.getCharts()) {
        c++;
        a.put("chart " + c, describe(chart.getCTChart()));
      }
    }

    private static String anchor(XSSFAnchor anchor) {
      if (anchor instanceof XSSFClientAnchor client) {
        return new CellReference(client.getRow1(), client.getCol1()).formatAsString(false)
            + "+"
            + client.getDx1()
            + "/"
            + client.getDy1()
            + ":"
            + new CellReference(client.getRow2(), client.getCol2()).formatAsString(false)
            + "+"
            + client.getDx2()
            + "/"
            + client.getDy2();
      }
      return anchor == null ? "unanchored" : anchor.getClass().getSimpleName();
    }

    // --- cells ----------------------------------------------------------------------------------

    private void cells(XSSFSheet sheet, FastRead fast) {
      String name = sheet.getSheetName();
      Map<Long, Cell> fastCells = fast.cells.get(name);
      if (fastCells == null && fast.failure == null) {
        mismatch(
            "sheet " + name,
            "cannot read the sheet: " + fast.failures.getOrDefault(name, "no such sheet"),
            "reads it");
      }
      TreeMap<Long, SortedMap<String, String>> cells = new TreeMap<>();
      TreeMap<Long, XSSFCell> poiCells = new TreeMap<>();
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          poiCells.put(place(cell.getRowIndex(), cell.getColumnIndex()), (XSSFCell) cell);
        }
      }
      TreeSet<Long> places = new TreeSet<>(poiCells.keySet());
      if (fastCells != null) {
        places.addAll(fastCells.keySet());
      }
      for (long place : places) {
        XSSFCell poi = poiCells.get(place);
        Cell fastCell = fastCells == null ? null : fastCells.get(place);
        String where = name + "!" + reference(place);
        Content fromPoi = poi == null ? null : content(poi);
        Content fromFast = fastCell == null ? null : content(fastCell, fromPoi);
        if (fastCells != null) {
          crossCheck(where, fromFast, fromPoi, fastCell, poi);
        }
        Content content = fromFast != null ? fromFast : fromPoi;
        SortedMap<String, String> a = new TreeMap<>();
        SortedMap<String, String> style =
            poi == null ? defaultStyle : style(poi.getCTCell().getS());
        boolean worth =
            content != null && !content.type().equals("blank") || !style.equals(defaultStyle);
        if (content != null) {
          a.put("type", content.type());
          if (content.formula() != null) {
            a.put("formula", content.formula());
            a.put("cached.type", content.cachedType());
            a.put("cached.value", number(content.cachedType(), content.cachedValue()));
          } else if (!content.type().equals("blank")) {
            a.put("value", number(content.type(), content.value()));
          }
          if (poi != null && content.type().equals("string")) {
            String runs = runs(poi);
            if (runs != null) {
              a.put("value.runs", runs);
            }
          }
        }
        style.forEach((k, v) -> a.put("style." + k, v));
        if (worth) {
          cells.put(place, a);
        }
      }
      for (XSSFHyperlink link : sheet.getHyperlinkList()) {
        SortedMap<String, String> a =
            cells.computeIfAbsent(
                place(link.getFirstRow(), link.getFirstColumn()), p -> new TreeMap<>());
        a.put("link.type", String.valueOf(link.getType()));
        a.put("link.address", text(link.getAddress()));
        if (link.getLastRow() != link.getFirstRow()
            || link.getLastColumn() != link.getFirstColumn()) {
          a.put("link.range", link.getCellRef());
        }
        if (link.getTooltip() != null) {
          a.put("link.tooltip", link.getTooltip());
        }
        if (link.getLabel() != null) {
          a.put("link.display", link.getLabel());
        }
      }
      for (Map.Entry<org.apache.poi.ss.util.CellAddress, XSSFComment> e :
          sheet.getCellComments().entrySet()) {
        XSSFComment comment = e.getValue();
        SortedMap<String, String> a =
            cells.computeIfAbsent(
                place(e.getKey().getRow(), e.getKey().getColumn()), p -> new TreeMap<>());
        a.put("comment.author", text(comment.getAuthor()));
        a.put("comment.text", comment.getString() == null ? "" : comment.getString().getString());
        a.put("comment.visible", String.valueOf(comment.isVisible()));
        try {
          var anchor = comment.getClientAnchor();
          a.put(
              "comment.box",
              anchor.getCol1()
                  + ","
                  + anchor.getRow1()
                  + " → "
                  + anchor.getCol2()
                  + ","
                  + anchor.getRow2());
        } catch (RuntimeException ignored) {
          a.put("comment.box", "unreadable");
        }
      }
      cells.forEach((place, a) -> put(Key.cell(name, row(place), column(place)), a));
    }

    /** The formatting runs of a rich-text cell, or null for plain text. */
    private static String runs(XSSFCell cell) {
      XSSFRichTextString rich;
      try {
        rich = cell.getRichStringCellValue();
      } catch (RuntimeException e) {
        return null;
      }
      if (rich == null || rich.getCTRst().sizeOfRArray() == 0) {
        return null;
      }
      List<String> runs = new ArrayList<>();
      for (CTRElt run : rich.getCTRst().getRList()) {
        runs.add("\"" + run.getT() + "\"" + (run.isSetRPr() ? describeChildren(run.getRPr()) : ""));
      }
      return String.join(" ", runs);
    }

    private static Content content(Cell cell, Content poi) {
      String type =
          switch (cell.getType()) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case ERROR -> "error";
            case FORMULA -> "formula";
            case EMPTY -> "blank";
          };
      Object value = cell.getValue();
      if (type.equals("formula")) {
        String cachedType;
        String cachedValue;
        if (value == null) {
          cachedType = "none";
          cachedValue = "";
        } else if (value instanceof BigDecimal) {
          cachedType = "number";
          cachedValue = cell.getRawValue();
        } else if (value instanceof Boolean b) {
          cachedType = "boolean";
          cachedValue = b ? "TRUE" : "FALSE";
        } else {
          // fastexcel-reader gives a cached error and a cached string both as a String.
          cachedType = poi != null && "error".equals(poi.cachedType()) ? "error" : "string";
          cachedValue = String.valueOf(value);
        }
        return new Content(
            type,
            null,
            cell.getFormula() == null ? "" : cell.getFormula(),
            cachedType,
            cachedValue);
      }
      String text =
          switch (type) {
            case "number" -> cell.getRawValue();
            case "boolean" -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case "blank" -> "";
            default -> value == null ? "" : String.valueOf(value);
          };
      return new Content(type, text, null, null, null);
    }

    private static Content content(XSSFCell cell) {
      var ct = cell.getCTCell();
      return switch (cell.getCellType()) {
        case NUMERIC -> new Content("number", ct.isSetV() ? ct.getV() : "", null, null, null);
        case STRING -> new Content("string", cell.getStringCellValue(), null, null, null);
        case BOOLEAN ->
            new Content("boolean", cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null, null);
        case ERROR -> new Content("error", cell.getErrorCellString(), null, null, null);
        case BLANK, _NONE -> new Content("blank", "", null, null, null);
        case FORMULA -> {
          String formula;
          try {
            formula = cell.getCellFormula();
          } catch (RuntimeException e) {
            formula = "unreadable: " + e;
          }
          String cachedType;
          String cachedValue;
          if (!ct.isSetV()) {
            cachedType = "none";
            cachedValue = "";
          } else {
            switch (cell.getCachedFormulaResultType()) {
              case NUMERIC -> {
                cachedType = "number";
                cachedValue = ct.getV();
              }
              case BOOLEAN -> {
                cachedType = "boolean";
                cachedValue = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
              }
              case ERROR -> {
                cachedType = "error";
                cachedValue = cell.getErrorCellString();
              }
              default -> {
                cachedType = "string";
                cachedValue = cell.getStringCellValue();
              }
            }
          }
          yield new Content("formula", null, formula, cachedType, cachedValue);
        }
      };
    }

    /** Records where the two readers disagree about one cell. */
    private void crossCheck(String where, Content fast, Content poi, Cell fastCell, XSSFCell cell) {
      if (fast == null || poi == null) {
        Content seen = fast != null ? fast : poi;
        if (seen != null && !seen.type().equals("blank")) {
          mismatch(
              where,
              fast == null ? "no cell" : fast.toString(),
              poi == null ? "no cell" : poi.toString());
        }
        return;
      }
      if (!fast.type().equals(poi.type())) {
        mismatch(where + " type", fast.type(), poi.type());
        return;
      }
      if (fast.formula() != null) {
        if (!squeeze(fast.formula()).equalsIgnoreCase(squeeze(poi.formula()))) {
          mismatch(where + " formula", fast.formula(), poi.formula());
        }
        if (!fast.cachedType().equals(poi.cachedType())) {
          mismatch(where + " cached.type", fast.cachedType(), poi.cachedType());
        } else if (!sameValue(fast.cachedType(), fast.cachedValue(), poi.cachedValue())) {
          mismatch(where + " cached.value", fast.cachedValue(), poi.cachedValue());
        }
      } else if (!sameValue(fast.type(), fast.value(), poi.value())) {
        mismatch(where + " value", fast.value(), poi.value());
      }
      String fastFormat = fastCell.getDataFormatString();
      if (fastFormat != null && fastCell.getDataFormatId() != null) {
        int id = fastCell.getDataFormatId();
        String poiFormat = numberFormat(id);
        if (id >= BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX && !fastFormat.equals(poiFormat)) {
          mismatch(where + " numberFormat", fastFormat, poiFormat);
        }
        String styled = style(cell.getCTCell().getS()).get("numberFormat");
        if (!Objects.equals(poiFormat, styled)) {
          mismatch(where + " numberFormat id", "#" + id, styled);
        }
      }
    }

    private static boolean sameValue(String type, String fast, String poi) {
      if (type.equals("number")) {
        try {
          return new BigDecimal(fast).doubleValue() == Double.parseDouble(poi);
        } catch (RuntimeException e) {
          return Objects.equals(fast, poi);
        }
      }
      if (type.equals("string")) {
        return Objects.equals(unescapeOoxml(fast), poi);
      }
      return Objects.equals(fast, poi);
    }

    private static String squeeze(String formula) {
      return formula == null ? "" : formula.replaceAll("\\s+", "");
    }

    // --- validations and conditional formats ----------------------------------------------------

    private void validations(String sheet, CTWorksheet ws) {
      if (!ws.isSetDataValidations()) {
        return;
      }
      for (CTDataValidation v : ws.getDataValidations().getDataValidationList()) {
        String ranges = ranges(v.getSqref());
        String key = sheet + " validation " + ranges;
        String unique = key;
        for (int n = 2; entities.containsKey(unique); n++) {
          unique = key + " #" + n;
        }
        SortedMap<String, String> a = new TreeMap<>();
        a.put("type", String.valueOf(v.getType()));
        a.put("operator", String.valueOf(v.getOperator()));
        a.put("formula1", v.isSetFormula1() ? v.getFormula1() : "absent");
        a.put("formula2", v.isSetFormula2() ? v.getFormula2() : "absent");
        String f = v.isSetFormula1() ? v.getFormula1().trim() : "";
        a.put(
            "list",
            "list".equals(String.valueOf(v.getType()))
                    && f.length() >= 2
                    && f.startsWith("\"")
                    && f.endsWith("\"")
                ? List.of(f.substring(1, f.length() - 1).split(",", -1)).toString()
                : "none");
        a.put("prompt.title", text(v.getPromptTitle()));
        a.put("prompt.text", text(v.getPrompt()));
        a.put("error.title", text(v.getErrorTitle()));
        a.put("error.text", text(v.getError()));
        a.put("error.style", String.valueOf(v.getErrorStyle()));
        a.put("showPrompt", String.valueOf(v.getShowInputMessage()));
        a.put("showError", String.valueOf(v.getShowErrorMessage()));
        a.put("allowBlank", String.valueOf(v.getAllowBlank()));
        a.put("suppressDropDown", String.valueOf(v.getShowDropDown()));
        a.put("imeMode", attribute(v, "imeMode", "noControl"));
        put(Key.of(sheet, Key.VALIDATION, ranges, unique), a);
      }
    }

    private void conditionalFormats(String sheet, CTWorksheet ws) {
      Map<String, Integer> rulesSoFar = new LinkedHashMap<>();
      for (CTConditionalFormatting formatting : ws.getConditionalFormattingList()) {
        String ranges = ranges(formatting.getSqref());
        for (CTCfRule rule : formatting.getCfRuleList()) {
          int n = rulesSoFar.merge(ranges, 1, Integer::sum);
          SortedMap<String, String> a = new TreeMap<>();
          a.put("type", String.valueOf(rule.getType()));
          a.put("operator", rule.isSetOperator() ? rule.getOperator().toString() : "none");
          List<String> formulas = rule.getFormulaList();
          for (int i = 0; i < formulas.size(); i++) {
            a.put("formula" + (i + 1), formulas.get(i));
          }
          a.put("priority", String.valueOf(rule.getPriority()));
          a.put("stopIfTrue", String.valueOf(rule.getStopIfTrue()));
          String options = attributes(rule, "type", "operator", "priority", "stopIfTrue", "dxfId");
          if (!options.isEmpty()) {
            a.put("options", options);
          }
          String parts = describeChildren(rule, "formula");
          if (!parts.isEmpty()) {
            a.put("scale", parts);
          }
          if (rule.isSetDxfId()) {
            dxf(stylesTable.getDxfAt((int) rule.getDxfId()), a);
          } else {
            a.put("dxf", "none");
          }
          put(
              Key.of(
                  sheet,
                  Key.CONDITIONAL,
                  ranges,
                  sheet + " conditional format " + ranges + " rule " + n),
              a);
        }
      }
    }

    private static void dxf(CTDxf dxf, SortedMap<String, String> a) {
      if (dxf == null) {
        a.put("dxf", "missing");
        return;
      }
      if (dxf.isSetFill() && dxf.getFill().isSetPatternFill()) {
        CTPatternFill p = dxf.getFill().getPatternFill();
        a.put("dxf.fill.pattern", p.isSetPatternType() ? p.getPatternType().toString() : "unset");
        a.put("dxf.fill.fg", p.isSetFgColor() ? color(p.getFgColor()) : "none");
        a.put("dxf.fill.bg", p.isSetBgColor() ? color(p.getBgColor()) : "none");
      } else if (dxf.isSetFill()) {
        a.put("dxf.fill", describe(dxf.getFill()));
      }
      if (dxf.isSetFont()) {
        CTFont font = dxf.getFont();
        a.put(
            "dxf.font.color", font.sizeOfColorArray() > 0 ? color(font.getColorArray(0)) : "none");
        String rest = describeChildren(font, "color");
        if (!rest.isEmpty()) {
          a.put("dxf.font", rest);
        }
      }
      if (dxf.isSetBorder()) {
        a.put("dxf.border", describeChildren(dxf.getBorder()));
      }
      if (dxf.isSetNumFmt()) {
        a.put("dxf.numberFormat", dxf.getNumFmt().getFormatCode());
      }
      if (dxf.isSetAlignment()) {
        a.put("dxf.alignment", attributes(dxf.getAlignment()));
      }
      if (dxf.isSetProtection()) {
        a.put("dxf.protection", attributes(dxf.getProtection()));
      }
    }

    private static String ranges(List<?> sqref) {
      TreeSet<String> sorted = new TreeSet<>(Comparator.comparing(Builder::rangeOrder));
      if (sqref != null) {
        for (Object range : sqref) {
          for (String part : String.valueOf(range).trim().split("\\s+")) {
            if (!part.isEmpty()) {
              sorted.add(part);
            }
          }
        }
      }
      return String.join(" ", sorted);
    }

    /** Sorts ranges by their first cell, row by row, then by text. */
    private static String rangeOrder(String range) {
      try {
        CellRangeAddress r = CellRangeAddress.valueOf(range);
        return String.format(
            "%07d %05d %07d %05d %s",
            r.getFirstRow(), r.getFirstColumn(), r.getLastRow(), r.getLastColumn(), range);
      } catch (RuntimeException e) {
        return "~" + range;
      }
    }

    // --- styles ---------------------------------------------------------------------------------

    /** The resolved look of cell format {@code index}: what it shows, never its index. */
    private SortedMap<String, String> style(long index) {
      SortedMap<String, String> cached = styles.get(index);
      if (cached != null) {
        return cached;
      }
      SortedMap<String, String> s = new TreeMap<>();
      CTXf xf =
          index >= 0 && index < stylesTable.getNumCellStyles()
              ? stylesTable.getCellXfAt((int) index)
              : CTXf.Factory.newInstance();
      if (index >= stylesTable.getNumCellStyles() && index > 0) {
        s.put("missing", "cell format " + index + " does not exist");
      }
      font(fontAt(xf.getFontId()), s);
      CTFill fill = fillAt(xf.getFillId());
      String gradient = child(fill, "gradientFill");
      if (gradient != null) {
        s.put("fill.pattern", "gradient");
        s.put("fill.fg", "none");
        s.put("fill.bg", "none");
        s.put("fill.gradient", gradient);
      } else {
        CTPatternFill p =
            fill.isSetPatternFill() ? fill.getPatternFill() : CTPatternFill.Factory.newInstance();
        s.put("fill.pattern", p.isSetPatternType() ? p.getPatternType().toString() : "none");
        s.put("fill.fg", p.isSetFgColor() ? color(p.getFgColor()) : "none");
        s.put("fill.bg", p.isSetBgColor() ? color(p.getBgColor()) : "none");
        s.put("fill.gradient", "none");
      }
      CTBorder border = borderAt(xf.getBorderId());
      s.put("border.left", border(border.isSetLeft() ? border.getLeft() : null));
      s.put("border.right", border(border.isSetRight() ? border.getRight() : null));
      s.put("border.top", border(border.isSetTop() ? border.getTop() : null));
      s.put("border.bottom", border(border.isSetBottom() ? border.getBottom() : null));
      s.put(
          "border.diagonal",
          border(border.isSetDiagonal() ? border.getDiagonal() : null)
              + (border.getDiagonalUp() ? " up" : "")
              + (border.getDiagonalDown() ? " down" : ""));
      CTCellAlignment al =
          xf.isSetAlignment() ? xf.getAlignment() : CTCellAlignment.Factory.newInstance();
      s.put("align.horizontal", al.isSetHorizontal() ? al.getHorizontal().toString() : "general");
      s.put("align.vertical", al.isSetVertical() ? al.getVertical().toString() : "bottom");
      s.put("align.wrap", String.valueOf(al.isSetWrapText() && al.getWrapText()));
      s.put("align.indent", String.valueOf(al.isSetIndent() ? al.getIndent() : 0));
      s.put("align.rotation", al.isSetTextRotation() ? al.getTextRotation().toString() : "0");
      s.put("align.shrinkToFit", String.valueOf(al.isSetShrinkToFit() && al.getShrinkToFit()));
      s.put(
          "align.readingOrder", String.valueOf(al.isSetReadingOrder() ? al.getReadingOrder() : 0));
      String format = numberFormat((int) xf.getNumFmtId());
      s.put("numberFormat", format);
      boolean locked = true;
      boolean hidden = false;
      if (xf.isSetProtection()) {
        locked = !xf.getProtection().isSetLocked() || xf.getProtection().getLocked();
        hidden = xf.getProtection().isSetHidden() && xf.getProtection().getHidden();
      }
      s.put("protection.locked", String.valueOf(locked));
      s.put("protection.hidden", String.valueOf(hidden));
      s.put("quotePrefix", String.valueOf(xf.isSetQuotePrefix() && xf.getQuotePrefix()));
      s.put("named", namedStyle(xf));
      List<String> apply = new ArrayList<>();
      if (xf.isSetApplyNumberFormat() && xf.getApplyNumberFormat()) {
        apply.add("numberFormat");
      }
      if (xf.isSetApplyFont() && xf.getApplyFont()) {
        apply.add("font");
      }
      if (xf.isSetApplyFill() && xf.getApplyFill()) {
        apply.add("fill");
      }
      if (xf.isSetApplyBorder() && xf.getApplyBorder()) {
        apply.add("border");
      }
      if (xf.isSetApplyAlignment() && xf.getApplyAlignment()) {
        apply.add("alignment");
      }
      if (xf.isSetApplyProtection() && xf.getApplyProtection()) {
        apply.add("protection");
      }
      s.put("apply", apply.toString());
      SortedMap<String, String> done = Collections.unmodifiableSortedMap(s);
      styles.put(index, done);
      return done;
    }

    private CTFont fontAt(long id) {
      try {
        return stylesTable.getFontAt((int) id).getCTFont();
      } catch (RuntimeException e) {
        return CTFont.Factory.newInstance();
      }
    }

    private CTFill fillAt(long id) {
      try {
        return stylesTable.getFillAt((int) id).getCTFill();
      } catch (RuntimeException e) {
        return CTFill.Factory.newInstance();
      }
    }

    private CTBorder borderAt(long id) {
      try {
        return stylesTable.getBorderAt((int) id).getCTBorder();
      } catch (RuntimeException e) {
        return CTBorder.Factory.newInstance();
      }
    }

    private String numberFormat(int id) {
      String custom = stylesTable.getNumberFormats().get((short) id);
      if (custom != null) {
        return custom;
      }
      String builtin = BuiltinFormats.getBuiltinFormat(id);
      return builtin != null ? builtin : "builtin #" + id;
    }

    private String namedStyle(CTXf xf) {
      long xfId = xf.isSetXfId() ? xf.getXfId() : 0;
      try (XmlCursor c = stylesTable.getCTStylesheet().newCursor()) {
        if (c.toChild(c.getName().getNamespaceURI(), "cellStyles") && c.toFirstChild()) {
          do {
            if (String.valueOf(xfId).equals(c.getAttributeText(new QName("", "xfId")))) {
              String name = c.getAttributeText(new QName("", "name"));
              return name != null
                  ? name
                  : "builtin " + c.getAttributeText(new QName("", "builtinId"));
            }
          } while (c.toNextSibling());
        }
      }
      return xfId == 0 ? "Normal" : "unnamed";
    }

    private static void font(CTFont f, SortedMap<String, String> s) {
      s.put("font.name", f.sizeOfNameArray() > 0 ? f.getNameArray(0).getVal() : "none");
      s.put("font.size", f.sizeOfSzArray() > 0 ? number(f.getSzArray(0).getVal()) : "none");
      s.put("font.bold", flag(f.getBList()));
      s.put("font.italic", flag(f.getIList()));
      s.put(
          "font.underline",
          f.sizeOfUArray() == 0
              ? "none"
              : f.getUArray(0).isSetVal() ? f.getUArray(0).getVal().toString() : "single");
      s.put("font.strike", flag(f.getStrikeList()));
      s.put("font.color", f.sizeOfColorArray() > 0 ? color(f.getColorArray(0)) : "none");
      s.put(
          "font.vertAlign",
          f.sizeOfVertAlignArray() > 0 ? f.getVertAlignArray(0).getVal().toString() : "baseline");
      s.put("font.family", f.sizeOfFamilyArray() > 0 ? "" + f.getFamilyArray(0).getVal() : "none");
      s.put(
          "font.charset", f.sizeOfCharsetArray() > 0 ? "" + f.getCharsetArray(0).getVal() : "none");
      s.put(
          "font.scheme",
          f.sizeOfSchemeArray() > 0 ? f.getSchemeArray(0).getVal().toString() : "none");
      List<String> effects = new ArrayList<>();
      if (flag(f.getOutlineList()).equals("true")) {
        effects.add("outline");
      }
      if (flag(f.getShadowList()).equals("true")) {
        effects.add("shadow");
      }
      if (flag(f.getCondenseList()).equals("true")) {
        effects.add("condense");
      }
      if (flag(f.getExtendList()).equals("true")) {
        effects.add("extend");
      }
      s.put("font.effects", effects.toString());
    }

    private static String flag(List<CTBooleanProperty> property) {
      return String.valueOf(!property.isEmpty() && property.get(0).getVal());
    }

    private static String border(CTBorderPr side) {
      if (side == null || !side.isSetStyle() || "none".equals(side.getStyle().toString())) {
        return "none";
      }
      return side.getStyle() + " " + (side.isSetColor() ? color(side.getColor()) : "none");
    }

    private static String compact(Map<String, String> style, Map<String, String> base) {
      return style.entrySet().stream()
          .filter(e -> !e.getValue().equals(base.get(e.getKey())))
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
    }
  }

  // --- small helpers ---------------------------------------------------------------------------

  /** A colour as the file stores it: ARGB, theme or indexed reference, auto, with its tint. */
  private static String color(CTColor c) {
    if (c == null) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    if (c.isSetAuto() && c.getAuto()) {
      parts.add("auto");
    }
    if (c.isSetRgb()) {
      parts.add(HexFormat.of().withUpperCase().formatHex(c.getRgb()));
    }
    if (c.isSetTheme()) {
      parts.add("theme" + c.getTheme());
    }
    if (c.isSetIndexed()) {
      parts.add("indexed" + c.getIndexed());
    }
    if (c.isSetTint() && c.getTint() != 0) {
      parts.add("tint" + number(c.getTint()));
    }
    return parts.isEmpty() ? "none" : String.join(" ", parts);
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String date(Date date) {
    return date == null ? "" : date.toInstant().toString();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(data))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long place(int row, int column) {
    return ((long) row << 16) | column;
  }

  private static int row(long place) {
    return (int) (place >>> 16);
  }

  private static int column(long place) {
    return (int) (place & 0xFFFF);
  }

  private static String reference(long place) {
    return new CellReference(row(place), column(place)).formatAsString(false);
  }

  // The XML helpers below move a cursor and never ask for a child's typed object: poi-ooxml-lite
  // leaves out the schema types POI itself does not use, and asking for one of those fails.

  /** The description of the first child element named {@code name}, or null. */
  private static String child(XmlObject parent, String name) {
    try (XmlCursor c = parent.newCursor()) {
      if (c.toFirstChild()) {
        do {
          if (name.equals(c.getName().getLocalPart())) {
            StringBuilder out = new StringBuilder();
            describe(c, out);
            return out.toString();
          }
        } while (c.toNextSibling());
      }
    }
    return null;
  }

  /** One attribute without a namespace as the file spells it, or {@code absent}. */
  private static String attribute(XmlObject element, String name, String absent) {
    try (XmlCursor c = element.newCursor()) {
      String value = c.getAttributeText(new QName("", name));
      return value == null ? absent : value;
    }
  }

  /**
   * An element's attributes as {@code name=value}, sorted, relationship ids left out (they number
   * parts, which two writers may number differently) and booleans spelled one way.
   */
  private static String attributes(XmlObject object, String... skip) {
    try (XmlCursor c = object.newCursor()) {
      return attributes(c, skip);
    }
  }

  private static String attributes(XmlCursor c, String... skip) {
    TreeMap<String, String> found = new TreeMap<>();
    c.push();
    if (c.toFirstAttribute()) {
      do {
        QName name = c.getName();
        if (REL_NS.equals(name.getNamespaceURI()) || List.of(skip).contains(name.getLocalPart())) {
          continue;
        }
        String value = c.getTextValue();
        found.put(
            name.getLocalPart(), "true".equals(value) ? "1" : "false".equals(value) ? "0" : value);
      } while (c.toNextAttribute());
    }
    c.pop();
    return found.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  /** An element and everything inside it as one line: {@code name{attributes}(children)"text"}. */
  private static String describe(XmlObject object) {
    StringBuilder out = new StringBuilder();
    try (XmlCursor c = object.newCursor()) {
      describe(c, out);
    }
    return out.toString();
  }

  /** The children of an element, described one after the other, some left out by local name. */
  private static String describeChildren(XmlObject object, String... skip) {
    List<String> parts = new ArrayList<>();
    try (XmlCursor c = object.newCursor()) {
      if (c.toFirstChild()) {
        do {
          if (!List.of(skip).contains(c.getName().getLocalPart())) {
            StringBuilder out = new StringBuilder();
            describe(c, out);
            parts.add(out.toString());
          }
        } while (c.toNextSibling());
      }
    }
    return String.join(" ", parts);
  }

  private static void describe(XmlCursor c, StringBuilder out) {
    out.append(c.getName() == null ? "" : c.getName().getLocalPart());
    String attributes = attributes(c);
    if (!attributes.isEmpty()) {
      out.append('{').append(attributes).append('}');
    }
    c.push();
    if (c.toFirstChild()) {
      out.append('(');
      boolean first = true;
      do {
        if (!first) {
          out.append(' ');
        }
        first = false;
        describe(c, out);
      } while (c.toNextSibling());
      out.append(')');
    } else {
      String text = c.getTextValue();
      if (text != null && !text.isEmpty()) {
        out.append('"').append(text).append('"');
      }
    }
    c.pop();
  }
}
