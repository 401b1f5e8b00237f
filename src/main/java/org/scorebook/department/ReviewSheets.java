package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;

/**
 * The sheets of the reviewed projects (declarations): 审核结果, one row per project with its errors,
 * warnings and suggested grade; 常见问题, the findings counted by rule, most frequent first; 退回修改, the
 * projects with any error and their first errors.
 */
final class ReviewSheets {
  private static final int[] RESULT_WIDTHS = {6, 36, 30, 20, 14, 7, 7, 9};
  private static final int[] RULE_WIDTHS = {6, 20, 12, 12};
  private static final int[] BACK_WIDTHS = {6, 36, 30, 7, 70};

  private final DepartmentStyles styles;
  private final Path folder;

  ReviewSheets(DepartmentStyles styles, Path folder) {
    this.styles = styles;
    this.folder = folder;
  }

  /** 审核结果: 序号, 文件 · 工作表 (a link), 项目名称, 单位, 年度金额, 错误, 提示, 建议等级. */
  void results(Sheet sheet, List<ReviewResult> reviews, String title) {
    Sheets.header(
        sheet,
        styles,
        headers(
            "department.col.index",
            "department.col.source",
            "department.col.name",
            "department.review.col.unit",
            "department.review.col.yearAmount",
            "department.review.col.errors",
            "department.review.col.warnings",
            "department.review.col.grade"),
        RESULT_WIDTHS);
    int r = 0;
    for (ReviewResult review : reviews) {
      Row row = sheet.createRow(++r);
      Sheets.number(row, 0, r, styles.centered());
      source(row, review);
      Sheets.text(row, 2, review.name(), styles.text());
      Sheets.text(row, 3, review.unit(), styles.text());
      if (review.yearAmount().isPresent()) {
        Sheets.number(row, 4, review.yearAmount().getAsDouble(), styles.amount());
      } else {
        Sheets.blank(row, 4, styles.amount());
      }
      Sheets.number(row, 5, review.errors(), styles.centered());
      Sheets.number(row, 6, review.warnings(), styles.centered());
      Sheets.text(row, 7, review.grade(), styles.centered());
      row.setHeightInPoints(
          Sheets.height(
              Math.max(
                  Sheets.lines(review.source(), RESULT_WIDTHS[1]),
                  Sheets.lines(review.name(), RESULT_WIDTHS[2]))));
    }
    Sheets.printReady(sheet, title, 0);
  }

  /** 常见问题: 序号, 问题类别 (the rule), 问题条数, 涉及项目数. */
  void frequent(Sheet sheet, List<RuleCount> rules, String title) {
    Sheets.header(
        sheet,
        styles,
        headers(
            "department.col.index",
            "department.review.col.rule",
            "department.review.col.findings",
            "department.review.col.projects"),
        RULE_WIDTHS);
    int r = 0;
    for (RuleCount rule : rules) {
      Row row = sheet.createRow(++r);
      Sheets.number(row, 0, r, styles.centered());
      Sheets.text(row, 1, rule.rule(), styles.text());
      Sheets.number(row, 2, rule.findings(), styles.centered());
      Sheets.number(row, 3, rule.projects(), styles.centered());
    }
    Sheets.printReady(sheet, title, 0);
  }

  /** 退回修改: 序号, 文件 · 工作表 (a link), 项目名称, 错误数, the first errors. */
  void sentBack(Sheet sheet, List<ReviewResult> reviews, String title) {
    Sheets.header(
        sheet,
        styles,
        headers(
            "department.col.index",
            "department.col.source",
            "department.col.name",
            "department.review.col.errors",
            "department.review.col.firstErrors"),
        BACK_WIDTHS);
    int r = 0;
    for (ReviewResult review : reviews) {
      Row row = sheet.createRow(++r);
      Sheets.number(row, 0, r, styles.centered());
      source(row, review);
      Sheets.text(row, 2, review.name(), styles.text());
      Sheets.number(row, 3, review.errors(), styles.centered());
      String errors = firstErrors(review);
      Sheets.text(row, 4, errors, styles.text());
      row.setHeightInPoints(
          Sheets.height(
              Math.max(
                  Sheets.lines(errors, BACK_WIDTHS[4]),
                  Sheets.lines(review.source(), BACK_WIDTHS[1]))));
    }
    Sheets.printReady(sheet, title, 0);
  }

  /** The first errors, one a line, and how many there are in all when more. */
  static String firstErrors(ReviewResult review) {
    List<String> first = review.firstErrors();
    String text = String.join("\n", first);
    if (review.errors() > first.size()) {
      text += "\n" + Text.get("department.review.moreErrors", review.errors());
    }
    return text;
  }

  private void source(Row row, ReviewResult review) {
    Sheets.fileLink(
        Sheets.text(row, 1, review.source(), styles.text()), folder, review.file(), styles.link());
  }

  private static String[] headers(String... keys) {
    String[] titles = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      titles[i] = Text.get(keys[i]);
    }
    return titles;
  }
}
