package org.scorebook.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
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
import org.scorebook.style.Styles;

/**
 * Puts the aids of a sheet ({@link SheetAids}) into a workbook open in POI, after taking away the
 * ones Scorebook wrote before ({@link OwnAids} tells them from the user's). Everything else on the
 * sheet is left as it is.
 */
public final class ExcelAids {
  /** The band words of a qualitative leaf, offered on 实际完成值 of the self-evaluation form. */
  public static final List<String> BAND_WORDS = SheetAids.BAND_WORDS;

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
    return apply(
        sheet, SheetAids.indicators(table, lastDataRow, new PoiSheetContent(sheet)), styles);
  }

  /** The validations of 项目信息: 评价年度 a year, 联系邮箱 containing @ (each where the cell is known). */
  public static void projectFields(Sheet sheet, Optional<CellRef> year, Optional<CellRef> email) {
    if (!clearOwn(sheet)) {
      return;
    }
    apply(sheet, SheetAids.projectFields(year, email), null);
  }

  /** What {@code sheet} holds, as {@link SheetAids#indicators} reads it. */
  public static SheetContent content(Sheet sheet) {
    return new PoiSheetContent(sheet);
  }

  /**
   * The check row's two formula cells and what they come to. Evaluating a sum over a long table
   * makes POI index the whole sheet, so a scored workbook gets the values from here instead.
   */
  public record CheckRow(Cell sum, Cell verdict, SheetAids.CheckRow planned) {
    public double total() {
      return planned.total();
    }

    /** Stores the values as the formulas' cached results, as Excel would compute them. */
    public void cacheValues() {
      set(sum, planned.sum().value());
      set(verdict, planned.verdict().value());
    }

    private static void set(Cell cell, SheetAids.Value value) {
      if (value instanceof SheetAids.NumberValue number) {
        cell.setCellValue(number.number());
      } else {
        cell.setCellValue(((SheetAids.TextValue) value).text());
      }
    }

    public List<Cell> cells() {
      return List.of(sum, verdict);
    }
  }

  /**
   * Puts {@code aids} on {@code sheet}, whose own validations are already taken off ({@link
   * #clearOwn}): the check row's cells, the filter and panes, the validations after the user's, and
   * the conditional formats reconciled with those on the sheet.
   *
   * @param styles the styles of the check row's cells; may be null when there is no check row
   */
  static Optional<CheckRow> apply(Sheet sheet, SheetAids aids, Styles styles) {
    Optional<CheckRow> written = aids.checkRow().map(check -> writeCheckRow(sheet, check, styles));
    aids.filter()
        .ifPresent(
            area ->
                sheet.setAutoFilter(
                    new CellRangeAddress(
                        area.firstRow(), area.lastRow(), area.firstColumn(), area.lastColumn())));
    aids.frozenRows().ifPresent(rows -> sheet.createFreezePane(0, rows));
    for (SheetAids.Validation validation : aids.validations()) {
      add(sheet, validation);
    }
    if (aids.replacesRules()) {
      reconcile(sheet, aids.rules());
    }
    return written;
  }

  // Validations

  private static void add(Sheet sheet, SheetAids.Validation wanted) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    CellRangeAddressList cells = new CellRangeAddressList();
    for (Area area : wanted.ranges()) {
      cells.addCellRangeAddress(
          area.firstRow(), area.firstColumn(), area.lastRow(), area.lastColumn());
    }
    DataValidation validation = helper.createValidation(constraint(helper, wanted), cells);
    validation.setEmptyCellAllowed(wanted.allowBlank());
    wanted
        .prompt()
        .ifPresent(message -> validation.createPromptBox(message.title(), message.text()));
    validation.setShowPromptBox(wanted.showPrompt());
    wanted.error().ifPresent(message -> validation.createErrorBox(message.title(), message.text()));
    validation.setErrorStyle(
        switch (wanted.errorStyle()) {
          case STOP -> DataValidation.ErrorStyle.STOP;
          case WARNING -> DataValidation.ErrorStyle.WARNING;
          case INFORMATION -> DataValidation.ErrorStyle.INFO;
        });
    validation.setShowErrorBox(wanted.showError());
    sheet.addValidationData(validation);
  }

  private static DataValidationConstraint constraint(
      DataValidationHelper helper, SheetAids.Validation wanted) {
    String formula2 = wanted.formula2().orElse(null);
    return switch (wanted.type()) {
      case WHOLE -> helper.createIntegerConstraint(operator(wanted), wanted.formula1(), formula2);
      case DECIMAL -> helper.createDecimalConstraint(operator(wanted), wanted.formula1(), formula2);
      case LIST -> helper.createExplicitListConstraint(wanted.list().toArray(String[]::new));
      case CUSTOM -> helper.createCustomConstraint(wanted.formula1());
    };
  }

  private static int operator(SheetAids.Validation wanted) {
    return switch (wanted.operator().orElseThrow()) {
      case BETWEEN -> DataValidationConstraint.OperatorType.BETWEEN;
      case NOT_BETWEEN -> DataValidationConstraint.OperatorType.NOT_BETWEEN;
      case EQUAL -> DataValidationConstraint.OperatorType.EQUAL;
      case NOT_EQUAL -> DataValidationConstraint.OperatorType.NOT_EQUAL;
      case GREATER_THAN -> DataValidationConstraint.OperatorType.GREATER_THAN;
      case LESS_THAN -> DataValidationConstraint.OperatorType.LESS_THAN;
      case GREATER_OR_EQUAL -> DataValidationConstraint.OperatorType.GREATER_OR_EQUAL;
      case LESS_OR_EQUAL -> DataValidationConstraint.OperatorType.LESS_OR_EQUAL;
    };
  }

  // Conditional formatting

  /**
   * Leaves each of Scorebook's rules that is still wanted as it is, takes off the others, and adds
   * the wanted ones missing: reprocessing a workbook adds nothing, not even a differential format.
   */
  private static void reconcile(Sheet sheet, List<SheetAids.Rule> wanted) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    List<OwnAids.Existing> existing = new ArrayList<>();
    for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
      existing.add(existing(formatting.getConditionalFormattingAt(i)));
    }
    OwnAids.Reconciled reconciled = OwnAids.reconcile(existing, wanted);
    for (int i = existing.size() - 1; i >= 0; i--) {
      if (!reconciled.keep().get(i)) {
        formatting.removeConditionalFormatting(i);
      }
    }
    for (SheetAids.Rule rule : reconciled.added()) {
      ConditionalFormattingRule created =
          formatting.createConditionalFormattingRule(rule.formula());
      PatternFormatting pattern = created.createPatternFormatting();
      pattern.setFillBackgroundColor(rule.look().fill().index());
      pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      formatting.addConditionalFormatting(
          rule.ranges().stream()
              .map(
                  area ->
                      new CellRangeAddress(
                          area.firstRow(), area.lastRow(), area.firstColumn(), area.lastColumn()))
              .toArray(CellRangeAddress[]::new),
          created);
    }
  }

  private static OwnAids.Existing existing(ConditionalFormatting formatting) {
    List<String> formulas = new ArrayList<>();
    for (int i = 0; i < formatting.getNumberOfRules(); i++) {
      formulas.add(formatting.getRule(i).getFormula1());
    }
    String sqref =
        Arrays.stream(formatting.getFormattingRanges())
            .map(CellRangeAddress::formatAsString)
            .collect(Collectors.joining(" "));
    return new OwnAids.Existing(sqref, formulas);
  }

  // The check row

  private static CheckRow writeCheckRow(Sheet sheet, SheetAids.CheckRow check, Styles styles) {
    Row row =
        sheet.getRow(check.row()) != null
            ? sheet.getRow(check.row())
            : sheet.createRow(check.row());
    write(row, check.label(), styles);
    Cell sum = write(row, check.sum(), styles);
    Cell verdict = write(row, check.verdict(), styles);
    return new CheckRow(sum, verdict, check);
  }

  /** A formula cell gets its formula only: its value is cached by {@link CheckRow#cacheValues}. */
  private static Cell write(Row row, SheetAids.CheckCell wanted, Styles styles) {
    Cell cell = row.getCell(wanted.column());
    if (cell == null) {
      cell = row.createCell(wanted.column());
    }
    if (wanted.formula().isPresent()) {
      cell.setCellFormula(wanted.formula().get());
    } else {
      CheckRow.set(cell, wanted.value());
    }
    cell.setCellStyle(styles.of(wanted.look()));
    return cell;
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
        if (existing(formatting.getConditionalFormattingAt(i)).isOwn()) {
          return false;
        }
      }
      return sheet.getDataValidations().stream()
          .noneMatch(v -> OwnAids.isOwnValidation(v.getPromptBoxTitle(), v.getErrorBoxTitle()));
    }
    CTWorksheet worksheet = xssf.getCTWorksheet();
    if (worksheet.isSetDataValidations()) {
      CTDataValidations validations = worksheet.getDataValidations();
      for (int i = validations.sizeOfDataValidationArray() - 1; i >= 0; i--) {
        CTDataValidation validation = validations.getDataValidationArray(i);
        if (OwnAids.isOwnValidation(validation.getPromptTitle(), validation.getErrorTitle())) {
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

  /** Whether a rule's formula is one Scorebook writes, whatever cells it refers to. */
  public static boolean isOwnRule(String formula) {
    return OwnAids.isOwnRule(formula);
  }
}
