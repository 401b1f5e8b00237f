package org.scorebook.department;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.scorebook.model.Decimals;
import org.scorebook.model.Findings;
import org.scorebook.model.Text;
import org.scorebook.report.ChineseDates;
import org.scorebook.report.EvaluationReport;
import org.scorebook.report.ReportDocument;
import org.scorebook.report.ReportDocument.Cell;
import org.scorebook.report.ReportText;

/**
 * The department's report draft ({@code summary --report}), made from the same {@link
 * Consolidation} the results workbook shows: the overall figures with the grade distribution and
 * the average, the workbooks left out, and on landscape pages the results table of seed report 004
 * (项目名称, 决算金额, 评价分值, 评价结论, 主要绩效, 存在问题, 整改建议, 整改情况), in the results workbook's order; reviewed
 * declarations get a section of their own ({@link ReviewReportSection}). It lives here rather than
 * in {@code report}: this package already depends on {@code report} (through {@code Scorebook}), so
 * {@code report} reading {@code Consolidation} would make a cycle.
 */
public final class DepartmentReport {
  private final Consolidation consolidation;
  private final ReportDocument doc = new ReportDocument();

  private DepartmentReport(Consolidation consolidation) {
    this.consolidation = consolidation;
  }

  /** {@code 2018年度绩效评价结果.xlsx} → {@code 2018年度绩效评价结果.评价报告.docx}, beside it. */
  public static Path pathFor(Path results) {
    return results.resolveSibling(EvaluationReport.fileNameFor(results.getFileName().toString()));
  }

  /**
   * Writes the report of {@code consolidation} under {@code title} (the results workbook's name),
   * made at {@code at} by Scorebook {@code version}, to {@code out}; the caller owns the stream.
   */
  public static void write(
      Consolidation consolidation, String title, String version, ZonedDateTime at, OutputStream out)
      throws IOException {
    DepartmentReport report = new DepartmentReport(consolidation);
    try {
      report.build(title, version, at);
      report.doc.write(out);
    } finally {
      report.doc.close();
    }
  }

  private void build(String title, String version, ZonedDateTime at) {
    doc.space(1);
    doc.title(title);
    boolean onlyReviews = consolidation.projects().isEmpty() && !consolidation.reviews().isEmpty();
    doc.centered(
        Text.get(onlyReviews ? "department.review.report.subtitle" : "department.report.subtitle"));
    doc.centered(ChineseDates.month(at));
    doc.space(1);
    if (!onlyReviews) {
      overview();
      problems();
      doc.landscape();
      results();
      if (!consolidation.reviews().isEmpty()) {
        reviews(Text.get("department.review.report.fourth"));
      }
    } else {
      reviews(Text.get("department.review.report.first"));
      if (!consolidation.problems().isEmpty()) {
        problems();
      }
    }
    doc.note(
        Text.get(
            "department.report.note", version, ChineseDates.day(at), consolidation.workbooks()));
  }

  /**
   * The reviewed declarations: after the scored projects' sections, or alone first when no project
   * was scored (then the workbooks left out follow, when there are any).
   */
  private void reviews(String number) {
    new ReviewReportSection(consolidation, doc).write(number);
  }

  private void overview() {
    doc.heading(1, Text.get("department.report.overview"));
    doc.placeholder(Text.get("department.report.placeholder"));
    List<ProjectResult> projects = consolidation.projects();
    if (projects.isEmpty()) {
      doc.paragraph(Text.get("department.report.noProjects", consolidation.workbooks()));
      return;
    }
    doc.paragraph(
        Text.get(
            "department.report.figures",
            consolidation.workbooks(),
            projects.size(),
            money(OptionalDouble.of(consolidation.totalSpending())),
            Decimals.format2(consolidation.meanScore().orElseThrow()),
            Decimals.format2(consolidation.maxScore().orElseThrow()),
            Decimals.format2(consolidation.minScore().orElseThrow())));
    List<GradeWords.Count> grades =
        GradeWords.distribution(projects.stream().map(ProjectResult::grade).toList());
    ReportDocument.Table table =
        doc.table(
            Text.get("department.report.grades"),
            List.of(
                Text.get("department.col.grade"),
                Text.get("department.overview.count"),
                Text.get("department.overview.share")),
            4,
            3,
            3);
    for (GradeWords.Count grade : grades) {
      table.row(
          List.of(
              Cell.number(grade.shown()),
              Cell.number(Integer.toString(grade.count())),
              Cell.number(ReportText.percent((double) grade.count() / projects.size()))));
    }
    table.row(
        List.of(
            Cell.number(Text.get("report.table.total")).bold(),
            Cell.number(Integer.toString(projects.size())).bold(),
            Cell.number(ReportText.percent(1)).bold()));
    doc.paragraph(
        Text.get(
            "department.report.average",
            Decimals.format2(consolidation.meanScore().orElseThrow()),
            projects.size()));
  }

  private void problems() {
    doc.heading(1, Text.get("department.report.problems"));
    List<Problem> problems = consolidation.problems();
    if (problems.isEmpty()) {
      doc.paragraph(Text.get("department.report.noProblems"));
      return;
    }
    doc.paragraph(
        Text.get(
            consolidation.hasSeveralProjectWorkbooks()
                ? "department.report.problemEntriesLead"
                : "department.report.problemsLead",
            problems.size()));
    ReportDocument.Table table =
        doc.table(
            null,
            List.of(
                Text.get("department.col.file"),
                Text.get("department.col.name"),
                Text.get("department.report.reason")),
            4,
            4,
            8);
    for (Problem problem : problems) {
      table.row(
          List.of(
              Cell.text(problem.shortSource()),
              Cell.text(problem.project().orElse("")),
              Cell.text(reason(problem))));
    }
  }

  private static String reason(Problem problem) {
    String first = problem.messages().isEmpty() ? "" : problem.messages().get(0);
    return switch (problem.kind()) {
      case ERRORS ->
          Text.get("department.report.errors", problem.errors().orElse(0), first).strip();
      default -> (problem.kind().label() + "：" + first).strip();
    };
  }

  private void results() {
    doc.heading(1, Text.get("department.report.results"));
    List<String> header = new ArrayList<>();
    header.add(Text.get("department.col.index"));
    header.add(Text.get("department.col.name"));
    header.add(Text.get("department.col.spending"));
    header.add(Text.get("department.col.score"));
    header.add(Text.get("department.col.grade"));
    header.addAll(Findings.LABELS);
    ReportDocument.Table table =
        doc.table(Text.get("department.sheet.results"), header, 6, 18, 10, 8, 8, 34, 22, 22, 22);
    int index = 0;
    for (ProjectResult project : consolidation.projects()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.number(Integer.toString(++index)));
      cells.add(Cell.text(project.name()));
      cells.add(Cell.number(money(project.spending())));
      cells.add(Cell.number(Decimals.format2(project.score())));
      cells.add(Cell.number(project.grade()));
      for (int i = 0; i < Findings.LABELS.size(); i++) {
        cells.add(Cell.text(i < project.findings().size() ? project.findings().get(i) : ""));
      }
      // a project's findings can fill a page: let its row continue on the next one rather than
      // leave most of a page empty
      table.row(cells).setCantSplitRow(false);
    }
  }

  /** 万元 with two decimals, or a dash when the workbook gives none. */
  private static String money(OptionalDouble amount) {
    return amount.isPresent()
        ? Decimals.format2(amount.getAsDouble())
        : Text.get("department.overview.none");
  }
}
