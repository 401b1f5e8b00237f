package org.scorebook.department;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.model.Decimals;
import org.scorebook.model.Findings;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;
import org.scorebook.style.DepartmentStyles;

/**
 * 绩效评价结果信息表: one row per project, as the published results table (seed report 004) has it: 序号,
 * 项目名称, 决算金额, 评价分值, 评价结论 and the four findings, wrapped, bordered and print-ready; with two columns
 * the published table lacks, so that a department mixing both kinds of workbook sees which is
 * which: 表样 (模板 or 自评表) after the name, and 执行率 (决算 ÷ 预算, blank when either is unknown) after the
 * amount; and 项目单位, 主管部门 and 预算金额, with a 合计 row under the projects; last, the file the project was
 * read from, with its sheet when the file holds several projects. Each project's name links to its
 * workbook when that lies in the results workbook's folder or below.
 */
final class ResultsSheet {
  static final int NAME = 1;
  static final int UNIT = 2;
  static final int DEPARTMENT = 3;
  static final int KIND = 4;
  static final int BUDGET = 5;
  static final int SPENDING = 6;
  static final int RATE = 7;
  static final int SCORE = 8;
  static final int GRADE = 9;
  static final int FIRST_FINDING = 10;
  static final int SOURCE = FIRST_FINDING + Findings.LABELS.size();
  private static final int[] WIDTHS = {6, 24, 16, 14, 8, 11, 11, 9, 9, 9, 40, 28, 28, 28, 30};

  private final Sheet sheet;
  private final DepartmentStyles styles;
  private int rows;
  private final List<String> names = new ArrayList<>();
  private final List<Double> scores = new ArrayList<>();

  private final Path folder;

  ResultsSheet(Sheet sheet, DepartmentStyles styles, Path folder) {
    this.sheet = sheet;
    this.styles = styles;
    this.folder = folder;
  }

  static String[] titles() {
    String[] titles = new String[WIDTHS.length];
    titles[0] = Text.get("department.col.index");
    titles[NAME] = Text.get("department.col.name");
    titles[UNIT] = Text.get("department.col.unit");
    titles[DEPARTMENT] = Text.get("department.col.department");
    titles[KIND] = Text.get("department.col.kind");
    titles[BUDGET] = Text.get("department.col.budget");
    titles[SPENDING] = Text.get("department.col.spending");
    titles[RATE] = Text.get("department.col.rate");
    titles[SCORE] = Text.get("department.col.score");
    titles[GRADE] = Text.get("department.col.grade");
    for (int i = 0; i < Findings.LABELS.size(); i++) {
      titles[FIRST_FINDING + i] = Findings.LABELS.get(i);
    }
    titles[SOURCE] = Text.get("department.col.source");
    return titles;
  }

