package org.scorebook.read;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Text;

/**
 * Cell access for one workbook: text as the user sees it, numbers through {@link CellNumbers}, with
 * every cell that is not a number reported once at its place.
 */
final class SheetCells {
  private final Workbook workbook;
  private final FormulaEvaluator evaluator;
  private final SavedResults saved = new SavedResults();
  private final DataFormatter formatter = new DataFormatter();
  private final List<Message> messages;
  private final Map<Sheet, List<CellRangeAddress>> merged = new IdentityHashMap<>();

  SheetCells(Workbook workbook, List<Message> messages) {
    this.workbook = workbook;
    this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    this.messages = messages;
  }

  /** The sheet whose name matches {@code name} after trimming half- and full-width spaces. */
  Optional<Sheet> findSheet(String name) {
    return findSheet(workbook, name);
  }

  /**
   * The sheet of {@code workbook} whose name matches {@code name} after trimming half- and
   * full-width spaces.
   */
  static Optional<Sheet> findSheet(Workbook workbook, String name) {
    for (Sheet sheet : workbook) {
      if (Labels.trim(sheet.getSheetName()).equals(name)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  List<String> sheetNames() {
    return StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName).toList();
  }

  static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r == null || column < 0 ? null : r.getCell(column);
  }

  /**
   * The cell's text, or that of the merged region over it (a name merged down over its rows, a
   * value merged across a form), trimmed.
   */
  String mergedText(Sheet sheet, int row, int column) {
    String own = text(cell(sheet, row, column));
    if (!own.isEmpty()) {
      return own;
    }
    for (CellRangeAddress region : mergedRegions(sheet)) {
      if (region.isInRange(row, column)) {
        return text(cell(sheet, region.getFirstRow(), region.getFirstColumn()));
      }
    }
    return "";
  }

  /**
   * The sheet's merged regions, listed once: POI builds a new list on every call, which a form read
   * cell by cell would otherwise do for every cell.
   */
  List<CellRangeAddress> mergedRegions(Sheet sheet) {
    return merged.computeIfAbsent(sheet, Sheet::getMergedRegions);
  }

  /** What the cell shows, trimmed; the formula's cached text for a formula cell. */
  String text(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    try {
      if (cell.getCellType() == CellType.FORMULA) {
        return Labels.trim(formulaText(cell));
      }
      if (isDate(cell)) {
        return Labels.trim(date(cell));
      }
      return Labels.trim(formatter.formatCellValue(cell));
    } catch (RuntimeException | StackOverflowError e) {
      return Labels.trim(cell.toString());
    }
  }

  /**
   * A formula's result as the cell shows it: the saved result, or the one calculated when the file
   * saved none. Never through {@code DataFormatter}'s evaluator, which recalculates even a saved
   * result and stores what it calculates in the cell.
   */
  private String formulaText(Cell cell) {
    CellValue value;
    if (saved.missing(cell)) {
      value = evaluator.evaluate(cell);
    } else {
      value =
          switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new CellValue(cell.getNumericCellValue());
            case STRING -> new CellValue(cell.getStringCellValue());
            case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
            case ERROR -> CellValue.getError(cell.getErrorCellValue());
            default -> null;
          };
    }
    if (value == null) {
      return "";
    }
    return switch (value.getCellType()) {
      case NUMERIC ->
          formatter.formatRawCellContents(
              value.getNumberValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString());
      case STRING -> value.getStringValue();
      case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(value.getErrorValue()).getString();
      default -> "";
    };
  }

  String text(Sheet sheet, int row, int column) {
    return text(cell(sheet, row, column));
  }

