package org.scorebook.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.CollaboratingWorkbooksEnvironment.WorkbookNotFoundException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.FormulaError;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Text;

/**
 * The one place that turns a cell into a number. A numeric cell is its value (a
 * percentage-formatted cell holds the fraction); a formula cell gives its cached value, or is
 * evaluated when none is cached; text is read leniently (full-width digits, {@code %}, thousands
 * separators, a unit); anything else is {@link NumberReading.Invalid}, quoting what the cell
 * showed.
 */
public final class CellNumbers {
  /** Units an evaluator may type after a number; longest first so 万元 is not read as 元. */
  private static final List<String> UNITS = List.of("万元", "小时", "分", "元", "次", "个");

  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /**
   * The largest magnitude read as a number: beyond Excel's 15 significant digits, and no budget (in
   * 万元), score or rate comes near it; {@code 1e308} typed by mistake would otherwise overflow sums
   * silently.
   */
  static final double MAX_MAGNITUDE = 1e15;

  /**
   * Excel's own limit on a formula's length; a longer one is not evaluated (POI parses it
   * recursively).
   */
  static final int MAX_EXCEL_FORMULA_LENGTH = 8192;

  private CellNumbers() {}

  /** The unit an amount of money is in: 元 or 万元. */
  public enum MoneyUnit {
    YUAN("元", 10000),
    WAN_YUAN("万元", 1);

    private final String shown;
    private final double perWanYuan;

    MoneyUnit(String shown, double perWanYuan) {
      this.shown = shown;
      this.perWanYuan = perWanYuan;
    }

    public String shown() {
      return shown;
    }

    /** The unit a label's bracket names ({@code 元}, {@code 万元}, {@code 万}), if any. */
    public static Optional<MoneyUnit> named(String unit) {
      return switch (Labels.trim(unit)) {
        case "元" -> Optional.of(YUAN);
        case "万元", "万" -> Optional.of(WAN_YUAN);
        default -> Optional.empty();
      };
    }
  }

  /**
   * An amount of money read in 万元, and the unit it was taken to be in: the value's own ( {@code
   * 1000000元}, {@code 100万}, {@code 100万元}) or else {@code assumed}, the label's.
   */
  public record Amount(NumberReading inWanYuan, MoneyUnit unit) {}

  /**
   * The amount in {@code cell}, converted to 万元: a unit typed after the number wins over {@code
   * assumed}, the unit its label gives (万元 when the label gives none).
   */
  public static Amount amount(GridCell cell, CellGrid grid, MoneyUnit assumed) {
    String typed = textValue(cell);
    MoneyUnit unit =
        typed == null ? formatUnit(cell).orElse(assumed) : typedUnit(typed).orElse(assumed);
    NumberReading reading;
    if (typed != null && Labels.trim(Labels.halfWidth(typed)).endsWith("万")) {
      String number = Labels.trim(Labels.halfWidth(typed));
      reading = parse(number.substring(0, number.length() - 1));
      if (reading instanceof NumberReading.Invalid) {
        reading = new NumberReading.Invalid(Labels.trim(typed));
      }
    } else {
      reading = read(cell, grid);
    }
    if (reading.isValue() && unit.perWanYuan != 1) {
      reading =
          NumberReading.of(
              BigDecimal.valueOf(reading.value())
                  .divide(BigDecimal.valueOf(unit.perWanYuan))
                  .doubleValue());
    }
    return new Amount(reading, unit);
  }

  /** The unit typed after a number in {@code typed}, if it names one of money. */
  private static Optional<MoneyUnit> typedUnit(String typed) {
    String text = Labels.trim(Labels.halfWidth(typed));
    if (text.endsWith("万元") || text.endsWith("万")) {
      return Optional.of(MoneyUnit.WAN_YUAN);
    }
    if (text.endsWith("元")) {
      return Optional.of(MoneyUnit.YUAN);
    }
    return Optional.empty();
  }

  /**
   * The unit a number's format shows after it, such as {@code #,##0"元"}: what the user sees is what
   * the number means.
   */
  private static Optional<MoneyUnit> formatUnit(GridCell cell) {
    if (cell == null || cell.kind() != GridCell.Kind.NUMBER) {
      return Optional.empty();
    }
    String format = cell.format().format();
    if (format == null) {
      return Optional.empty();
    }
    String literal = format.replaceAll("[\"\\\\]", "");
    return literal.contains("元") ? typedUnit(literal.replaceAll("[;].*$", "")) : Optional.empty();
  }

