package org.scorebook.read;

/**
 * One cell of a {@link CellGrid}: what it holds and how it is formatted, the raw material of "what
 * the cell shows" ({@link SheetCells}) and "the number in it" ({@link CellNumbers}).
 */
public interface GridCell {

  /** What a cell holds, or what a formula's saved result is. */
  enum Kind {
    BLANK,
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR,
    FORMULA
  }

  /** A cell's number format: Excel's index and the format's text (null if none is known). */
  record NumberFormat(int index, String format) {}

  /** A formula's calculated result, of kind NUMBER, TEXT, BOOLEAN, ERROR or BLANK. */
  record Result(Kind kind, double number, String text, boolean bool, byte error) {
    static Result number(double value) {
      return new Result(Kind.NUMBER, value, null, false, (byte) 0);
    }

    static Result text(String value) {
      return new Result(Kind.TEXT, 0, value, false, (byte) 0);
    }

    static Result bool(boolean value) {
      return new Result(Kind.BOOLEAN, 0, null, value, (byte) 0);
    }

    static Result error(byte code) {
      return new Result(Kind.ERROR, 0, null, false, code);
    }
  }

  int row();

  int column();

  /** What the cell holds; FORMULA for a formula, whatever its result. */
  Kind kind();

  /** A formula's saved result: NUMBER, TEXT, BOOLEAN, ERROR (or BLANK in .xls). */
  Kind resultKind();

  /** The number of a NUMBER cell, or of a formula's NUMBER result. */
  double number();

  /** The text of a TEXT cell, or of a formula's TEXT result. */
  String text();

  /** The value of a BOOLEAN cell, or of a formula's BOOLEAN result. */
  boolean bool();

  /** The error code of an ERROR cell, or of a formula's ERROR result. */
  byte error();

  /** A formula cell's formula, without the leading =. */
  String formula();

  /** Whether the file saved a result for this formula cell (any other cell: true). */
  boolean resultSaved();

  /** The cell's number format; null when the cell has no style at all. */
  NumberFormat format();

  /** What the cell shows when formatting it failed: POI's own text for the cell. */
  String fallbackText();
}
