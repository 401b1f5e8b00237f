package org.scorebook.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;

/**
 * Writes the aids of a sheet, after taking away the ones Scorebook wrote before: validations are
 * Scorebook's when their title is one of its own, conditional-format rules when their formula has
 * the shape of one of its own (cell references aside, so that rows inserted since do not matter).
 * Everything else on the sheet is left as it is.
 */
public final class ExcelAids {
  /** The band words of a qualitative leaf, offered on 实际完成值 of the self-evaluation form. */
  public static final List<String> BAND_WORDS =
      List.of("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");

  /** How far below the last data row the check row is looked for in a workbook being scored. */
  private static final int CHECK_ROW_SEARCH = 30;

  private static final String CHECK_FORMAT = "0.00";
  private static final Pattern REFERENCE = Pattern.compile("\\$?[A-Z]{1,3}\\$?[0-9]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * Titles of Scorebook's validations, including those of earlier versions of the self-evaluation
   * form, so that they are replaced rather than doubled.
   */
  private static final Set<String> OWN_TITLES =
      Set.of(
          Text.get("aids.full.title"),
          Text.get("aids.manual.title"),
          Text.get("aids.score.title"),
          Text.get("aids.year.title"),
          Text.get("aids.email.title"),
          Text.get("template.form.actual.promptTitle"),
          Text.get("template.form.score.errorTitle"));

  private static final Set<String> OWN_SHAPES = ownShapes();

  private static final Look CHECK_LABEL = Look.PLAIN.withBold().withBorder();
  private static final Look CHECK_SUM = CHECK_LABEL.format(CHECK_FORMAT);

  private ExcelAids() {}

  /**
   * Puts the aids on the indicator table of {@code sheet}: validations on the cells typed by hand,
   * conditional formatting, and for contract v1 the check row, the header filter and frozen panes
   * (the last two only where the sheet has none).
   *
   * @param lastDataRow the last row holding an indicator
   * @return the check row when one was written, for its values to be cached
   */
  public static Optional<CheckRow> indicators(
      Sheet sheet, IndicatorTable table, int lastDataRow, Styles styles) {
    if (!clearOwn(sheet)) {
      return Optional.empty();
    }
    IndicatorTable covered = table;
    Optional<CheckRow> written = Optional.empty();
    List<Wanted> wanted = new ArrayList<>();
    if (table.kind() == WorkbookKind.CONTRACT_V1) {
      Optional<Integer> checkRow = checkRow(sheet, table, lastDataRow);
      int last = checkRow.map(r -> r - 1).orElse(Math.max(table.lastRow(), lastDataRow + 1));
      covered =
          new IndicatorTable(
              table.kind(), table.headerRow(), table.firstRow(), last, table.columns());
      Formulas formulas = new Formulas(covered);
      if (checkRow.isPresent()) {
        written =
            Optional.of(writeCheckRow(sheet, covered, checkRow.get(), formulas, styles, wanted));
      }
      filterAndPanes(sheet, covered);
    }
    Formulas formulas = new Formulas(covered);
    validations(sheet, covered, formulas);
    formats(covered, formulas, wanted);
    reconcile(sheet, wanted);
    return written;
  }

  /**
   * The check row's two formula cells and what they come to. Evaluating a sum over a long table
   * makes POI index the whole sheet, so a scored workbook gets the values from here instead.
   */
  public record CheckRow(Cell sum, Cell verdict, double total) {
    /** Stores the values as the formulas' cached results, as Excel would compute them. */
    public void cacheValues() {
      sum.setCellValue(total);
      verdict.setCellValue(
          Text.get(Math.round(total * 100) == 10000 ? "aids.check.ok" : "aids.check.wrong"));
    }

    public List<Cell> cells() {
      return List.of(sum, verdict);
    }
  }

  /** The sum SUMIF gives: the numeric 分值 of the rows whose code is one character. */
  private static double topLevelTotal(Sheet sheet, IndicatorTable table) {
    int code = table.columns().get(IndicatorColumn.CODE);
    int full = table.columns().get(IndicatorColumn.FULL);
    double total = 0;
    for (int r = table.firstRow(); r <= table.lastRow(); r++) {
      Row row = sheet.getRow(r);
      Cell codeCell = row == null ? null : row.getCell(code);
      Cell fullCell = row == null ? null : row.getCell(full);
      if (codeCell == null || fullCell == null || !isOneCharacter(codeCell)) {
        continue;
      }
      CellType type =
          fullCell.getCellType() == CellType.FORMULA
              ? fullCell.getCachedFormulaResultType()
              : fullCell.getCellType();
      if (type == CellType.NUMERIC) {
        total += fullCell.getNumericCellValue();
      }
    }
    return total;
  }

  private static boolean isOneCharacter(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return type == CellType.STRING
        && cell.getStringCellValue().codePointCount(0, cell.getStringCellValue().length()) == 1;
  }

  /** The validations of 项目信息: 评价年度 a year, 联系邮箱 containing @ (each where the cell is known). */
  public static void projectFields(Sheet sheet, Optional<CellRef> year, Optional<CellRef> email) {
    if (!clearOwn(sheet)) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    year.filter(CellRef::hasCell)
        .ifPresent(
            cell ->
                add(
                    sheet,
                    helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "1990", "2100"),
                    cell.row(),
                    cell.row(),
                    cell.column(),
                    "aids.year",
                    true));
    email
        .filter(CellRef::hasCell)
        .ifPresent(
            cell ->
                add(
                    sheet,
                    helper.createCustomConstraint(
                        "ISNUMBER(FIND(\"@\","
                            + CellRef.columnLetters(cell.column())
                            + (cell.row() + 1)
                            + "))"),
                    cell.row(),
                    cell.row(),
                    cell.column(),
                    "aids.email",
                    true));
  }

