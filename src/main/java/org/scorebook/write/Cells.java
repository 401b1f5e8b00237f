package org.scorebook.write;

import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.scorebook.model.SheetNames;

/** Small helpers over POI cells shared by the writers: finding, creating and overwriting. */
public final class Cells {
  private Cells() {}

  /** The sheet named {@code name}, or else the one whose name matches it after trimming spaces. */
  public static Optional<Sheet> findSheet(Workbook workbook, String name) {
    Sheet exact = workbook.getSheet(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    String wanted = trim(name);
    for (Sheet sheet : workbook) {
      if (trim(sheet.getSheetName()).equals(wanted)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  /** Trims half- and full-width spaces, as sheet names are matched. */
  public static String trim(String text) {
    return SheetNames.trim(text);
  }

  /** Excel's limit on a cell's text; POI refuses longer text. */
  static final int MAX_TEXT = 32_767;

  /**
   * {@code text} cut to what a cell can hold (a message may quote a cell that is itself at the
   * limit).
   */
  public static String fit(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  public static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  public static Cell cell(Sheet sheet, int rowIndex, int column) {
    Row row = row(sheet, rowIndex);
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }

  /** Whether the cell holds nothing a person would see as content. */
  static boolean isBlank(Cell cell) {
    if (cell == null) {
      return true;
    }
    CellType type = cell.getCellType();
    return type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isBlank();
  }

  /**
   * Empties {@code cell} of whatever it held, formulas included (an array formula is removed for
   * its whole range; a shared formula's master hands the formula on to the next cell), keeping its
   * style.
   */
  public static void clear(Cell cell) {
    dropFormula(cell);
    if (cell.getCellType() != CellType.BLANK) {
      cell.setBlank();
    }
    dropInlineText(cell);
  }

  /**
   * Makes {@code cell} ready for a new value: without a formula (which would stay beside the value)
   * and without inline text, keeping its style.
   */
  public static void prepareForValue(Cell cell) {
    dropFormula(cell);
    if (cell instanceof XSSFCell xssf && isInlineString(xssf)) {
      cell.setBlank();
      dropInlineText(cell);
    }
  }

  /**
   * An inline-string cell, with or without text: an empty one ({@code <c t="inlineStr"/>}, as
   * openpyxl writes an empty string) would otherwise keep its type and get its new text as a value
   * no reader shows.
   */
  private static boolean isInlineString(XSSFCell cell) {
    return cell.getCTCell().isSetIs() || cell.getCTCell().getT() == STCellType.INLINE_STR;
  }

  /**
   * Removes text stored inline in the cell ({@code <is>}, as openpyxl and export tools write every
   * string): POI writes a new value beside it, and readers then show the old text.
   */
  private static void dropInlineText(Cell cell) {
    if (cell instanceof XSSFCell xssf && xssf.getCTCell().isSetIs()) {
      xssf.getCTCell().unsetIs();
    }
  }

  /**
   * Removes a formula from {@code cell}, keeping its value and style, so that the value can be
   * overwritten: setting a value on a cell replaces the old one, but a formula would stay.
   */
  static void dropFormula(Cell cell) {
    if (cell.getCellType() == CellType.FORMULA) {
      if (cell.isPartOfArrayFormulaGroup()) {
        cell.getSheet().removeArrayFormula(cell);
      } else if (cell instanceof HSSFCell) {
        dropXlsFormula(cell);
      } else {
        cell.removeFormula();
      }
    }
  }

  /**
   * Removes the formula of an .xls cell through a blank, then puts its cached value back. POI's own
   * {@code removeFormula} on .xls gives the cell a new record at A1 while the sheet keeps the
   * formula: the value written next, or a comment, would land on A1 and the formula would stay.
   */
  private static void dropXlsFormula(Cell cell) {
    CellType cached = cell.getCachedFormulaResultType();
    double number = cached == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
    String text = cached == CellType.STRING ? cell.getStringCellValue() : null;
    boolean bool = cached == CellType.BOOLEAN && cell.getBooleanCellValue();
    byte error = cached == CellType.ERROR ? cell.getErrorCellValue() : 0;
    cell.setBlank();
    switch (cached) {
      case NUMERIC -> cell.setCellValue(number);
      case STRING -> cell.setCellValue(text);
      case BOOLEAN -> cell.setCellValue(bool);
      case ERROR -> cell.setCellErrorValue(error);
      default -> {}
    }
  }
}
