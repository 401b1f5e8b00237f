package org.scorebook.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

/**
 * Cell comments written by Scorebook, told apart from the evaluator's own by their author.
 *
 * <p>On .xls, {@code HSSFSheet.createDrawingPatriarch()} throws away the sheet's existing drawings
 * (charts, pictures, comments), so an existing patriarch is always reused.
 */
final class Comments {
  static final String AUTHOR = "Scorebook";
  private static final int WIDTH_COLUMNS = 4;
  private static final int CHARS_PER_LINE = 36;

  private Comments() {}

  /** The cells of {@code sheet} that carry a Scorebook comment. */
  static List<CellAddress> ours(Sheet sheet) {
    List<CellAddress> found = new ArrayList<>();
    if (sheet instanceof HSSFSheet && sheet.getDrawingPatriarch() == null) {
      return found; // no drawing, no comments; asking for them would create an empty drawing
    }
    sheet.getCellComments().forEach((address, comment) -> {
      if (AUTHOR.equals(comment.getAuthor())) {
        found.add(address);
      }
    });
    return found;
  }

  /** Whether {@code cell} has a comment someone else wrote, which Scorebook must not replace. */
  static boolean hasForeign(Cell cell) {
    Comment comment = cell.getCellComment();
    return comment != null && !AUTHOR.equals(comment.getAuthor());
  }

  /** Attaches {@code text} to {@code cell} as a Scorebook comment. */
  static void attach(Cell cell, String text) {
    Sheet sheet = cell.getSheet();
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    SpreadsheetVersion limits = sheet.getWorkbook().getSpreadsheetVersion();
    int height = 1 + Cells.wrappedLines(text, CHARS_PER_LINE);
    // Beside the cell, to its right and down, but inside the sheet's last column and row.
    int col1 = Math.min(cell.getColumnIndex() + 1, limits.getLastColumnIndex() - WIDTH_COLUMNS);
    int row1 = Math.min(cell.getRowIndex(), limits.getLastRowIndex() - height);
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(col1);
    anchor.setCol2(col1 + WIDTH_COLUMNS);
    anchor.setRow1(row1);
    anchor.setRow2(row1 + height);
    Comment comment = patriarch(sheet).createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }

  private static Drawing<?> patriarch(Sheet sheet) {
    Drawing<?> existing = sheet.getDrawingPatriarch();
    return existing != null ? existing : sheet.createDrawingPatriarch();
  }
}
