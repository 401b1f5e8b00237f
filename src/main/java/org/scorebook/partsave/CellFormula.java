package org.scorebook.partsave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.eval.FunctionEval;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.DeletedArea3DPtg;
import org.apache.poi.ss.formula.ptg.DeletedRef3DPtg;
import org.apache.poi.ss.formula.ptg.ExpPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.Ref3DPtg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.formula.ptg.TblPtg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A worksheet formula as POI's formula parser reads it — the cells of its sheet it reads, and
 * whether it may read any other — and formulas of one sheet calculated by POI's evaluator, exactly
 * as Excel calculates them, over a scratch workbook that holds only the cells they read. A formula
 * whose value the scratch sheet cannot give as the whole workbook would (another sheet, another
 * file, a name, a function whose value changes by itself or that POI lacks) is {@link Unsupported}:
 * no guess is made at what Excel would show.
 */
final class CellFormula {
  /** Why a formula is not one calculated here exactly. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  /** A value a cell holds or a formula gives; {@code text} is a text's text or an error's code. */
  record Value(Kind kind, double number, String text) {
    enum Kind {
      NUMBER,
      TEXT,
      BLANK,
      BOOLEAN,
      ERROR
    }

    static final Value BLANK = new Value(Kind.BLANK, 0, null);

    static Value number(double number) {
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        return error(FormulaError.NUM.getString());
      }
      return new Value(Kind.NUMBER, number, null);
    }

    static Value text(String text) {
      return new Value(Kind.TEXT, 0, text);
    }

    static Value bool(boolean value) {
      return new Value(Kind.BOOLEAN, value ? 1 : 0, null);
    }

    static Value error(String code) {
      return new Value(Kind.ERROR, 0, code);
    }

    boolean isError() {
      return kind == Kind.ERROR;
    }

    /** An error's code, such as {@code #DIV/0!}; null for any other value. */
    String error() {
      return isError() ? text : null;
    }

