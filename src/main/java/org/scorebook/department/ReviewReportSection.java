package org.scorebook.department;

import java.util.List;
import org.scorebook.model.Text;
import org.scorebook.report.ReportDocument;
import org.scorebook.report.ReportDocument.Cell;
import org.scorebook.report.ReportText;

/**
 * The department report's section on the reviewed declarations: how many passed and how many go
 * back, the suggested grades, the findings most often made and the projects to send back with their
 * first errors, as the results workbook's 审核结果, 常见问题 and 退回修改 show them.
 */
final class ReviewReportSection {
  private final Consolidation consolidation;
  private final ReportDocument doc;

  ReviewReportSection(Consolidation consolidation, ReportDocument doc) {
    this.consolidation = consolidation;
    this.doc = doc;
  }

  /**
   * @param number the section's number in words (一, 四 …), as the report's other headings carry
   */
  void write(String number) {
    List<ReviewResult> reviews = consolidation.reviews();
    List<ReviewResult> back = consolidation.sentBack();
    doc.heading(1, Text.get("department.review.report.heading", number));
    doc.paragraph(
        Text.get(
            "department.review.report.figures",
            reviews.size(),
            reviews.size() - back.size(),
            back.size()));
    grades(reviews);
    frequent();
    sentBack(back);
  }

  private void grades(List<ReviewResult> reviews) {
    ReportDocument.Table table =
        doc.table(
            Text.get("department.review.report.grades"),
            List.of(
                Text.get("department.review.col.grade"),
                Text.get("department.overview.count"),
                Text.get("department.overview.share")),
            4,
            3,
            3);
    for (GradeWords.Count grade :
        GradeWords.distribution(reviews.stream().map(ReviewResult::grade).toList())) {
      table.row(
          List.of(
              Cell.number(grade.shown()),
              Cell.number(Integer.toString(grade.count())),
              Cell.number(ReportText.percent((double) grade.count() / reviews.size()))));
    }
  }

  private void frequent() {
    List<RuleCount> rules = consolidation.findingsByRule();
    if (rules.isEmpty()) {
      doc.paragraph(Text.get("department.review.report.noFindings"));
      return;
    }
    ReportDocument.Table table =
        doc.table(
            Text.get("department.review.sheet.frequent"),
            List.of(
                Text.get("department.review.col.rule"),
                Text.get("department.review.col.findings"),
                Text.get("department.review.col.projects")),
            4,
            3,
            3);
    for (RuleCount rule : rules) {
      table.row(
          List.of(
              Cell.text(rule.rule()),
              Cell.number(Integer.toString(rule.findings())),
              Cell.number(Integer.toString(rule.projects()))));
    }
  }

  private void sentBack(List<ReviewResult> back) {
    if (back.isEmpty()) {
      doc.paragraph(Text.get("department.review.report.noneBack"));
      return;
    }
    doc.paragraph(Text.get("department.review.report.backLead", back.size()));
    ReportDocument.Table table =
        doc.table(
            Text.get("department.review.sheet.sentBack"),
            List.of(
                Text.get("department.col.source"),
                Text.get("department.col.name"),
                Text.get("department.review.col.firstErrors")),
            4,
            4,
            8);
    for (ReviewResult review : back) {
      table.row(
          List.of(
              Cell.text(review.shortSource()),
              Cell.text(review.name()),
              Cell.text(ReviewSheets.firstErrors(review))));
    }
  }
}
