package org.scorebook.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Text;

/**
 * Cell access for one workbook: text as the user sees it, numbers through {@link CellNumbers}, with
 * every cell that is not a number reported once at its place.
 */
public final class SheetCells {
  private final CellGrid grid;
  private final DataFormatter formatter = new DataFormatter();
  private final ShownNumbers numbers = new ShownNumbers(formatter);
  private final List<Message> messages;

  public SheetCells(CellGrid grid, List<Message> messages) {
    this.grid = grid;
    this.messages = messages;
  }

  /** The sheet whose name matches {@code name} after trimming half- and full-width spaces. */
  public Optional<GridSheet> findSheet(String name) {
    return findSheet(grid, name);
  }

  /**
   * The sheet of {@code grid} whose name matches {@code name} after trimming half- and full-width
   * spaces.
   */
  public static Optional<GridSheet> findSheet(CellGrid grid, String name) {
    for (GridSheet sheet : grid.sheets()) {
      if (Labels.trim(sheet.name()).equals(name)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  public List<String> sheetNames() {
    return grid.sheets().stream().map(GridSheet::name).toList();
  }

  public static GridCell cell(GridSheet sheet, int row, int column) {
    return sheet.cell(row, column);
  }

  /**
   * The cell's text, or that of the merged region over it (a name merged down over its rows, a
   * value merged across a form), trimmed.
   */
  public String mergedText(GridSheet sheet, int row, int column) {
    String own = text(cell(sheet, row, column));
    if (!own.isEmpty()) {
      return own;
    }
    for (GridSheet.Region region : sheet.mergedRegions()) {
      if (region.isInRange(row, column)) {
        return text(cell(sheet, region.firstRow(), region.firstColumn()));
      }
    }
    return "";
  }

  /** What the cell shows, trimmed; the formula's cached text for a formula cell. */
  public String text(GridCell cell) {
    if (cell == null || cell.kind() == GridCell.Kind.BLANK) {
      return "";
    }
    try {
      if (cell.kind() == GridCell.Kind.FORMULA) {
        return Labels.trim(formulaText(cell));
      }
      if (isDate(cell)) {
        return Labels.trim(date(cell));
      }
      return Labels.trim(value(cell));
    } catch (FullReadNeeded e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return Labels.trim(cell.fallbackText());
    }
  }

  /** What a cell that is not a formula, and not a date, shows. */
  private String value(GridCell cell) {
    return switch (cell.kind()) {
      case NUMBER -> numbers.shown(cell.number(), cell.format(), grid.date1904InFormats());
      case TEXT -> cell.text();
      case BOOLEAN -> cell.bool() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.error()).getString();
      default -> "";
    };
  }

  /**
   * A formula's result as the cell shows it: the saved result, or the one calculated when the file
   * saved none. Never recalculated when a result was saved.
   */
  private String formulaText(GridCell cell) {
    GridCell.Result value;
    if (!cell.resultSaved()) {
      value = grid.calculate(cell);
    } else {
      value =
          switch (cell.resultKind()) {
            case NUMBER -> GridCell.Result.number(cell.number());
            case TEXT -> GridCell.Result.text(cell.text());
            case BOOLEAN -> GridCell.Result.bool(cell.bool());
            case ERROR -> GridCell.Result.error(cell.error());
            default -> null;
          };
    }
    if (value == null) {
      return "";
    }
    return switch (value.kind()) {
      case NUMBER -> {
        GridCell.NumberFormat format = cell.format();
        yield formatter.formatRawCellContents(value.number(), format.index(), format.format());
      }
      case TEXT -> value.text();
      case BOOLEAN -> value.bool() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(value.error()).getString();
      default -> "";
    };
  }

  public String text(GridSheet sheet, int row, int column) {
    return text(cell(sheet, row, column));
  }

  /** The year of a date cell (a year typed as a date shows as one), or empty for any other cell. */
  public Optional<String> year(GridSheet sheet, int row, int column) {
    GridCell cell = cell(sheet, row, column);
    try {
      return isDate(cell)
          ? Optional.of(
              String.valueOf(DateUtil.getLocalDateTime(cell.number(), grid.date1904()).getYear()))
          : Optional.empty();
    } catch (FullReadNeeded e) {
      throw e;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A number cell whose format is a date's, as Excel tells dates from numbers. */
  private static boolean isDate(GridCell cell) {
    if (cell == null || cell.kind() != GridCell.Kind.NUMBER) {
      return false;
    }
    double value = cell.number();
    if (!DateUtil.isValidExcelDate(value)) {
      return false;
    }
    GridCell.NumberFormat format = cell.format();
    return format != null && DateUtil.isADateFormat(format.index(), format.format());
  }

  /**
   * A date as Excel shows it. POI prints the quoted and escaped literals of a date format with
   * their quotes and backslashes ({@code yyyy"年"m"月"} gives {@code 2018"年"12"月"}), so they are
   * unquoted first.
   */
  private String date(GridCell cell) {
    GridCell.NumberFormat format = cell.format();
    String literal = format.format().replaceAll("\"([^\"]*)\"", "$1").replaceAll("\\\\(.)", "$1");
    return formatter.formatRawCellContents(cell.number(), format.index(), literal);
  }

  /** The cell's number; a value that is not one is reported as an error at the cell. */
  public NumberReading number(GridSheet sheet, int row, int column, String code) {
    NumberReading reading = CellNumbers.read(cell(sheet, row, column), grid);
    if (reading instanceof NumberReading.Invalid invalid) {
      CellRef where = CellRef.of(sheet.name(), row, column);
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
  public NumberReading amount(GridSheet sheet, int row, int column, CellNumbers.MoneyUnit assumed) {
    return readAmount(sheet, row, column, assumed).inWanYuan();
  }

  /**
   * An amount of money as read: its value in 万元 (reported and not a value when it is unusable, as
   * for {@link #amount}), the unit it was taken to be in, what the cell shows and where it is.
   */
  public record ReadAmount(
      NumberReading inWanYuan, CellNumbers.MoneyUnit unit, String shown, CellRef where) {}

  /**
   * The cell's amount of money with the unit it was read in; problems reported as by {@link
   * #amount}.
   */
  public ReadAmount readAmount(
      GridSheet sheet, int row, int column, CellNumbers.MoneyUnit assumed) {
    GridCell cell = cell(sheet, row, column);
    CellRef where = CellRef.of(sheet.name(), row, column);
    String shown = text(cell);
    CellNumbers.Amount amount = CellNumbers.amount(cell, grid, assumed);
    if (!amount.inWanYuan().isValue()) {
      return new ReadAmount(number(sheet, row, column, ""), amount.unit(), shown, where);
    }
    if (Math.abs(amount.inWanYuan().value()) > MAX_AMOUNT_WAN_YUAN) {
      messages.add(
          Message.error(
              where,
              "",
              Text.get(
                  amount.unit() == CellNumbers.MoneyUnit.YUAN
                      ? "read.implausibleYuan"
                      : "read.implausibleWanYuan",
                  quoted(shown))));
      return new ReadAmount(new NumberReading.Invalid(shown), amount.unit(), shown, where);
    }
    return new ReadAmount(amount.inWanYuan(), amount.unit(), shown, where);
  }

  /** The cell's amount of money without reporting: for amounts only shown, never scored. */
  public CellNumbers.Amount amountQuietly(
      GridSheet sheet, int row, int column, CellNumbers.MoneyUnit assumed) {
    return CellNumbers.amount(cell(sheet, row, column), grid, assumed);
  }

  /**
   * Longest text quoted back in a message; the rest is cut with an ellipsis (a cell may hold 32,767
   * characters).
   */
  static final int MAX_QUOTED = 50;

  /** {@code text} as it can be quoted in a message: short, on one line. */
  public static String quoted(String text) {
    String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    return line.length() <= MAX_QUOTED
        ? line
        : line.substring(0, MAX_QUOTED) + Text.get("read.quotedMore", line.length());
  }

  /** The cell's number without reporting: for values the processor itself replaces. */
  public NumberReading numberQuietly(GridCell cell) {
    return CellNumbers.read(cell, grid);
  }

  /** A formula cell shows as {@code =SUM(I2:I5)}; anything else as its text. */
  public String shown(GridCell cell) {
    if (cell != null && cell.kind() == GridCell.Kind.FORMULA) {
      return "=" + cell.formula();
    }
    return text(cell);
  }

  /**
   * The result a formula cell's file saved for it, as text ({@code 2.85}, {@code #REF!}); empty for
   * any other cell and for a formula saved without one.
   */
  public Optional<String> savedResult(GridCell cell) {
    if (cell == null || cell.kind() != GridCell.Kind.FORMULA || !cell.resultSaved()) {
      return Optional.empty();
    }
    try {
      String saved =
          switch (cell.resultKind()) {
            case NUMBER -> Decimals.plain(cell.number());
            case TEXT -> quoted(Labels.trim(cell.text()));
            case BOOLEAN -> String.valueOf(cell.bool()).toUpperCase();
            case ERROR -> FormulaError.forInt(cell.error()).getString();
            default -> "";
          };
      return saved.isEmpty() ? Optional.empty() : Optional.of(saved);
    } catch (FullReadNeeded e) {
      throw e;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The first row among the first ten that has a cell reading {@code header}, and that cell's
   * column.
   */
  public static Optional<int[]> findHeader(GridSheet sheet, String header, SheetCells cells) {
    for (int r = sheet.firstRow(); r >= 0 && r < 10 && r <= sheet.lastRow(); r++) {
      GridSheet.GridRow row = sheet.row(r);
      if (row == null) {
        continue;
      }
      for (GridCell cell : row.cells()) {
        if (Labels.label(cells.text(cell)).equals(header)) {
          return Optional.of(new int[] {r, cell.column()});
        }
      }
    }
    return Optional.empty();
  }

  /** Column of each header text in {@code row}: first occurrence wins. */
  public static Map<String, Integer> headerColumns(GridSheet sheet, int row, SheetCells cells) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    GridSheet.GridRow header = sheet.row(row);
    if (header != null) {
      for (GridCell cell : header.cells()) {
        columns.putIfAbsent(Labels.label(cells.text(cell)), cell.column());
      }
    }
    return columns;
  }
}