    boolean isTrue() {
      return kind == Kind.BOOLEAN && number != 0;
    }
  }

  /** The values of the sheet's cells, as the formulas read them (0-based row and column). */
  interface Cells {
    Value at(int row, int column) throws Unsupported;
  }

  /** Functions whose value changes without a cell changing: Excel calculates them again on open. */
  private static final Set<String> VOLATILE =
      Set.of("NOW", "TODAY", "RAND", "RANDBETWEEN", "INDIRECT", "OFFSET", "CELL", "INFO");

  /** The functions POI's evaluator calculates. */
  private static final Set<String> CALCULATED =
      Set.copyOf(FunctionEval.getSupportedFunctionNames());

  /** Functions that read cells chosen as they calculate, not the cells their arguments name. */
  private static final Set<String> READ_ANY_CELL = Set.of("INDIRECT", "OFFSET");

  private final String text;
  private final List<CellRangeAddress> reads;
  private final boolean readsAnyCell;
  private final String unsupported;

  private CellFormula(
      String text, List<CellRangeAddress> reads, boolean readsAnyCell, String unsupported) {
    this.text = text;
    this.reads = List.copyOf(reads);
    this.readsAnyCell = readsAnyCell;
    this.unsupported = unsupported;
  }

  /** The longest formula Excel accepts, in characters. */
  private static final int MAX_LENGTH = 8192;

  /** Deeper brackets than Excel's 64 levels of nested functions and then some. */
  private static final int MAX_NESTING = 128;

  /** How deep the formula's brackets go, outside its texts. */
  static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    boolean inText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inText = !inText;
      } else if (!inText && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!inText && c == ')') {
        depth--;
      }
    }
    return deepest;
  }

  /**
   * What POI's parser asks of a workbook while reading an .xlsx formula: the grid's size, and
   * names, tables and other sheets, which this save never calculates (a token for another sheet is
   * made as an .xlsx workbook makes it; a name or table is unknown, so the formula is unreadable
   * and read as reading every cell). An .xlsx workbook of POI's would answer the same, after
   * loading its whole model: several hundred classes and tens of megabytes on a cold start.
   */
  private static final class XlsxParsing implements FormulaParsingWorkbook {
    @Override
    public EvaluationName getName(String name, int sheetIndex) {
      return null;
    }

    @Override
    public Name createName() {
      throw new UnsupportedOperationException("a name the workbook does not define");
    }

    @Override
    public Table getTable(String name) {
      return null;
    }

    @Override
    public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
      return null;
    }

    @Override
    public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
      return new Ref3DPxg(sheet, cell);
    }

    @Override
    public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
      return new Area3DPxg(sheet, area);
    }

    @Override
    public int getExternalSheetIndex(String sheetName) {
      return -1;
    }

    @Override
    public int getExternalSheetIndex(String workbookName, String sheetName) {
      return -1;
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
      return SpreadsheetVersion.EXCEL2007;
    }
  }

  private static final FormulaParsingWorkbook PARSING = new XlsxParsing();

  /**
   * Reads a formula as an .xlsx holds it (without its {@code =}) with POI's parser: every reference
   * is a cell reference, a function or a name, as Excel reads it.
   */
  static CellFormula parse(String text) {
    if (text.length() > MAX_LENGTH || nesting(text) > MAX_NESTING) {
      // Beyond what Excel accepts; POI's parser would recurse once a bracket, deep enough to
      // overflow the stack.
      return new CellFormula(text, List.of(), true, "longer or deeper than Excel allows");
    }
    Ptg[] tokens;
    try {
      tokens = FormulaParser.parse(text, PARSING, FormulaType.CELL, -1);
    } catch (RuntimeException e) {
      return new CellFormula(text, List.of(), true, "unreadable: " + e.getMessage());
    }
    return CellFormula.of(text, tokens);
  }

  private static CellFormula of(String text, Ptg[] tokens) {
    List<CellRangeAddress> reads = new ArrayList<>();
    boolean anyCell = false;
    String unsupported = null;
    for (Ptg token : tokens) {
      CellRangeAddress area = area(token);
      if (area != null) {
        reads.add(area); // a reference to another sheet is taken as one to this sheet too
      }
      if (token instanceof NamePtg || token instanceof NameXPtg || token instanceof NameXPxg) {
        anyCell = true;
      } else if (token instanceof AbstractFunctionPtg function) {
        anyCell |= READ_ANY_CELL.contains(function.getName());
      }
      if (unsupported == null) {
        unsupported = unsupported(token);
      }
    }
    return new CellFormula(text, reads, anyCell, unsupported);
  }

  /** The cells a reference token reads, or null for another token. */
  private static CellRangeAddress area(Ptg token) {
    if (token instanceof RefPtgBase ref) {
      return new CellRangeAddress(ref.getRow(), ref.getRow(), ref.getColumn(), ref.getColumn());
    }
    if (token instanceof AreaPtgBase area) {
      return new CellRangeAddress(
          Math.min(area.getFirstRow(), area.getLastRow()),
          Math.max(area.getFirstRow(), area.getLastRow()),
          Math.min(area.getFirstColumn(), area.getLastColumn()),
          Math.max(area.getFirstColumn(), area.getLastColumn()));
    }
    return null;
  }

  /** Why the scratch sheet would not give what the workbook gives for the token, or null. */
  private static String unsupported(Ptg token) {
    if (token instanceof Pxg
        || token instanceof Ref3DPtg
        || token instanceof Area3DPtg
        || token instanceof DeletedRef3DPtg
        || token instanceof DeletedArea3DPtg) {
      return "a reference to another sheet or file";
    }
    if (token instanceof NamePtg || token instanceof NameXPtg || token instanceof NameXPxg) {
      return "a name";
    }
    if (token instanceof AreaPtgBase area && wholeRowsOrColumns(area)) {
      // POI reads them only as far as the sheet's last cell, which the scratch sheet does not share
      return "a whole column or row";
    }
    if (token instanceof ExpPtg || token instanceof TblPtg) {
      return "a shared formula or data table";
    }
    if (token instanceof AbstractFunctionPtg function) {
      String name = function.getName();
      if (function.isExternalFunction()) {
        return "a function of an add-in";
      }
      if (VOLATILE.contains(name)) {
        return "the volatile function " + name;
      }
      if (!CALCULATED.contains(name)) {
        return "the function " + name + ", which POI cannot calculate";
      }
    }
    return null;
  }

  private static boolean wholeRowsOrColumns(AreaPtgBase area) {
    SpreadsheetVersion xlsx = SpreadsheetVersion.EXCEL2007;
    return Math.max(area.getFirstRow(), area.getLastRow()) >= xlsx.getLastRowIndex()
        || Math.max(area.getFirstColumn(), area.getLastColumn()) >= xlsx.getLastColumnIndex();
  }

  /** The formula's text, without its {@code =}. */
  String text() {
    return text;
  }

  /** The areas of cells its references name. */
  List<CellRangeAddress> reads() {
    return reads;
  }

  /**
   * Whether it may read the cell at {@code at}: any cell when a name, INDIRECT or OFFSET is in it.
   */
  boolean reads(CellAddress at) {
    if (readsAnyCell) {
      return true;
    }
    for (CellRangeAddress area : reads) {
      if (area.isInRange(at)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses a formula whose value the scratch sheet would not give as the workbook does. */
  void checkCalculable() throws Unsupported {
    if (unsupported != null) {
      throw new Unsupported("=" + text + ": " + unsupported);
    }
  }

  /**
   * What each of {@code formulas} gives, with {@code values} in the other cells and each formula
   * reading the others' results, calculated by POI's evaluator. The scratch workbook is an
   * in-memory .xls, much cheaper to make than an .xlsx, unless a cell lies beyond an .xls sheet's
   * last row or column or its parser refuses a formula (a long text, many arguments).
   */
  static Map<CellAddress, Value> calculate(
      Map<CellAddress, CellFormula> formulas, Map<CellAddress, Value> values) throws Unsupported {
    for (CellFormula formula : formulas.values()) {
      formula.checkCalculable();
    }
    if (fits(SpreadsheetVersion.EXCEL97, formulas, values.keySet())) {
      try {
        return calculateIn(new HSSFWorkbook(), formulas, values);
      } catch (FormulaParseException e) {
        // beyond what an .xls formula may hold: calculated as an .xlsx below
      }
    }
    try {
      return calculateIn(new XSSFWorkbook(), formulas, values);
    } catch (FormulaParseException e) {
      throw new Unsupported("unreadable: " + e.getMessage());
    }
  }

  private static boolean fits(
      SpreadsheetVersion version, Map<CellAddress, CellFormula> formulas, Set<CellAddress> cells) {
    List<CellRangeAddress> used = new ArrayList<>();
    formulas.forEach(
        (at, formula) -> {
          used.add(new CellRangeAddress(at.getRow(), at.getRow(), at.getColumn(), at.getColumn()));
          used.addAll(formula.reads());
        });
    cells.forEach(at -> used.add(new CellRangeAddress(at.getRow(), at.getRow(), 0, 0)));
    cells.forEach(at -> used.add(new CellRangeAddress(0, 0, at.getColumn(), at.getColumn())));
    for (CellRangeAddress area : used) {
      if (area.getLastRow() > version.getLastRowIndex()
          || area.getLastColumn() > version.getLastColumnIndex()) {
        return false;
      }
    }
    return true;
  }

  /** The workbook is not closed: it holds no file, and closing an .xlsx made in memory saves it. */
  private static Map<CellAddress, Value> calculateIn(
      Workbook scratch, Map<CellAddress, CellFormula> formulas, Map<CellAddress, Value> values)
      throws Unsupported {
    Sheet sheet = scratch.createSheet();
    Map<CellAddress, Cell> cells = new LinkedHashMap<>();
    try {
      for (Map.Entry<CellAddress, Value> value : values.entrySet()) {
        put(cell(sheet, value.getKey()), value.getValue());
      }
      for (Map.Entry<CellAddress, CellFormula> formula : formulas.entrySet()) {
        Cell cell = cell(sheet, formula.getKey());
        cell.setCellFormula(formula.getValue().text());
        cells.put(formula.getKey(), cell);
      }
    } catch (FormulaParseException e) {
      throw e; // the caller tries the other kind of workbook
    } catch (RuntimeException e) {
      throw new Unsupported("a value the scratch sheet cannot hold: " + e.getMessage());
    }
    FormulaEvaluator evaluator = scratch.getCreationHelper().createFormulaEvaluator();
    Map<CellAddress, Value> results = new LinkedHashMap<>();
    for (Map.Entry<CellAddress, Cell> cell : cells.entrySet()) {
      results.put(cell.getKey(), evaluate(evaluator, cell.getKey(), cell.getValue()));
    }
    return results;
  }

  private static Cell cell(Sheet sheet, CellAddress at) {
    Row row = sheet.getRow(at.getRow());
    if (row == null) {
      row = sheet.createRow(at.getRow());
    }
    return row.createCell(at.getColumn());
  }

  private static void put(Cell cell, Value value) {
    switch (value.kind()) {
      case NUMBER -> cell.setCellValue(value.number());
      case TEXT -> cell.setCellValue(value.text());
      case BOOLEAN -> cell.setCellValue(value.isTrue());
      case ERROR -> cell.setCellErrorValue(FormulaError.forString(value.text()).getCode());
      case BLANK -> cell.setBlank();
    }
  }

  private static Value evaluate(FormulaEvaluator evaluator, CellAddress at, Cell cell)
      throws Unsupported {
    org.apache.poi.ss.usermodel.CellValue result;
    try {
      result = evaluator.evaluate(cell);
    } catch (RuntimeException | StackOverflowError e) {
      throw new Unsupported(at + " =" + cell.getCellFormula() + ": " + e);
    }
    if (result == null) {
      return Value.BLANK;
    }
    return switch (result.getCellType()) {
      case NUMERIC -> Value.number(result.getNumberValue());
      case STRING -> Value.text(result.getStringValue());
      case BOOLEAN -> Value.bool(result.getBooleanValue());
      case ERROR -> error(at, result.getErrorValue());
      default -> throw new Unsupported(at + " gives " + result.getCellType());
    };
  }

  /** An error Excel shows; POI's own markers (a circular reference) are not shown by Excel. */
  private static Value error(CellAddress at, byte code) throws Unsupported {
    if (!FormulaError.isValidCode(code)
        || code == FormulaError.CIRCULAR_REF.getCode()
        || code == FormulaError.FUNCTION_NOT_IMPLEMENTED.getCode()) {
      throw new Unsupported(at + " is in a circular reference or calls what POI lacks");
    }
    return Value.error(FormulaError.forInt(code).getString());
  }
}
