package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;

/**
 * 问题清单: every workbook or project left out of the results, in input order, with its file (and its
 * sheet when the file holds several projects), its project when known, the number of errors (or
 * 无法读取 / 无法评分 / 未能处理, or 重复 for another copy of a counted project) and the first error messages or
 * the reason.
 */
final class ProblemsSheet {
  private static final int[] WIDTHS = {6, 36, 28, 9, 70};

  private final Sheet sheet;
  private final DepartmentStyles styles;

  private final Path folder;

  ProblemsSheet(Sheet sheet, DepartmentStyles styles, Path folder) {
    this.sheet = sheet;
    this.styles = styles;
    this.folder = folder;
  }

  void write(List<Problem> problems, String title) {
    Sheets.header(
        sheet,
        styles,
        new String[] {
          Text.get("department.col.index"),
          Text.get("department.col.file"),
          Text.get("department.col.name"),
          Text.get("department.col.errors"),
          Text.get("department.col.reason")
        },
        WIDTHS);
    int r = 0;
    for (Problem problem : problems) {
      Row row = sheet.createRow(++r);
      Sheets.number(row, 0, r, styles.centered());
      String file = problem.source();
      Sheets.fileLink(
          Sheets.text(row, 1, file, styles.text()), folder, problem.file(), styles.link());
      Sheets.text(row, 2, problem.project().orElse(""), styles.text());
      if (problem.kind() == Problem.Kind.ERRORS) {
        Sheets.number(row, 3, problem.errors().getAsLong(), styles.centered());
      } else {
        Sheets.text(row, 3, problem.kind().label(), styles.centered());
      }
      String reason = reason(problem);
      Sheets.text(row, 4, reason, styles.text());
      int lines = Math.max(Sheets.lines(reason, WIDTHS[4]), Sheets.lines(file, WIDTHS[1]));
      row.setHeightInPoints(
          Sheets.height(Math.max(lines, Sheets.lines(problem.project().orElse(""), WIDTHS[2]))));
    }
    Sheets.printReady(sheet, title, 0);
  }

  static String reason(Problem problem) {
    String text = String.join("\n", problem.messages());
    long errors = problem.errors().orElse(0);
    if (errors > problem.messages().size()) {
      text += "\n" + Text.get("department.moreErrors", errors);
    }
    return text;
  }
}
