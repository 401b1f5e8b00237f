package org.scorebook.kinds.selfevaluation;

import java.util.List;
import java.util.Optional;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.report.ReportDocument;
import org.scorebook.report.ReportSections;
import org.scorebook.report.ReportText;

/**
 * The report of a self-evaluation form: its own title and grade label, indicators named as the form
 * writes them, placeholders that point into the form, and in 项目概况 the year's overall goal and the
 * funds block as a table.
 */
public final class FormReportSections implements ReportSections {

  @Override
  public String title() {
    return Text.get("report.title.selfEvaluation");
  }

  @Override
  public String gradeLabel() {
    return Text.get("report.sentence.gradeLabel.selfEvaluation");
  }

  @Override
  public boolean namesByCode() {
    return false;
  }

  @Override
  public String placeholder(String key) {
    return Text.get(key + ".selfEvaluation");
  }

  @Override
  public void background(Scorecard card, ReportDocument doc) {
    form(card)
        .ifPresent(
            f -> {
              if (!f.expectedGoal().isBlank()) {
                doc.paragraph(Text.get("report.section.goal", ReportText.clean(f.expectedGoal())));
              }
              if (!f.achievedGoal().isBlank()) {
                doc.paragraph(
                    Text.get("report.section.goalAchieved", ReportText.clean(f.achievedGoal())));
              }
            });
  }

  @Override
  public void funds(Scorecard card, ReportDocument doc) {
    form(card).ifPresent(f -> fundsTable(f, doc));
  }

  private static Optional<PrintedForm> form(Scorecard card) {
    return card.evaluation().printedForm();
  }

  private static void fundsTable(PrintedForm f, ReportDocument doc) {
    if (f.funds().isEmpty()) {
      return;
    }
    ReportDocument.Table table =
        doc.table(
            Text.get("report.funds.table"),
            List.of(
                Text.get("report.funds.label"),
                Text.get("report.funds.planned"),
                Text.get("report.funds.budget"),
                Text.get("report.funds.executed")),
            4,
            2,
            2,
            2);
    for (PrintedForm.FundsLine line : f.funds()) {
      table.row(
          List.of(
              ReportDocument.Cell.text(line.label()),
              ReportDocument.Cell.number(line.planned()),
              ReportDocument.Cell.number(line.budget()),
              ReportDocument.Cell.number(line.executed())));
    }
  }
}