  /** The year of a date cell (a year typed as a date shows as one), or empty for any other cell. */
  Optional<String> year(Sheet sheet, int row, int column) {
    Cell cell = cell(sheet, row, column);
    try {
      return isDate(cell)
          ? Optional.of(String.valueOf(cell.getLocalDateTimeCellValue().getYear()))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isDate(Cell cell) {
    return cell != null
        && cell.getCellType() == CellType.NUMERIC
        && DateUtil.isCellDateFormatted(cell);
  }

  /**
   * A date as Excel shows it. POI prints the quoted and escaped literals of a date format with
   * their quotes and backslashes ({@code yyyy"年"m"月"} gives {@code 2018"年"12"月"}), so they are
   * unquoted first.
   */
  private String date(Cell cell) {
    String format = cell.getCellStyle().getDataFormatString();
    String literal = format.replaceAll("\"([^\"]*)\"", "$1").replaceAll("\\\\(.)", "$1");
    return formatter.formatRawCellContents(
        cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), literal);
  }

  /** The cell's number; a value that is not one is reported as an error at the cell. */
  NumberReading number(Sheet sheet, int row, int column, String code) {
    NumberReading reading = CellNumbers.read(cell(sheet, row, column), evaluator, saved);
    if (reading instanceof NumberReading.Invalid invalid) {
      CellRef where = CellRef.of(sheet.getSheetName(), row, column);
      String text;
      if (invalid.problem() != null) {
        text = invalid.problem();
      } else if (invalid.shown().startsWith("#")) {
        text = Text.get("read.excelError", invalid.shown());
      } else if (CellNumbers.isOutOfRange(invalid.shown())) {
        text = Text.get("read.tooBig", quoted(invalid.shown()));
      } else {
        text = Text.get("read.notNumber", quoted(invalid.shown()));
      }
      messages.add(Message.error(where, code, text));
    }
    return reading;
  }

  /**
   * The largest amount taken as a project's budget or spending, in 万元 (100 亿元): a larger one was
   * almost always typed in 元 under a label in 万元.
   */
  static final double MAX_AMOUNT_WAN_YUAN = 1_000_000;

  /**
   * The cell's amount of money in 万元 ({@code assumed} is the label's unit); one that is not a
   * number, or implausibly large for its unit, is reported as an error at the cell and not used.
   */
  NumberReading amount(Sheet sheet, int row, int column, CellNumbers.MoneyUnit assumed) {
    Cell cell = cell(sheet, row, column);
    CellNumbers.Amount amount = CellNumbers.amount(cell, evaluator, saved, assumed);
    if (!amount.inWanYuan().isValue()) {
      return number(sheet, row, column, "");
    }
    if (Math.abs(amount.inWanYuan().value()) > MAX_AMOUNT_WAN_YUAN) {
      String shown = text(cell);
      messages.add(
          Message.error(
              CellRef.of(sheet.getSheetName(), row, column),
              "",
              Text.get(
                  amount.unit() == CellNumbers.MoneyUnit.YUAN
                      ? "read.implausibleYuan"
                      : "read.implausibleWanYuan",
                  quoted(shown))));
      return new NumberReading.Invalid(shown);
    }
    return amount.inWanYuan();
  }

  /**
   * Longest text quoted back in a message; the rest is cut with an ellipsis (a cell may hold 32,767
   * characters).
   */
  static final int MAX_QUOTED = 50;

  /** {@code text} as it can be quoted in a message: short, on one line. */
  static String quoted(String text) {
    String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    return line.length() <= MAX_QUOTED
        ? line
        : line.substring(0, MAX_QUOTED) + Text.get("read.quotedMore", line.length());
  }

  /** The cell's number without reporting: for values the processor itself replaces. */
  NumberReading numberQuietly(Cell cell) {
    return CellNumbers.read(cell, evaluator, saved);
  }

  /** A formula cell shows as {@code =SUM(I2:I5)}; anything else as its text. */
  String shown(Cell cell) {
    if (cell != null && cell.getCellType() == CellType.FORMULA) {
      return "=" + cell.getCellFormula();
    }
    return text(cell);
  }

  /**
   * The result a formula cell's file saved for it, as text ({@code 2.85}, {@code #REF!}); empty for
   * any other cell and for a formula saved without one.
   */
  Optional<String> savedResult(Cell cell) {
    if (cell == null || cell.getCellType() != CellType.FORMULA || saved.missing(cell)) {
      return Optional.empty();
    }
    try {
      String saved =
          switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> Decimals.plain(cell.getNumericCellValue());
            case STRING -> quoted(Labels.trim(cell.getStringCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase();
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
          };
      return saved.isEmpty() ? Optional.empty() : Optional.of(saved);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The first row among the first ten that has a cell reading {@code header}, and that cell's
   * column.
   */
  static Optional<int[]> findHeader(Sheet sheet, String header, SheetCells cells) {
    for (int r = sheet.getFirstRowNum(); r >= 0 && r < 10 && r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell cell : row) {
        if (Labels.label(cells.text(cell)).equals(header)) {
          return Optional.of(new int[] {r, cell.getColumnIndex()});
        }
      }
    }
    return Optional.empty();
  }

  /** Column of each header text in {@code row}: first occurrence wins. */
  static Map<String, Integer> headerColumns(Sheet sheet, int row, SheetCells cells) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    Row header = sheet.getRow(row);
    if (header != null) {
      for (Cell cell : header) {
        columns.putIfAbsent(Labels.label(cells.text(cell)), cell.getColumnIndex());
      }
    }
    return columns;
  }
}
