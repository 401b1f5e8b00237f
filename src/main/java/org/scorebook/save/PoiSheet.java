package org.scorebook.save;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.write.Cells;
import org.scorebook.write.ChangedSheets;
import org.scorebook.write.EditedSheet;

/**
 * A sheet loaded into POI (.xlsx or .xls) as an {@link EditedSheet}. Every change marks the sheet
 * in {@link ChangedSheets}, so the save writes it.
 *
 * <p>On .xls, {@code HSSFSheet.createDrawingPatriarch()} throws away the sheet's existing drawings
 * (charts, pictures, comments), so an existing patriarch is always reused, and a sheet without one
 * is not asked for its comments (asking would create an empty drawing).
 */
final class PoiSheet implements EditedSheet {
  /** The format of a new .xls cell in a column without a format of its own. */
  private static final int XLS_DEFAULT_FORMAT = 0xF;

  private final Sheet sheet;
  private final ChangedSheets changed;
  private FormulaEvaluator evaluator;

  PoiSheet(Sheet sheet, ChangedSheets changed) {
    this.sheet = sheet;
    this.changed = changed;
  }

  Sheet sheet() {
    return sheet;
  }

  @Override
  public String name() {
    return sheet.getSheetName();
  }

  @Override
  public SpreadsheetVersion version() {
    return sheet.getWorkbook().getSpreadsheetVersion();
  }

  @Override
  public List<Integer> columns(int row) {
    List<Integer> columns = new ArrayList<>();
    Row found = sheet.getRow(row);
    if (found != null) {
      found.forEach(cell -> columns.add(cell.getColumnIndex()));
    }
    return columns;
  }

  @Override
  public OptionalInt format(int row, int column) {
    Cell cell = existing(row, column);
    return cell == null ? OptionalInt.empty() : OptionalInt.of(cell.getCellStyle().getIndex());
  }

  @Override
  public int newCellFormat(int column) {
    CellStyle style = sheet.getColumnStyle(column);
    if (style != null) {
      return style.getIndex();
    }
    return sheet instanceof HSSFSheet ? XLS_DEFAULT_FORMAT : 0;
  }

  @Override
  public CellValue value(int row, int column) {
    Cell cell = existing(row, column);
    if (cell == null) {
      return CellValue.BLANK;
    }
    return switch (cell.getCellType()) {
      case STRING -> CellValue.text(cell.getStringCellValue());
      case NUMERIC -> CellValue.of(CellValue.Kind.NUMBER);
      case BOOLEAN -> CellValue.of(CellValue.Kind.BOOLEAN);
      case ERROR -> CellValue.of(CellValue.Kind.ERROR);
      case FORMULA -> CellValue.of(CellValue.Kind.FORMULA);
      default -> CellValue.BLANK;
    };
  }

  @Override
  public Optional<String> formula(int row, int column) {
    Cell cell = existing(row, column);
    if (cell == null || cell.getCellType() != CellType.FORMULA) {
      return Optional.empty();
    }
    return Optional.of(cell.getCellFormula());
  }

  /**
   * Calculated afresh each time (one evaluator for the sheet, its cache cleared): the cells the
   * formula depends on may have been written since.
   */
  @Override
  public OptionalDouble calculated(int row, int column) {
    Cell cell = existing(row, column);
    if (cell == null || cell.getCellType() != CellType.FORMULA) {
      return OptionalDouble.empty();
    }
    if (evaluator == null) {
      evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
      evaluator.setIgnoreMissingWorkbooks(true);
    }
    evaluator.clearAllCachedResultValues();
    try {
      org.apache.poi.ss.usermodel.CellValue value = evaluator.evaluate(cell);
      return value != null && value.getCellType() == CellType.NUMERIC
          ? OptionalDouble.of(value.getNumberValue())
          : OptionalDouble.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return OptionalDouble.empty(); // a function POI lacks, a link to another file
    }
  }

  @Override
  public void setNumber(int row, int column, double value, int format) {
    prepared(row, column, format).setCellValue(value);
  }

  @Override
  public void setText(int row, int column, String text, int format) {
    prepared(row, column, format).setCellValue(text);
  }

  @Override
  public void setBlank(int row, int column, int format) {
    Cells.clear(prepared(row, column, format));
  }

  @Override
  public void setFormat(int row, int column, int format) {
    changed.add(sheet);
    Cells.cell(sheet, row, column).setCellStyle(style(format));
  }

  /**
   * The cell, without any formula or inline text, given {@code format}; the caller sets a value.
   */
  private Cell prepared(int row, int column, int format) {
    changed.add(sheet);
    Cell cell = Cells.cell(sheet, row, column);
    Cells.prepareForValue(cell);
    cell.setCellStyle(style(format));
    return cell;
  }

  @Override
  public int columnWidth(int column) {
    return sheet.getColumnWidth(column);
  }

  @Override
  public void setColumnWidth(int column, int width) {
    changed.add(sheet);
    sheet.setColumnWidth(column, width);
  }

  @Override
  public float rowHeight(int row) {
    Row found = sheet.getRow(row);
    return found != null ? found.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
  }

  @Override
  public void setRowHeight(int row, float points) {
    changed.add(sheet);
    Cells.row(sheet, row).setHeightInPoints(points);
  }

  @Override
  public Map<CellAddress, Note> comments() {
    Map<CellAddress, Note> found = new LinkedHashMap<>();
    if (sheet instanceof HSSFSheet && sheet.getDrawingPatriarch() == null) {
      return found; // no drawing, no comments; asking for them would create an empty drawing
    }
    sheet.getCellComments().forEach((address, comment) -> found.put(address, note(comment)));
    return found;
  }

  @Override
  public Optional<Note> comment(int row, int column) {
    return Optional.ofNullable(sheet.getCellComment(new CellAddress(row, column)))
        .map(PoiSheet::note);
  }

  private static Note note(Comment comment) {
    String text = comment.getString() == null ? null : comment.getString().getString();
    return new Note(comment.getAuthor(), text, comment.isVisible());
  }

  @Override
  public void setComment(int row, int column, Note note, CommentBox box) {
    changed.add(sheet);
    Cell cell = Cells.cell(sheet, row, column);
    if (cell.getCellComment() != null) {
      cell.removeCellComment();
    }
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(box.firstColumn());
    anchor.setCol2(box.lastColumn());
    anchor.setRow1(box.firstRow());
    anchor.setRow2(box.lastRow());
    Comment comment = patriarch().createCellComment(anchor);
    comment.setString(helper.createRichTextString(note.text()));
    comment.setAuthor(note.author());
    comment.setVisible(note.visible());
    cell.setCellComment(comment);
  }

  @Override
  public void removeComment(int row, int column) {
    changed.add(sheet);
    Cell cell = Cells.cell(sheet, row, column);
    if (cell.getCellComment() != null) {
      cell.removeCellComment();
    }
  }

  private Drawing<?> patriarch() {
    Drawing<?> existing = sheet.getDrawingPatriarch();
    return existing != null ? existing : sheet.createDrawingPatriarch();
  }

  private Cell existing(int row, int column) {
    Row found = sheet.getRow(row);
    return found == null ? null : found.getCell(column);
  }

  private CellStyle style(int format) {
    Workbook workbook = sheet.getWorkbook();
    return workbook.getCellStyleAt(format);
  }
}
