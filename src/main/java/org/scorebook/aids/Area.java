package org.scorebook.aids;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scorebook.model.CellRef;

/**
 * A rectangle of cells, 0-based and inclusive, as an aid covers it. {@link #a1()} writes it as
 * Excel does in a sheet's XML: {@code C2:C25}, or {@code D26} for one cell.
 */
public record Area(int firstRow, int lastRow, int firstColumn, int lastColumn) {

  public Area {
    if (firstRow < 0 || lastRow < 0 || firstColumn < 0 || lastColumn < 0) {
      throw new IllegalArgumentException(
          "negative: " + firstRow + ".." + lastRow + ", " + firstColumn + ".." + lastColumn);
    }
  }

  public static Area cell(int row, int column) {
    return new Area(row, row, column, column);
  }

  /** The cells of one column from {@code firstRow} to {@code lastRow}. */
  public static Area column(int column, int firstRow, int lastRow) {
    return new Area(firstRow, lastRow, column, column);
  }

  public boolean isOneCell() {
    return firstRow == lastRow && firstColumn == lastColumn;
  }

  /** {@code C2:C25}, or {@code D26} for a single cell, without {@code $}. */
  public String a1() {
    String first = CellRef.columnLetters(firstColumn) + (firstRow + 1);
    return isOneCell() ? first : first + ":" + CellRef.columnLetters(lastColumn) + (lastRow + 1);
  }

  /** {@code $A$1:$K$25}, as a defined name refers to it. */
  public String absolute() {
    return "$"
        + CellRef.columnLetters(firstColumn)
        + "$"
        + (firstRow + 1)
        + ":$"
        + CellRef.columnLetters(lastColumn)
        + "$"
        + (lastRow + 1);
  }

  /** The areas in a sheet's {@code sqref} form: their {@link #a1()} separated by spaces. */
  public static String sqref(List<Area> areas) {
    return areas.stream().map(Area::a1).collect(Collectors.joining(" "));
  }

  /**
   * An {@code sqref} as it reads once each reference is written the way {@link #a1()} writes it:
   * {@code $D$2:$D$25 d26:D26} becomes {@code D2:D25 D26}. A reference of another form (a whole
   * column, say) keeps its text, without {@code $} and in capitals.
   */
  public static String canonicalSqref(String sqref) {
    List<String> references = new ArrayList<>();
    for (String token : sqref.strip().split("\\s+")) {
      if (!token.isEmpty()) {
        references.add(canonicalReference(token));
      }
    }
    return String.join(" ", references);
  }

  private static String canonicalReference(String token) {
    String plain = token.replace("$", "").toUpperCase(Locale.ROOT);
    String[] ends = plain.split(":", -1);
    if (ends.length == 2 && ends[0].equals(ends[1]) && isCell(ends[0])) {
      return ends[0];
    }
    return plain;
  }

  private static boolean isCell(String reference) {
    return reference.matches("[A-Z]{1,3}[0-9]+");
  }

  /**
   * Joins areas that together make a larger rectangle (two columns side by side over the same rows,
   * say) or lie one inside another, repeating until nothing more joins: the ranges a conditional
   * format is saved with, which may read differently from the areas it was given.
   */
  public static List<Area> merged(List<Area> areas) {
    List<Area> list = new ArrayList<>(areas);
    while (list.size() > 1) {
      boolean mergedAny = false;
      for (int i = 0; i < list.size(); i++) {
        Area first = list.get(i);
        for (int j = i + 1; j < list.size(); j++) {
          Area joined = join(first, list.get(j));
          if (joined == null) {
            continue;
          }
          mergedAny = true;
          first = joined;
          list.set(i, joined);
          list.remove(j--);
        }
      }
      if (!mergedAny) {
        break;
      }
    }
    return List.copyOf(list);
  }

  /** The one area two areas make together, or null when they make none. */
  private static Area join(Area a, Area b) {
    boolean apart =
        a.firstRow > b.lastRow
            || a.lastRow < b.firstRow
            || a.firstColumn > b.lastColumn
            || a.lastColumn < b.firstColumn;
    if (apart) {
      return sharesWholeSide(a, b) ? enclosing(a, b) : null;
    }
    if (a.contains(b)) {
      return a;
    }
    if (b.contains(a)) {
      return b;
    }
    return null; // overlapping in part: left as two
  }

  private boolean contains(Area other) {
    return firstRow <= other.firstRow
        && lastRow >= other.lastRow
        && firstColumn <= other.firstColumn
        && lastColumn >= other.lastColumn;
  }

  private static boolean sharesWholeSide(Area a, Area b) {
    if (a.firstRow > 0 && a.firstRow - 1 == b.lastRow
        || b.firstRow > 0 && b.firstRow - 1 == a.lastRow) {
      return a.firstColumn == b.firstColumn && a.lastColumn == b.lastColumn;
    }
    if (a.firstColumn > 0 && a.firstColumn - 1 == b.lastColumn
        || b.firstColumn > 0 && b.firstColumn - 1 == a.lastColumn) {
      return a.firstRow == b.firstRow && a.lastRow == b.lastRow;
    }
    return false;
  }

  private static Area enclosing(Area a, Area b) {
    return new Area(
        Math.min(a.firstRow, b.firstRow),
        Math.max(a.lastRow, b.lastRow),
        Math.min(a.firstColumn, b.firstColumn),
        Math.max(a.lastColumn, b.lastColumn));
  }
}