  // Validations

  private static void validations(Sheet sheet, IndicatorTable table, Formulas formulas) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int first = table.firstRow();
    int last = table.lastRow();
    table
        .column(IndicatorColumn.FULL)
        .ifPresent(
            full ->
                add(
                    sheet,
                    helper.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    first,
                    last,
                    full,
                    "aids.full",
                    true));
    boolean form = table.kind() == WorkbookKind.SELF_EVALUATION;
    IndicatorColumn typed = form ? IndicatorColumn.SCORE : IndicatorColumn.MANUAL;
    if (table.has(typed, IndicatorColumn.FULL)) {
      add(
          sheet,
          helper.createCustomConstraint(formulas.withinFull(typed)),
          first,
          last,
          table.columns().get(typed),
          form ? "aids.score" : "aids.manual",
          true);
    }
    if (form) {
      table
          .column(IndicatorColumn.ACTUAL)
          .ifPresent(
              actual -> {
                DataValidation bands =
                    helper.createValidation(
                        helper.createExplicitListConstraint(BAND_WORDS.toArray(String[]::new)),
                        new CellRangeAddressList(first, last, actual, actual));
                bands.setEmptyCellAllowed(true);
                bands.createPromptBox(
                    Text.get("template.form.actual.promptTitle"),
                    Text.get("template.form.actual.prompt"));
                bands.setShowPromptBox(true);
                // Numbers and the target's own words are answers too: the list only offers.
                bands.setShowErrorBox(false);
                sheet.addValidationData(bands);
              });
    }
  }

  private static void add(
      Sheet sheet,
      DataValidationConstraint constraint,
      int first,
      int last,
      int column,
      String key,
      boolean errorBox) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column));
    String title = Text.get(key + ".title");
    validation.setEmptyCellAllowed(true);
    validation.createPromptBox(title, Text.get(key + ".prompt"));
    validation.setShowPromptBox(true);
    validation.createErrorBox(title, Text.get(key + ".error"));
    // A warning, not a stop: Scorebook also reads 3分 or 98% typed as text, and remains the judge.
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(errorBox);
    sheet.addValidationData(validation);
  }

  // Conditional formatting

  private static void formats(IndicatorTable table, Formulas formulas, List<Wanted> formatting) {
    if (table.kind() == WorkbookKind.SELF_EVALUATION) {
      if (table.has(IndicatorColumn.SCORE, IndicatorColumn.FULL)) {
        rule(
            formatting,
            formulas.scoreAboveFull(),
            Fill.ERROR,
            column(table, IndicatorColumn.SCORE));
        if (table.has(IndicatorColumn.REASON)) {
          rule(
              formatting,
              formulas.deductionWithoutReason(IndicatorColumn.SCORE),
              Fill.WARNING,
              column(table, IndicatorColumn.REASON));
        }
      }
      return;
    }
    if (table.has(IndicatorColumn.CODE, IndicatorColumn.FORMULA, IndicatorColumn.MANUAL)) {
      rule(
          formatting,
          formulas.leafWithBoth(),
          Fill.ERROR,
          column(table, IndicatorColumn.FORMULA),
          column(table, IndicatorColumn.MANUAL));
    }
    if (table.has(IndicatorColumn.MANUAL, IndicatorColumn.FULL, IndicatorColumn.REASON)) {
      rule(
          formatting,
          formulas.deductionWithoutReason(IndicatorColumn.MANUAL),
          Fill.WARNING,
          column(table, IndicatorColumn.REASON));
    }
    if (table.has(IndicatorColumn.CODE, IndicatorColumn.FULL)) {
      rule(formatting, formulas.parentOffSum(), Fill.ERROR, column(table, IndicatorColumn.FULL));
    }
  }

  private static CellRangeAddress column(IndicatorTable table, IndicatorColumn column) {
    int c = table.columns().get(column);
    return new CellRangeAddress(table.firstRow(), table.lastRow(), c, c);
  }

  /** A rule Scorebook wants on the sheet: its formula, its fill and the cells it covers. */
  private record Wanted(String formula, Fill fill, CellRangeAddress[] ranges) {
    String cells() {
      return Arrays.stream(ranges)
          .map(CellRangeAddress::formatAsString)
          .collect(Collectors.joining(" "));
    }

    boolean sameAs(ConditionalFormatting existing) {
      if (existing.getNumberOfRules() != 1 || !formula.equals(existing.getRule(0).getFormula1())) {
        return false;
      }
      return Arrays.stream(existing.getFormattingRanges())
          .map(CellRangeAddress::formatAsString)
          .collect(Collectors.joining(" "))
          .equals(cells());
    }
  }

  private static void rule(
      List<Wanted> wanted, String formula, Fill fill, CellRangeAddress... ranges) {
    wanted.add(new Wanted(formula, fill, ranges));
  }

  /**
   * Leaves each of Scorebook's rules that is still wanted as it is, takes off the others, and adds
   * the wanted ones missing: reprocessing a workbook adds nothing, not even a differential format.
   */
  private static void reconcile(Sheet sheet, List<Wanted> wanted) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    List<Wanted> missing = new ArrayList<>(wanted);
    for (int i = formatting.getNumConditionalFormattings() - 1; i >= 0; i--) {
      ConditionalFormatting existing = formatting.getConditionalFormattingAt(i);
      if (!isOwn(existing)) {
        continue;
      }
      Optional<Wanted> same = missing.stream().filter(w -> w.sameAs(existing)).findFirst();
      if (same.isPresent()) {
        missing.remove(same.get());
      } else {
        formatting.removeConditionalFormatting(i);
      }
    }
    for (Wanted rule : missing) {
      ConditionalFormattingRule created =
          formatting.createConditionalFormattingRule(rule.formula());
      PatternFormatting pattern = created.createPatternFormatting();
      pattern.setFillBackgroundColor(rule.fill().index());
      pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      formatting.addConditionalFormatting(rule.ranges(), created);
    }
  }

  // The check row

  /**
   * The row of the check under the table: the one a template or an earlier run wrote, else the
   * second row below the last indicator when it and the row above are empty.
   */
  private static Optional<Integer> checkRow(Sheet sheet, IndicatorTable table, int lastDataRow) {
    Optional<Integer> name = table.column(IndicatorColumn.NAME);
    if (name.isEmpty() || !table.has(IndicatorColumn.FULL, IndicatorColumn.CODE)) {
      return Optional.empty();
    }
    String label = Text.get("aids.check.label");
    for (int r = lastDataRow + 1; r <= lastDataRow + CHECK_ROW_SEARCH; r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(name.get());
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && label.equals(cell.getStringCellValue().strip())) {
        return Optional.of(r);
      }
    }
    int candidate = lastDataRow + 2;
    return isEmpty(sheet.getRow(candidate - 1)) && isEmpty(sheet.getRow(candidate))
        ? Optional.of(candidate)
        : Optional.empty();
  }

  private static boolean isEmpty(Row row) {
    if (row == null) {
      return true;
    }
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK
          && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private static CheckRow writeCheckRow(
      Sheet sheet,
      IndicatorTable table,
      int r,
      Formulas formulas,
      Styles styles,
      List<Wanted> wanted) {
    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    int name = table.columns().get(IndicatorColumn.NAME);
    int full = table.columns().get(IndicatorColumn.FULL);
    int verdict = table.column(IndicatorColumn.FORMULA).orElse(full + 1);
    Cell label = cell(row, name);
    label.setCellValue(Text.get("aids.check.label"));
    label.setCellStyle(styles.of(CHECK_LABEL));
    Cell sum = cell(row, full);
    sum.setCellFormula(formulas.topLevelSum());
    sum.setCellStyle(styles.of(CHECK_SUM));
    Cell check = cell(row, verdict);
    String sumRef = CellRef.columnLetters(full) + (r + 1);
    check.setCellFormula(Formulas.verdict(sumRef));
    check.setCellStyle(styles.of(CHECK_LABEL));
    rule(
        wanted,
        Formulas.offHundred(sumRef),
        Fill.ERROR,
        new CellRangeAddress(r, r, verdict, verdict));
    return new CheckRow(sum, check, topLevelTotal(sheet, table));
  }

  private static Cell cell(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }

  private static void filterAndPanes(Sheet sheet, IndicatorTable table) {
    Row header = sheet.getRow(table.headerRow());
    if (header == null) {
      return;
    }
    // A filter the user set keeps its range; an .xls sheet's filter is replaced in place.
    boolean hasFilter = sheet instanceof XSSFSheet xssf && xssf.getCTWorksheet().isSetAutoFilter();
    if (!hasFilter) {
      int lastColumn =
          Math.max(
              header.getLastCellNum() - 1,
              table.columns().values().stream().mapToInt(Integer::intValue).max().orElse(0));
      sheet.setAutoFilter(new CellRangeAddress(table.headerRow(), table.lastRow(), 0, lastColumn));
    }
    if (sheet.getPaneInformation() == null) {
      sheet.createFreezePane(0, table.headerRow() + 1);
    }
  }

  // Finding Scorebook's own aids

  /**
   * Takes Scorebook's own validations off {@code sheet} (its rules are reconciled when the new ones
   * are known); false when they cannot be taken off (the .xls format) and are there, so that they
   * are kept instead of doubled.
   */
  static boolean clearOwn(Sheet sheet) {
    if (!(sheet instanceof XSSFSheet xssf)) {
      SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
      for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
        if (isOwn(formatting.getConditionalFormattingAt(i))) {
          return false;
        }
      }
      return sheet.getDataValidations().stream().noneMatch(ExcelAids::isOwn);
    }
    CTWorksheet worksheet = xssf.getCTWorksheet();
    if (worksheet.isSetDataValidations()) {
      CTDataValidations validations = worksheet.getDataValidations();
      for (int i = validations.sizeOfDataValidationArray() - 1; i >= 0; i--) {
        CTDataValidation validation = validations.getDataValidationArray(i);
        if (isOwnTitle(validation.getPromptTitle()) || isOwnTitle(validation.getErrorTitle())) {
          validations.removeDataValidation(i);
        }
      }
      if (validations.sizeOfDataValidationArray() == 0) {
        worksheet.unsetDataValidations();
      } else {
        validations.setCount(validations.sizeOfDataValidationArray());
      }
    }
    return true;
  }

  private static boolean isOwn(DataValidation validation) {
    return isOwnTitle(validation.getPromptBoxTitle()) || isOwnTitle(validation.getErrorBoxTitle());
  }

  private static boolean isOwnTitle(String title) {
    return title != null && OWN_TITLES.contains(title);
  }

  private static boolean isOwn(ConditionalFormatting formatting) {
    if (formatting.getNumberOfRules() == 0) {
      return false;
    }
    for (int i = 0; i < formatting.getNumberOfRules(); i++) {
      if (!isOwnRule(formatting.getRule(i).getFormula1())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a rule's formula is one Scorebook writes, whatever cells it refers to. */
  public static boolean isOwnRule(String formula) {
    return formula != null && OWN_SHAPES.contains(shape(formula));
  }

  static String shape(String formula) {
    String text = SPACE.matcher(formula.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    if (text.startsWith("=")) {
      text = text.substring(1);
    }
    return REFERENCE.matcher(text).replaceAll("R");
  }

  private static Set<String> ownShapes() {
    IndicatorTable sample =
        new IndicatorTable(
            WorkbookKind.CONTRACT_V1,
            0,
            1,
            2,
            Map.of(
                IndicatorColumn.CODE, 0,
                IndicatorColumn.FULL, 1,
                IndicatorColumn.FORMULA, 2,
                IndicatorColumn.MANUAL, 3,
                IndicatorColumn.REASON, 4,
                IndicatorColumn.SCORE, 5));
    Formulas formulas = new Formulas(sample);
    return Set.of(
        shape(formulas.leafWithBoth()),
        shape(formulas.deductionWithoutReason(IndicatorColumn.MANUAL)),
        shape(formulas.parentOffSum()),
        shape(formulas.scoreAboveFull()),
        shape(Formulas.offHundred("B9")));
  }
}