  /** The text a text cell (or a formula's saved text result) holds; null for any other cell. */
  private static String textValue(GridCell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.kind() == GridCell.Kind.TEXT) {
      return cell.text();
    }
    if (cell.kind() == GridCell.Kind.FORMULA
        && cell.resultSaved()
        && cell.resultKind() == GridCell.Kind.TEXT) {
      return cell.text();
    }
    return null;
  }

  /**
   * The number in {@code cell}; a formula the file saved no result for is calculated by {@code
   * grid}.
   */
  public static NumberReading read(GridCell cell, CellGrid grid) {
    if (cell == null) {
      return NumberReading.BLANK;
    }
    return switch (cell.kind()) {
      case NUMBER -> finite(cell.number(), () -> String.valueOf(cell.number()));
      case TEXT -> parse(cell.text());
      case BLANK -> NumberReading.BLANK;
      case FORMULA -> formula(cell, grid);
      case ERROR -> new NumberReading.Invalid(errorText(cell.error()));
      default -> new NumberReading.Invalid(String.valueOf(cell.bool()).toUpperCase());
    };
  }

  private static NumberReading formula(GridCell cell, CellGrid grid) {
    if (!cell.resultSaved()) {
      return evaluated(cell, grid);
    }
    return switch (cell.resultKind()) {
      case NUMBER -> finite(cell.number(), () -> "=" + cell.formula());
      case TEXT -> parse(cell.text());
      case ERROR -> new NumberReading.Invalid(errorText(cell.error()));
      case BLANK -> NumberReading.BLANK;
      default -> new NumberReading.Invalid("=" + cell.formula());
    };
  }

  private static NumberReading evaluated(GridCell cell, CellGrid grid) {
    GridCell.Result value;
    String formula = cell.formula();
    if (formula.length() > MAX_EXCEL_FORMULA_LENGTH) {
      return new NumberReading.Invalid("=" + formula);
    }
    String shown = "=" + formula;
    try {
      value = grid.calculate(cell);
    } catch (FullReadNeeded e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return new NumberReading.Invalid(shown, whyNotCalculated(shown, e));
    }
    if (value == null) {
      return NumberReading.BLANK;
    }
    if (value.kind() == GridCell.Kind.NUMBER) {
      return finite(value.number(), shown);
    }
    if (value.kind() == GridCell.Kind.TEXT) {
      return parse(value.text());
    }
    if (value.kind() == GridCell.Kind.ERROR) {
      String error = errorText(value.error());
      return new NumberReading.Invalid(
          error, Text.get("read.formulaErrorResult", SheetCells.quoted(shown), error));
    }
    return new NumberReading.Invalid(shown);
  }

  /**
   * Why a formula the file kept no result for could not be calculated: a function POI does not
   * implement (named), a reference into another workbook, or anything else POI refused.
   */
  private static String whyNotCalculated(String shown, Throwable failure) {
    String quoted = SheetCells.quoted(shown);
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof NotImplementedFunctionException function) {
        return Text.get("read.formulaUnsupported", quoted, function.getFunctionName());
      }
      if (e instanceof WorkbookNotFoundException) {
        return Text.get("read.formulaOtherWorkbook", quoted);
      }
    }
    if (EXTERNAL_REFERENCE.matcher(shown).find()) {
      return Text.get("read.formulaOtherWorkbook", quoted);
    }
    return Text.get("read.formulaNotCalculated", quoted);
  }

  /** {@code [1]Sheet1!A1} or {@code '[预算.xlsx]表1'!B2}: a reference into another workbook. */
  private static final Pattern EXTERNAL_REFERENCE = Pattern.compile("\\[[^\\]]+\\][^!]*!");

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  private static NumberReading finite(double value, String shown) {
    return finite(value, () -> shown);
  }

  /**
   * {@code value}, or what the cell showed ({@code shown} is asked only then: a formula's text is
   * not needed to read its result).
   */
  private static NumberReading finite(double value, Supplier<String> shown) {
    return Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE
        ? NumberReading.of(value)
        : new NumberReading.Invalid(shown.get());
  }

  /**
   * Whether {@code shown}, quoted by an {@link NumberReading.Invalid}, is a number refused only for
   * its size.
   */
  public static boolean isOutOfRange(String shown) {
    String number = dropUnit(Labels.trim(Labels.halfWidth(Labels.trim(shown))));
    if (number.endsWith("%")) {
      number = Labels.trim(number.substring(0, number.length() - 1));
    }
    if (GROUPED.matcher(number).matches()) {
      number = number.replace(",", "");
    }
    return PLAIN.matcher(number).matches();
  }

  /**
   * A number typed as text: trimmed, full-width forms folded ({@code ２．５}, {@code ％}, {@code －},
   * {@code ，}), a thousands separator dropped, a trailing unit (分, 万元, 元, 次, 个, 小时) dropped, a
   * trailing {@code %} dividing by 100. Blank text is blank.
   */
  public static NumberReading parse(String text) {
    String typed = Labels.trim(text);
    if (typed.isEmpty()) {
      return NumberReading.BLANK;
    }
    String number = Labels.trim(Labels.halfWidth(typed));
    number = dropUnit(number);
    boolean percent = number.endsWith("%");
    if (percent) {
      number = Labels.trim(number.substring(0, number.length() - 1));
    }
    if (GROUPED.matcher(number).matches()) {
      number = number.replace(",", "");
    }
    if (!PLAIN.matcher(number).matches()) {
      return new NumberReading.Invalid(typed);
    }
    BigDecimal value = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    if (percent) {
      value = value.movePointLeft(2);
    }
    return finite(value.doubleValue(), typed);
  }

  private static String dropUnit(String number) {
    for (String unit : UNITS) {
      if (number.endsWith(unit)) {
        return Labels.trim(number.substring(0, number.length() - unit.length()));
      }
    }
    return number;
  }
}