  void write(List<ProjectResult> projects, String title) {
    Sheets.header(sheet, styles, titles(), WIDTHS);
    for (ProjectResult project : projects) {
      row(project);
    }
    if (rows > 0) {
      sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, WIDTHS.length - 1));
      totals(projects);
    }
    Sheets.printReady(sheet, title, 2);
  }

  /**
   * 合计 under the projects: the sums of 预算金额 and 决算金额 over the projects that give them, and the 执行率
   * of those that give both. Outside the filter's range, so that sorting leaves it last.
   */
  private void totals(List<ProjectResult> projects) {
    Row row = sheet.createRow(rows + 1);
    Sheets.blank(row, 0, styles.centered());
    Sheets.text(row, NAME, Text.get("department.totals", projects.size()), styles.label());
    for (int c = UNIT; c < WIDTHS.length; c++) {
      if (c != BUDGET && c != SPENDING && c != RATE) {
        Sheets.blank(row, c, styles.text());
      }
    }
    amountOrBlank(row, BUDGET, sum(projects, ProjectResult::budget));
    amountOrBlank(row, SPENDING, sum(projects, ProjectResult::spending));
    List<ProjectResult> both =
        projects.stream().filter(p -> p.executionRate().isPresent()).toList();
    double budget = sum(both, ProjectResult::budget).orElse(0);
    if (budget > 0) {
      double spent = sum(both, ProjectResult::spending).orElse(0);
      Sheets.number(row, RATE, Decimals.round(spent / budget, 4), styles.rate());
    } else {
      Sheets.blank(row, RATE, styles.rate());
    }
  }

  private static OptionalDouble sum(
      List<ProjectResult> projects, Function<ProjectResult, OptionalDouble> amount) {
    List<OptionalDouble> given =
        projects.stream().map(amount).filter(OptionalDouble::isPresent).toList();
    return given.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(given.stream().mapToDouble(OptionalDouble::getAsDouble).sum());
  }

  private void amountOrBlank(Row row, int column, OptionalDouble amount) {
    if (amount.isPresent()) {
      Sheets.number(row, column, amount.getAsDouble(), styles.amount());
    } else {
      Sheets.blank(row, column, styles.amount());
    }
  }

  private void row(ProjectResult project) {
    rows++;
    Row row = sheet.createRow(rows);
    Sheets.number(row, 0, rows, styles.centered());
    Sheets.fileLink(
        Sheets.text(row, NAME, project.name(), styles.text()),
        folder,
        project.file(),
        styles.link());
    Sheets.text(row, UNIT, project.unit(), styles.text());
    Sheets.text(row, DEPARTMENT, project.department(), styles.text());
    Sheets.text(row, KIND, kindLabel(project.kind()), styles.centered());
    amountOrBlank(row, BUDGET, project.budget());
    amountOrBlank(row, SPENDING, project.spending());
    OptionalDouble rate = project.executionRate();
    if (rate.isPresent()) {
      Sheets.number(row, RATE, Decimals.round(rate.getAsDouble(), 4), styles.rate());
    } else {
      Sheets.blank(row, RATE, styles.rate());
    }
    double score = Decimals.round2(project.score());
    Sheets.number(row, SCORE, score, styles.score());
    names.add(project.name());
    scores.add(score);
    Sheets.text(row, GRADE, project.grade(), styles.centered());
    int lines =
        Math.max(
            Sheets.lines(project.name(), WIDTHS[NAME]),
            Math.max(
                Sheets.lines(project.unit(), WIDTHS[UNIT]),
                Sheets.lines(project.department(), WIDTHS[DEPARTMENT])));
    for (int i = 0; i < project.findings().size(); i++) {
      String text = project.findings().get(i);
      Sheets.text(row, FIRST_FINDING + i, text, styles.text());
      lines = Math.max(lines, Sheets.lines(text, WIDTHS[FIRST_FINDING + i]));
    }
    Sheets.text(row, SOURCE, project.source(), styles.text());
    lines = Math.max(lines, Sheets.lines(project.source(), WIDTHS[SOURCE]));
    row.setHeightInPoints(Sheets.height(lines));
  }

  /** 模板 or 自评表: short enough for a narrow column (another kind's short name is its full one). */
  static String kindLabel(WorkbookKind kind) {
    return kind.shortName();
  }

  /** Where the project names and scores are, for the chart on 总览. */
  ChartSource scoreColumn() {
    return new ChartSource(sheet.getSheetName(), names, scores);
  }

  /**
   * The names (column B) and scores (column F) of the project rows, with their values for the
   * chart's cache.
   */
  record ChartSource(String sheetName, List<String> names, List<Double> scores) {
    ChartSource {
      names = List.copyOf(names);
      scores = List.copyOf(scores);
    }

    int count() {
      return names.size();
    }

    String namesRange() {
      return range(NAME);
    }

    String scoresRange() {
      return range(SCORE);
    }

    private String range(int column) {
      return new CellRangeAddress(1, Math.max(1, count()), column, column)
          .formatAsString(sheetName, true);
    }
  }
}
