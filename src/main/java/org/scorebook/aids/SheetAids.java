package org.scorebook.aids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The aids of one sheet, as data: what Scorebook wants on the sheet once its own earlier aids are
 * taken away. {@link ExcelAids} puts them into a workbook open in POI, {@link AidsXml} writes them
 * as a worksheet part's XML; both keep what the user added ({@link OwnAids} tells the two apart).
 *
 * @param validations the validations, in the order they are added after the user's own
 * @param replacesRules whether Scorebook's earlier rules on the sheet give way to {@code rules};
 *     when false the sheet's conditional formats are left as they are
 * @param rules the conditional-format rules, in the order they are added: the first added gets the
 *     lowest priority number of the new ones
 * @param checkRow the check row under 指标评分, when the sheet gets one
 * @param filter the filter on the header row, when the sheet has none yet
 * @param frozenRows the rows to freeze above the table, when the sheet has no panes yet
 */
public record SheetAids(
    List<Validation> validations,
    boolean replacesRules,
    List<Rule> rules,
    Optional<CheckRow> checkRow,
    Optional<Area> filter,
    OptionalInt frozenRows) {

  /** The band words of a qualitative leaf, offered on 实际完成值 of the self-evaluation form. */
  public static final List<String> BAND_WORDS =
      List.of("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");

  /** How far below the last data row the check row is looked for in a workbook being scored. */
  private static final int CHECK_ROW_SEARCH = 30;

  private static final String CHECK_FORMAT = "0.00";
  private static final Look CHECK_LABEL = Look.PLAIN.withBold().withBorder();
  private static final Look CHECK_SUM = CHECK_LABEL.format(CHECK_FORMAT);

  public SheetAids {
    validations = List.copyOf(validations);
    rules = List.copyOf(rules);
    Objects.requireNonNull(checkRow, "checkRow");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(frozenRows, "frozenRows");
  }

  // The parts

  /**
   * A data validation.
   *
   * @param operator for {@link Type#WHOLE} and {@link Type#DECIMAL}; empty for the others
   * @param formula1 the first formula or value; empty for {@link Type#LIST}, whose {@code list}
   *     holds the choices instead
   * @param formula2 the upper bound of {@link Operator#BETWEEN}
   * @param prompt the message shown while the cell is selected
   * @param error the message shown when the value typed breaks the rule
   */
  public record Validation(
      List<Area> ranges,
      Type type,
      Optional<Operator> operator,
      String formula1,
      Optional<String> formula2,
      List<String> list,
      boolean allowBlank,
      ErrorStyle errorStyle,
      Optional<Message> prompt,
      Optional<Message> error,
      boolean showPrompt,
      boolean showError) {

    public Validation {
      ranges = List.copyOf(ranges);
      list = List.copyOf(list);
      if (ranges.isEmpty()) {
        throw new IllegalArgumentException("a validation covers some cells");
      }
      if ((type == Type.LIST) == list.isEmpty()) {
        throw new IllegalArgumentException("a list validation, and only one, has choices");
      }
    }

    /** What kind of value the validation accepts, with its name in a sheet's XML. */
    public enum Type {
      WHOLE("whole"),
      DECIMAL("decimal"),
      LIST("list"),
      CUSTOM("custom");

      private final String xml;

      Type(String xml) {
        this.xml = xml;
      }

      public String xml() {
        return xml;
      }
    }

    /** How a value compares with the formulas, with its name in a sheet's XML. */
    public enum Operator {
      BETWEEN("between"),
      NOT_BETWEEN("notBetween"),
      EQUAL("equal"),
      NOT_EQUAL("notEqual"),
      GREATER_THAN("greaterThan"),
      LESS_THAN("lessThan"),
      GREATER_OR_EQUAL("greaterThanOrEqual"),
      LESS_OR_EQUAL("lessThanOrEqual");

      private final String xml;

      Operator(String xml) {
        this.xml = xml;
      }

      public String xml() {
        return xml;
      }
    }

    /** Whether a value that breaks the rule is refused, warned about or only noted. */
    public enum ErrorStyle {
      STOP("stop"),
      WARNING("warning"),
      INFORMATION("information");

      private final String xml;

      ErrorStyle(String xml) {
        this.xml = xml;
      }

      public String xml() {
        return xml;
      }
    }

    /** A message box: its title and its text. */
    public record Message(String title, String text) {
      public Message {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
      }
    }
  }

  /** How a conditional-format rule shows a cell whose formula is true: its background. */
  public record RuleLook(Fill fill) {
    public RuleLook {
      if (fill.isNone()) {
        throw new IllegalArgumentException("a rule's look has a fill");
      }
    }
  }

  /**
   * A conditional-format rule of type expression over {@code ranges}, written for their first cell
   * (Excel moves relative references across the ranges).
   */
  public record Rule(List<Area> ranges, String formula, RuleLook look) {
    public Rule {
      ranges = List.copyOf(ranges);
      if (ranges.isEmpty()) {
        throw new IllegalArgumentException("a rule covers some cells");
      }
      Objects.requireNonNull(formula, "formula");
    }

    /** The cells as an earlier run's rule lists them when it is still this one. */
    public String cells() {
      return Area.sqref(ranges);
    }
  }

  /**
   * The check row: its label, the sum of the top-level 分值 and the verdict beside it.
   *
   * @param row the row, 0-based
   * @param total what the sum comes to, as Excel would compute it from the sheet's values
   */
  public record CheckRow(int row, CheckCell label, CheckCell sum, CheckCell verdict, double total) {
    public List<CheckCell> cells() {
      return List.of(label, sum, verdict);
    }
  }

  /**
   * One cell of the check row: a formula with its cached result, or a plain value.
   *
   * @param formula the formula without its {@code =}; empty for a plain value
   * @param value the value, or the formula's result
   */
  public record CheckCell(int column, Optional<String> formula, Value value, Look look) {}

  /** A cell's value. */
  public sealed interface Value permits TextValue, NumberValue {}

  public record TextValue(String text) implements Value {}

  public record NumberValue(double number) implements Value {}

  // Planning

  /**
   * The aids of an indicator table: validations on the cells typed by hand, conditional formatting,
   * and for contract v1 the check row, the header filter and frozen panes (the last two only where
   * the sheet has none).
   *
   * @param lastDataRow the last row holding an indicator
   */
  public static SheetAids indicators(IndicatorTable table, int lastDataRow, SheetContent sheet) {
    IndicatorTable covered = table;
    Optional<CheckRow> check = Optional.empty();
    Optional<Area> filter = Optional.empty();
    OptionalInt frozen = OptionalInt.empty();
    List<Rule> rules = new ArrayList<>();
    if (table.aids().ownColumns()) {
      Optional<Integer> checkRow = checkRow(sheet, table, lastDataRow);
      int last = checkRow.map(r -> r - 1).orElse(Math.max(table.lastRow(), lastDataRow + 1));
      covered =
          new IndicatorTable(
              table.aids(), table.headerRow(), table.firstRow(), last, table.columns());
      if (checkRow.isPresent()) {
        CheckRow row = checkCells(sheet, covered, checkRow.get());
        check = Optional.of(row);
        int full = covered.columns().get(IndicatorColumn.FULL);
        String sumRef = CellRef.columnLetters(full) + (row.row() + 1);
        rules.add(
            new Rule(
                List.of(Area.cell(row.row(), row.verdict().column())),
                Formulas.offHundred(sumRef),
                new RuleLook(Fill.ERROR)));
      }
      Optional<List<SheetContent.Cell>> header = sheet.row(covered.headerRow());
      if (header.isPresent()) {
        if (!sheet.hasAutoFilter()) {
          int width =
              header.get().stream().mapToInt(SheetContent.Cell::column).max().orElse(-1) + 1;
          int lastColumn =
              Math.max(
                  width - 1,
                  covered.columns().values().stream().mapToInt(Integer::intValue).max().orElse(0));
          filter = Optional.of(new Area(covered.headerRow(), covered.lastRow(), 0, lastColumn));
        }
        if (!sheet.hasPanes()) {
          frozen = OptionalInt.of(covered.headerRow() + 1);
        }
      }
    }
    Formulas formulas = new Formulas(covered);
    List<Validation> validations = validations(covered, formulas);
    formats(covered, formulas, rules);
    return new SheetAids(validations, true, rules, check, filter, frozen);
  }

  /**
   * The validations of 项目信息: 评价年度 a year, 联系邮箱 containing @ (each where the cell is known).
   * Conditional formats are left as they are.
   */
  public static SheetAids projectFields(Optional<CellRef> year, Optional<CellRef> email) {
    List<Validation> validations = new ArrayList<>();
    year.filter(CellRef::hasCell)
        .ifPresent(
            cell ->
                validations.add(
                    own(
                        Area.cell(cell.row(), cell.column()),
                        Validation.Type.WHOLE,
                        Optional.of(Validation.Operator.BETWEEN),
                        "1990",
                        Optional.of("2100"),
                        "aids.year")));
    email
        .filter(CellRef::hasCell)
        .ifPresent(
            cell ->
                validations.add(
                    own(
                        Area.cell(cell.row(), cell.column()),
                        Validation.Type.CUSTOM,
                        Optional.empty(),
                        "ISNUMBER(FIND(\"@\"," + cell.a1() + "))",
                        Optional.empty(),
                        "aids.email")));
    return new SheetAids(
        validations, false, List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  // Validations

  private static List<Validation> validations(IndicatorTable table, Formulas formulas) {
    List<Validation> validations = new ArrayList<>();
    int first = table.firstRow();
    int last = table.lastRow();
    table
        .column(IndicatorColumn.FULL)
        .ifPresent(
            full ->
                validations.add(
                    own(
                        Area.column(full, first, last),
                        Validation.Type.DECIMAL,
                        Optional.of(Validation.Operator.GREATER_OR_EQUAL),
                        "0",
                        Optional.empty(),
                        table.aids().printedForm() ? "aids.full.form" : "aids.full")));
    boolean form = table.aids().printedForm();
    IndicatorColumn typed = form ? IndicatorColumn.SCORE : IndicatorColumn.MANUAL;
    if (table.has(typed, IndicatorColumn.FULL)) {
      validations.add(
          own(
              Area.column(table.columns().get(typed), first, last),
              Validation.Type.CUSTOM,
              Optional.empty(),
              formulas.withinFull(typed),
              Optional.empty(),
              form ? "aids.score" : "aids.manual"));
    }
    if (form) {
      table
          .column(IndicatorColumn.ACTUAL)
          .ifPresent(
              actual ->
                  // Numbers and the target's own words are answers too: the list only offers.
                  validations.add(
                      new Validation(
                          List.of(Area.column(actual, first, last)),
                          Validation.Type.LIST,
                          Optional.empty(),
                          "",
                          Optional.empty(),
                          BAND_WORDS,
                          true,
                          Validation.ErrorStyle.STOP,
                          Optional.of(
                              new Validation.Message(
                                  Text.get("template.form.actual.promptTitle"),
                                  Text.get("template.form.actual.prompt"))),
                          Optional.empty(),
                          true,
                          false)));
    }
    return validations;
  }

  /**
   * One of Scorebook's validations with its messages under {@code key}: blanks allowed, and a
   * warning, not a stop, since Scorebook also reads 3分 or 98% typed as text and remains the judge.
   */
  private static Validation own(
      Area cells,
      Validation.Type type,
      Optional<Validation.Operator> operator,
      String formula1,
      Optional<String> formula2,
      String key) {
    String title = Text.get(key + ".title");
    return new Validation(
        List.of(cells),
        type,
        operator,
        formula1,
        formula2,
        List.of(),
        true,
        Validation.ErrorStyle.WARNING,
        Optional.of(new Validation.Message(title, Text.get(key + ".prompt"))),
        Optional.of(new Validation.Message(title, Text.get(key + ".error"))),
        true,
        true);
  }

  // Conditional formatting

  private static void formats(IndicatorTable table, Formulas formulas, List<Rule> rules) {
    RuleLook red = new RuleLook(Fill.ERROR);
    RuleLook yellow = new RuleLook(Fill.WARNING);
    if (table.aids().printedForm()) {
      if (table.has(IndicatorColumn.SCORE, IndicatorColumn.FULL)) {
        rules.add(
            new Rule(
                List.of(column(table, IndicatorColumn.SCORE)), formulas.scoreAboveFull(), red));
        if (table.has(IndicatorColumn.REASON)) {
          rules.add(
              new Rule(
                  List.of(column(table, IndicatorColumn.REASON)),
                  formulas.deductionWithoutReason(IndicatorColumn.SCORE),
                  yellow));
        }
      }
      return;
    }
    if (table.has(IndicatorColumn.CODE, IndicatorColumn.FORMULA, IndicatorColumn.MANUAL)) {
      rules.add(
          new Rule(
              List.of(
                  column(table, IndicatorColumn.FORMULA), column(table, IndicatorColumn.MANUAL)),
              formulas.leafWithBoth(),
              red));
    }
    if (table.has(IndicatorColumn.MANUAL, IndicatorColumn.FULL, IndicatorColumn.REASON)) {
      rules.add(
          new Rule(
              List.of(column(table, IndicatorColumn.REASON)),
              formulas.deductionWithoutReason(IndicatorColumn.MANUAL),
              yellow));
    }
    if (table.has(IndicatorColumn.CODE, IndicatorColumn.FULL)) {
      rules.add(
          new Rule(List.of(column(table, IndicatorColumn.FULL)), formulas.parentOffSum(), red));
    }
  }

  private static Area column(IndicatorTable table, IndicatorColumn column) {
    return Area.column(table.columns().get(column), table.firstRow(), table.lastRow());
  }

  // The check row

  /**
   * The row of the check under the table: the one a template or an earlier run wrote, else the
   * second row below the last indicator when it and the row above are empty.
   */
  private static Optional<Integer> checkRow(
      SheetContent sheet, IndicatorTable table, int lastDataRow) {
    Optional<Integer> name = table.column(IndicatorColumn.NAME);
    if (name.isEmpty() || !table.has(IndicatorColumn.FULL, IndicatorColumn.CODE)) {
      return Optional.empty();
    }
    String label = Text.get("aids.check.label");
    for (int r = lastDataRow + 1; r <= lastDataRow + CHECK_ROW_SEARCH; r++) {
      Optional<SheetContent.Cell> cell = sheet.cell(r, name.get());
      if (cell.isPresent()
          && !cell.get().formula()
          && cell.get().kind() == SheetContent.Kind.STRING
          && label.equals(cell.get().text().strip())) {
        return Optional.of(r);
      }
    }
    int candidate = lastDataRow + 2;
    return isEmpty(sheet, candidate - 1) && isEmpty(sheet, candidate)
        ? Optional.of(candidate)
        : Optional.empty();
  }

  private static boolean isEmpty(SheetContent sheet, int row) {
    return sheet
        .row(row)
        .map(cells -> cells.stream().allMatch(SheetContent.Cell::isEmpty))
        .orElse(true);
  }

  private static CheckRow checkCells(SheetContent sheet, IndicatorTable table, int r) {
    Map<IndicatorColumn, Integer> columns = table.columns();
    int name = columns.get(IndicatorColumn.NAME);
    int full = columns.get(IndicatorColumn.FULL);
    int verdict = table.column(IndicatorColumn.FORMULA).orElse(full + 1);
    Formulas formulas = new Formulas(table);
    double total = topLevelTotal(sheet, table);
    String sumRef = CellRef.columnLetters(full) + (r + 1);
    return new CheckRow(
        r,
        new CheckCell(
            name, Optional.empty(), new TextValue(Text.get("aids.check.label")), CHECK_LABEL),
        new CheckCell(full, Optional.of(formulas.topLevelSum()), new NumberValue(total), CHECK_SUM),
        new CheckCell(
            verdict,
            Optional.of(Formulas.verdict(sumRef)),
            new TextValue(
                Text.get(Math.round(total * 100) == 10000 ? "aids.check.ok" : "aids.check.wrong")),
            CHECK_LABEL),
        total);
  }

  /** The sum SUMIF gives: the numeric 分值 of the rows whose code is one character. */
  private static double topLevelTotal(SheetContent sheet, IndicatorTable table) {
    int code = table.columns().get(IndicatorColumn.CODE);
    int full = table.columns().get(IndicatorColumn.FULL);
    double total = 0;
    for (int r = table.firstRow(); r <= table.lastRow(); r++) {
      Optional<SheetContent.Cell> codeCell = sheet.cell(r, code);
      Optional<SheetContent.Cell> fullCell = sheet.cell(r, full);
      if (codeCell.isEmpty() || fullCell.isEmpty() || !isOneCharacter(codeCell.get())) {
        continue;
      }
      if (fullCell.get().kind() == SheetContent.Kind.NUMBER) {
        total += fullCell.get().number();
      }
    }
    return total;
  }

  private static boolean isOneCharacter(SheetContent.Cell cell) {
    return cell.kind() == SheetContent.Kind.STRING
        && cell.text().codePointCount(0, cell.text().length()) == 1;
  }
}
