package org.scorebook.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.model.Text;
import org.scorebook.style.TextWidth;
import org.scorebook.write.EditedSheet.CommentBox;
import org.scorebook.write.EditedSheet.Note;

/**
 * Cell comments written by Scorebook, told apart from the evaluator's own by their author. A cell
 * that already carries someone else's comment keeps it: Scorebook's messages go below the
 * reviewer's text, after a separator line, and only that part is removed on the next run.
 */
public final class Comments {
  public static final String AUTHOR = "Scorebook";
  private static final int WIDTH_COLUMNS = 4;
  private static final int CHARS_PER_LINE = 36;

  private Comments() {}

  /**
   * The cells of {@code sheet} whose comment has a Scorebook part (all of it, or below a reviewer's
   * text).
   */
  static List<CellAddress> withOurPart(EditedSheet sheet) {
    List<CellAddress> found = new ArrayList<>();
    sheet
        .comments()
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
  static void removeOurPart(EditedSheet sheet, int row, int column) {
    Optional<Note> found = sheet.comment(row, column);
    if (found.isEmpty()) {
      return;
    }
    Note comment = found.get();
    String reviewerText = reviewerPart(comment);
    if (isOurs(comment)) {
      sheet.removeComment(row, column);
    } else if (reviewerText != null) {
      create(sheet, row, column, comment.author(), reviewerText, comment.visible());
    }
  }

  /**
   * Attaches {@code text} to the cell: as a Scorebook comment, or below the text of a comment
   * someone else wrote, which keeps its author.
   */
  static void attach(EditedSheet sheet, int row, int column, String text) {
    Optional<Note> existing = sheet.comment(row, column);
    if (existing.isEmpty() || isOurs(existing.get())) {
      create(sheet, row, column, AUTHOR, text, false);
    } else {
      Note reviewer = existing.get();
      create(
          sheet,
          row,
          column,
          reviewer.author(),
          reviewer.text() + separator() + text,
          reviewer.visible());
    }
  }

  private static boolean isOurs(Note comment) {
    return AUTHOR.equals(comment.author());
  }

  /**
   * The reviewer's own text of a comment with Scorebook's messages below it, or null for any other.
   */
  private static String reviewerPart(Note comment) {
    if (isOurs(comment)) {
      return null;
    }
    String text = comment.text();
    int at = text.lastIndexOf(separator());
    return at < 0 ? null : text.substring(0, at);
  }

  private static String separator() {
    return "\n" + Text.get("write.commentSeparator") + "\n";
  }

  /** Replaces the cell's comment (if any) with a new one, sized to {@code text}. */
  private static void create(
      EditedSheet sheet, int row, int column, String author, String text, boolean visible) {
    sheet.setComment(
        row, column, new Note(author, Cells.fit(text), visible), box(sheet, row, column, text));
  }

  /**
   * Beside the cell, to its right and down, {@value #WIDTH_COLUMNS} columns wide and a line higher
   * than the text wrapped at {@value #CHARS_PER_LINE} characters, but inside the sheet's last
   * column and row.
   */
  static CommentBox box(EditedSheet sheet, int row, int column, String text) {
    SpreadsheetVersion limits = sheet.version();
    int height = 1 + TextWidth.wrappedLines(text, CHARS_PER_LINE);
    int col1 = Math.min(column + 1, limits.getLastColumnIndex() - WIDTH_COLUMNS);
    int row1 = Math.min(row, limits.getLastRowIndex() - height);
    if ((col1 != column || row1 != row) && sheet.comment(row1, col1).isPresent()) {
      // POI takes the box's first cell for the comment's own until it is attached, and refuses
      // one that already has a comment (a reviewer's, beside ours): the box starts on the cell.
      col1 = column;
      row1 = row;
    }
    return new CommentBox(col1, row1, col1 + WIDTH_COLUMNS, row1 + height);
  }
}
