package org.scorebook.model;

import java.util.List;

/**
 * The sheet names of the workbook contract (version 1), in the one place both its reader and the
 * writers (template, annotated workbook, score sheet) use.
 */
public final class SheetNames {
  public static final String GUIDE = "填写说明";
  public static final String PROJECT = "项目信息";
  public static final String PARAMETERS = "评分参数";
  public static final String INDICATORS = "指标评分";
  public static final String GRADES = "等级标准";
  public static final String FINDINGS = "评价结论";

  /** Written by the processor, replaced on every run. */
  public static final String SCORE_SHEET = "评分汇总";

  /** The template's sheets, in its order. */
  public static final List<String> TEMPLATE_ORDER =
      List.of(GUIDE, PROJECT, PARAMETERS, INDICATORS, GRADES, FINDINGS);

  private SheetNames() {}

  /**
   * Trims half- and full-width spaces (and no-break spaces): how the contract compares sheet names,
   * labels and headers.
   */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Whether a sheet called {@code actual} is the contract's sheet {@code wanted}. */
  public static boolean matches(String actual, String wanted) {
    return trim(actual).equals(wanted);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u3000'
        || c == '\u00a0'
        || c == '\ufeff';
  }
}
