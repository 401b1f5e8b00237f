package org.scorebook.department;

import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.scorebook.model.Decimals;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;
import org.scorebook.style.PageLayout;

/**
 * 总览: the counts, the score statistics, the money and the grade distribution in two small tables on
 * the left, and two charts on the right (every project's score; projects per grade).
 */
final class OverviewSheet {
  static final int FIRST_FIGURE_ROW = 3;
  static final int CHART_COLUMN = 4;
  private static final int[] WIDTHS = {26, 14, 10};

  private final XSSFSheet sheet;
  private final DepartmentStyles styles;
  private int next;

  OverviewSheet(XSSFSheet sheet, DepartmentStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  void write(Consolidation consolidation, String title, ResultsSheet.ChartSource scores) {
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    Row titleRow = sheet.createRow(0);
    Sheets.text(titleRow, 0, Text.get("department.overview.title", title), styles.title());
    titleRow.setHeightInPoints(24);
    Sheets.text(sheet.createRow(1), 0, Text.get("department.overview.note"), styles.note());
    next = FIRST_FIGURE_ROW;
    figures(consolidation);
    next++;
    int gradeHeader = next;
    int gradeRows = grades(consolidation);
    Charts charts = new Charts(sheet);
    int scoreChartEnd = charts.scores(scores, CHART_COLUMN, FIRST_FIGURE_ROW);
    int bottom =
        charts.grades(
            new CellRangeAddress(gradeHeader + 1, gradeHeader + gradeRows, 0, 0),
            new CellRangeAddress(gradeHeader + 1, gradeHeader + gradeRows, 1, 1),
            CHART_COLUMN,
            scoreChartEnd + 1);
    // The print area takes in the charts: LibreOffice sizes the page by the cells alone.
    sheet
        .getWorkbook()
        .setPrintArea(
            sheet.getWorkbook().getSheetIndex(sheet),
            0,
            CHART_COLUMN + Charts.CHART_COLUMNS,
            0,
            bottom);
    PageLayout.a4FitToWidth(sheet, true, 1);
  }

  private void figures(Consolidation consolidation) {
    header(Text.get("department.overview.item"), Text.get("department.overview.value"));
    count("department.overview.workbooks", consolidation.workbooks());
    count("department.overview.projects", consolidation.projects().size());
    count(
        consolidation.hasSeveralProjectWorkbooks()
            ? "department.overview.problemEntries"
            : "department.overview.problems",
        consolidation.problems().size());
    score("department.overview.mean", consolidation.meanScore());
    score("department.overview.max", consolidation.maxScore());
    score("department.overview.min", consolidation.minScore());
    amount("department.overview.budget", consolidation.totalBudget());
    amount("department.overview.spending", consolidation.totalSpending());
    Row row = labelled("department.overview.rate");
    OptionalDouble rate = consolidation.executionRate();
    if (rate.isPresent()) {
      Sheets.number(row, 1, Decimals.round(rate.getAsDouble(), 4), styles.rate());
    } else {
      Sheets.text(row, 1, Text.get("department.overview.none"), styles.centered());
    }
  }

  /** The grade table; returns the number of grade rows. */
  private int grades(Consolidation consolidation) {
    Row header =
        header(Text.get("department.overview.grade"), Text.get("department.overview.count"));
    Sheets.text(header, 2, Text.get("department.overview.share"), styles.header());
    int projects = consolidation.projects().size();
    Map<String, Integer> counts = consolidation.gradeCounts();
    for (Map.Entry<String, Integer> grade : counts.entrySet()) {
      Row row = sheet.createRow(next++);
      Sheets.text(row, 0, grade.getKey(), styles.centered());
      Sheets.number(row, 1, grade.getValue(), styles.centered());
      if (projects > 0) {
        Sheets.number(
            row, 2, Decimals.round((double) grade.getValue() / projects, 4), styles.rate());
      } else {
        Sheets.text(row, 2, Text.get("department.overview.none"), styles.centered());
      }
    }
    return counts.size();
  }

  private Row header(String first, String second) {
    Row row = sheet.createRow(next++);
    Sheets.text(row, 0, first, styles.header());
    Sheets.text(row, 1, second, styles.header());
    return row;
  }

  private Row labelled(String key) {
    Row row = sheet.createRow(next++);
    Sheets.text(row, 0, Text.get(key), styles.label());
    return row;
  }

  private void count(String key, int value) {
    Sheets.number(labelled(key), 1, value, styles.centered());
  }

  private void score(String key, OptionalDouble value) {
    Row row = labelled(key);
    if (value.isPresent()) {
      Sheets.number(row, 1, Decimals.round2(value.getAsDouble()), styles.score());
    } else {
      Sheets.text(row, 1, Text.get("department.overview.none"), styles.centered());
    }
  }

  private void amount(String key, double value) {
    Sheets.number(labelled(key), 1, Decimals.round(value, 6), styles.amountCentered());
  }
}
