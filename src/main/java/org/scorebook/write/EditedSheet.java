package org.scorebook.write;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellAddress;

/**
 * An existing sheet of the evaluator's workbook while Scorebook writes its results into it: what
 * the writers of results and marks ({@link IndicatorAnnotator}, {@link FormResults}, {@link
 * CellAnnotations}) read of a sheet and everything they change in it. Rows and columns are 0-based;
 * a cell's format is an index into the workbook's cell formats ({@link
 * org.scorebook.style.CellFormats}). What is read shows every change made before.
 *
 * <p>{@link org.scorebook.save.PoiSheet} edits a sheet loaded into POI; {@link
 * org.scorebook.partsave.XmlSheet} edits the worksheet part's XML, with its comments, without
 * loading the workbook.
 */
public interface EditedSheet {
  /** The sheet's name. */
  String name();

  /** Which kind of workbook the sheet is in, for its last row and column. */
  SpreadsheetVersion version();

  /** The columns of the cells that {@code row} has, blank ones too, in order; none for no row. */
  List<Integer> columns(int row);

  /** The cell's format, or empty when the sheet has no cell there. */
  OptionalInt format(int row, int column);

  /** The format a cell added to {@code column} gets: the column's own, else the default. */
  int newCellFormat(int column);

  /** The cell's format, or for a cell the sheet lacks the format a new one there gets. */
  default int formatOrNew(int row, int column) {
    return format(row, column).orElseGet(() -> newCellFormat(column));
  }

  /** What the cell holds; {@link CellValue#BLANK} for a cell the sheet lacks. */
  CellValue value(int row, int column);

  /** The formula the cell holds, without its leading {@code =}; empty for any other cell. */
  Optional<String> formula(int row, int column);

  /**
   * The number the cell's formula gives now, with every change made before; empty when it gives
   * none (an error value such as {@code #REF!}, a text) or cannot be calculated.
   */
  OptionalDouble calculated(int row, int column);

  /** Makes the cell a number with {@code format}, dropping any formula or text it held. */
  void setNumber(int row, int column, double value, int format);

  /** Makes the cell a text with {@code format}, dropping any formula or value it held. */
  void setText(int row, int column, String text, int format);

  /** Empties the cell of any value and formula and gives it {@code format}. */
  void setBlank(int row, int column, int format);

  /** Gives the cell {@code format}, keeping what it holds; a missing cell is added, blank. */
  void setFormat(int row, int column, int format);

  /** The column's width in 1/256 of a character, its own or the sheet's default. */
  int columnWidth(int column);

  void setColumnWidth(int column, int width);

  /** The row's height in points: its own, else the sheet's default. */
  float rowHeight(int row);

  void setRowHeight(int row, float points);

  /** Every cell comment of the sheet, by cell. */
  Map<CellAddress, Note> comments();

  /** The cell's comment, if it has one. */
  Optional<Note> comment(int row, int column);

  /** Gives the cell {@code note} in place of any comment it had, shown in {@code box}. */
  void setComment(int row, int column, Note note, CommentBox box);

  /** Removes the cell's comment, if it has one. */
  void removeComment(int row, int column);

  /** What a cell holds, as far as the writers look: the kind of value, and a text's text. */
  record CellValue(Kind kind, String text) {
    public static final CellValue BLANK = new CellValue(Kind.BLANK, "");

    public enum Kind {
      BLANK,
      TEXT,
      NUMBER,
      BOOLEAN,
      ERROR,
      FORMULA
    }

    public static CellValue text(String text) {
      return new CellValue(Kind.TEXT, text == null ? "" : text);
    }

    public static CellValue of(Kind kind) {
      return kind == Kind.BLANK ? BLANK : new CellValue(kind, "");
    }

    public boolean isText() {
      return kind == Kind.TEXT;
    }

    /** Nothing a person would see as content: no value, or only spaces. */
    boolean isBlank() {
      return kind == Kind.BLANK || kind == Kind.TEXT && text.isBlank();
    }
  }

  /** A cell comment: its author ("" for none), its text and whether it shows without hovering. */
  record Note(String author, String text, boolean visible) {
    public Note {
      author = author == null ? "" : author;
      text = text == null ? "" : text;
    }
  }

  /**
   * Where a comment's box shows: from the top left of cell ({@code firstRow}, {@code firstColumn})
   * to the top left of ({@code lastRow}, {@code lastColumn}).
   */
  record CommentBox(int firstColumn, int firstRow, int lastColumn, int lastRow) {}
}
