package org.scorebook.read;

import java.util.regex.Pattern;

/** Recognises an Excel formula's references to cells, which Scorebook's formulas cannot have. */
public final class ExcelReferences {
  /**
   * {@code C11}, {@code $C$11}, {@code Sheet1!C11}, {@code A1:B2}: one to three letters and a row
   * number, not part of a longer name and not a function's name ({@code log10(}).
   */
  private static final Pattern CELL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.])\\$?[A-Z]{1,3}\\$?[1-9][0-9]{0,6}(?![\\p{L}\\p{N}_.(（])",
          Pattern.CASE_INSENSITIVE);

  private ExcelReferences() {}

  /** Whether {@code formula}, as typed (half- or full-width), refers to a cell. */
  public static boolean refersToCells(String formula) {
    return CELL.matcher(Labels.halfWidth(formula)).find();
  }
}
