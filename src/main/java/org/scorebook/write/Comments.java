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
import org.scorebook.model.Text;
import org.scorebook.style.TextWidth;

/**
 * Cell comments written by Scorebook, told apart from the evaluator's own by their author. A cell
 * that already carries someone else's comment keeps it: Scorebook's messages go below the
 * reviewer's text, after a separator line, and only that part is removed on the next run.
 *
 * <p>On .xls, {@code HSSFSheet.createDrawingPatriarch()} throws away the sheet's existing drawings
 * (charts, pictures, comments), so an existing patriarch is always reused.
 */
final class Comments {
  static final String AUTHOR = "Scorebook";
  private static final int WIDTH_COLUMNS = 4;
  private static final int CHARS_PER_LINE = 36;

  private Comments() {}

  /**
   * The cells of {@code sheet} whose comment has a Scorebook part (all of it, or below a reviewer's
   * text).
   */
  static List<CellAddress> withOurPart(Sheet sheet) {
    List<CellAddress> found = new ArrayList<>();
    if (sheet instanceof HSSFSheet && sheet.getDrawingPatriarch() == null) {
      return found; // no drawing, no comments; asking for them would create an empty drawing
    }
    sheet
        .getCellComments()
        .forEach(
            (address, comment) -> {
              if (isOurs(comment) || reviewerPart(comment) != null) {
                found.add(address);
              }
            });
    return found;
  }

  /**
   * Removes Scorebook's part of the cell's comment: the whole comment when Scorebook wrote it, else
   * the messages below the reviewer's own text.
   */
  static void removeOurPart(Cell cell) {
    Comment comment = cell.getCellComment();
    if (comment == null) {
      return;
    }
    String reviewerText = reviewerPart(comment);
    if (isOurs(comment)) {
      cell.removeCellComment();
    } else if (reviewerText != null) {
      create(cell, comment.getAuthor(), reviewerText, comment.isVisible());
    }
  }

  /**
   * Attaches {@code text} to {@code cell}: as a Scorebook comment, or below the text of a comment
   * someone else wrote, which keeps its author.
   */
  static void attach(Cell cell, String text) {
    Comment existing = cell.getCellComment();
    if (existing == null || isOurs(existing)) {
      create(cell, AUTHOR, text, false);
    } else {
      String reviewerText = existing.getString().getString();
      create(cell, existing.getAuthor(), reviewerText + separator() + text, existing.isVisible());
    }
  }

  private static boolean isOurs(Comment comment) {
    return AUTHOR.equals(comment.getAuthor());
  }

  /**
   * The reviewer's own text of a comment with Scorebook's messages below it, or null for any other.
   */
  private static String reviewerPart(Comment comment) {
    if (isOurs(comment) || comment.getString() == null) {
      return null;
    }
    String text = comment.getString().getString();
    int at = text == null ? -1 : text.lastIndexOf(separator());
    return at < 0 ? null : text.substring(0, at);
  }

  private static String separator() {
    return "\n" + Text.get("write.commentSeparator") + "\n";
  }

  /** Replaces the cell's comment (if any) with a new one, sized to {@code text}. */
  private static void create(Cell cell, String author, String text, boolean visible) {
    if (cell.getCellComment() != null) {
      cell.removeCellComment();
    }
    Sheet sheet = cell.getSheet();
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    SpreadsheetVersion limits = sheet.getWorkbook().getSpreadsheetVersion();
    int height = 1 + TextWidth.wrappedLines(text, CHARS_PER_LINE);
    // Beside the cell, to its right and down, but inside the sheet's last column and row.
    int col1 = Math.min(cell.getColumnIndex() + 1, limits.getLastColumnIndex() - WIDTH_COLUMNS);
    int row1 = Math.min(cell.getRowIndex(), limits.getLastRowIndex() - height);
    if (sheet.getCellComment(new CellAddress(row1, col1)) != null) {
      // POI takes the box's first cell for the comment's own until it is attached, and refuses
      // one that already has a comment (a reviewer's, beside ours): the box starts on the cell.
      col1 = cell.getColumnIndex();
      row1 = cell.getRowIndex();
    }
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(col1);
    anchor.setCol2(col1 + WIDTH_COLUMNS);
    anchor.setRow1(row1);
    anchor.setRow2(row1 + height);
    Comment comment = patriarch(sheet).createCellComment(anchor);
    comment.setString(helper.createRichTextString(Cells.fit(text)));
    comment.setAuthor(author == null ? "" : author);
    comment.setVisible(visible);
    cell.setCellComment(comment);
  }

  private static Drawing<?> patriarch(Sheet sheet) {
    Drawing<?> existing = sheet.getDrawingPatriarch();
    return existing != null ? existing : sheet.createDrawingPatriarch();
  }
}
