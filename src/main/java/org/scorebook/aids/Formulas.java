package org.scorebook.aids;

import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Text;

/**
 * The Excel formulas of the aids for one table, written for its first row (Excel moves relative
 * references down the range). Codes are contract v1's letter codes: the children of {@code A} are
 * {@code A1} … {@code A99}, those of {@code A1} are {@code A1.1} … {@code A1.99}; the wildcard
 * {@code ?} of COUNTIF and SUMIF stands for one character, which Excel, WPS and LibreOffice all
 * understand in an .xlsx workbook.
 */
final class Formulas {
  private final IndicatorTable table;

  Formulas(IndicatorTable table) {
    this.table = table;
  }

  /** This row's cell of {@code column}, the column fixed: {@code $G2}. */
  private String here(IndicatorColumn column) {
    return "$" + CellRef.columnLetters(table.columns().get(column)) + (table.firstRow() + 1);
  }

  /** The whole column of the table, fixed: {@code $A$2:$A$40}. */
  private String all(IndicatorColumn column) {
    String letters = CellRef.columnLetters(table.columns().get(column));
    return "$"
        + letters
        + "$"
        + (table.firstRow() + 1)
        + ":$"
        + letters
        + "$"
        + (table.lastRow() + 1);
  }

  /** How many children this row's code has. */
  private String children() {
    String code = here(IndicatorColumn.CODE);
    String codes = all(IndicatorColumn.CODE);
    return "IF(LEN("
        + code
        + ")=1,COUNTIF("
        + codes
        + ","
        + code
        + "&\"?\")+COUNTIF("
        + codes
        + ","
        + code
        + "&\"??\"),COUNTIF("
        + codes
        + ","
        + code
        + "&\".?\")+COUNTIF("
        + codes
        + ","
        + code
        + "&\".??\"))";
  }

  /** The sum of the children's 分值. */
  private String childrenSum() {
    String code = here(IndicatorColumn.CODE);
    String codes = all(IndicatorColumn.CODE);
    String fulls = all(IndicatorColumn.FULL);
    return "IF(LEN("
        + code
        + ")=1,SUMIF("
        + codes
        + ","
        + code
        + "&\"?\","
        + fulls
        + ")+SUMIF("
        + codes
        + ","
        + code
        + "&\"??\","
        + fulls
        + "),SUMIF("
        + codes
        + ","
        + code
        + "&\".?\","
        + fulls
        + ")+SUMIF("
        + codes
        + ","
        + code
        + "&\".??\","
        + fulls
        + "))";
  }

  /** A leaf with both 评分公式 and 人工得分 filled. */
  String leafWithBoth() {
    return "AND("
        + here(IndicatorColumn.CODE)
        + "<>\"\","
        + here(IndicatorColumn.FORMULA)
        + "<>\"\","
        + here(IndicatorColumn.MANUAL)
        + "<>\"\","
        + children()
        + "=0)";
  }

  /** A score typed below 分值 with no reason given. */
  String deductionWithoutReason(IndicatorColumn typed) {
    String score = here(typed);
    String full = here(IndicatorColumn.FULL);
    return "AND(ISNUMBER("
        + score
        + "),ISNUMBER("
        + full
        + "),"
        + score
        + "<"
        + full
        + ",LEN(TRIM("
        + here(IndicatorColumn.REASON)
        + "))=0)";
  }

  /** A parent whose 分值 is filled and differs from the sum of its children's. */
  String parentOffSum() {
    String full = here(IndicatorColumn.FULL);
    return "AND(ISNUMBER("
        + full
        + "),"
        + children()
        + ">0,ABS("
        + full
        + "-"
        + childrenSum()
        + ")>0.005)";
  }

  /** A score above the row's 分值 (the self-evaluation form). */
  String scoreAboveFull() {
    String score = here(IndicatorColumn.SCORE);
    String full = here(IndicatorColumn.FULL);
    return "AND(ISNUMBER(" + score + "),ISNUMBER(" + full + ")," + score + ">" + full + ")";
  }

  /**
   * The validation of a typed score: a number from 0 to the row's 分值 (any number when 分值 is blank).
   * Relative to the first cell, as a validation formula is.
   */
  String withinFull(IndicatorColumn typed) {
    String score = CellRef.columnLetters(table.columns().get(typed)) + (table.firstRow() + 1);
    String full = here(IndicatorColumn.FULL);
    return "AND(ISNUMBER("
        + score
        + "),"
        + score
        + ">=0,OR("
        + full
        + "=\"\","
        + score
        + "<="
        + full
        + "))";
  }

  /** The sum of the top-level 分值 (codes of one character). */
  String topLevelSum() {
    return "SUMIF(" + all(IndicatorColumn.CODE) + ",\"?\"," + all(IndicatorColumn.FULL) + ")";
  }

  /** ✓ or ✗ beside the sum in {@code sum}. */
  static String verdict(String sum) {
    return "IF(ROUND("
        + sum
        + ",2)=100,\""
        + Text.get("aids.check.ok")
        + "\",\""
        + Text.get("aids.check.wrong")
        + "\")";
  }

  /** The rule that turns the verdict red. */
  static String offHundred(String sum) {
    return "ROUND(" + sum + ",2)<>100";
  }
}
