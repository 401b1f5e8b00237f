package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.score.IndicatorValue;

/**
 * The review (绩效目标审核) of one target declaration by the default checklist: every finding a message
 * at its cell, and the suggested review grade, which a reviewer may change.
 *
 * <p>The grade: any error → 中 (revise and resubmit); three or more warnings → 良; otherwise 优. Notes
 * (suggestions) are shown as warnings, as the model has two severities, but do not count towards
 * the three.
 */
public final class TargetReview {
  static final int WARNINGS_FOR_GOOD = 3;

  private TargetReview() {}

  /**
   * @param messages the findings as messages, in workbook order
   * @param suggestedGrade 优, 良 or 中
   */
  public record Result(List<Message> messages, String suggestedGrade) {
    public Result {
      messages = List.copyOf(messages);
    }
  }

  /**
   * The review of a declaration read into {@code evaluation}, as this kind's scorecard: what the
   * reader noted and the checklist's findings, in workbook order, and the suggested grade.
   */
  public static Scorecard card(Evaluation evaluation) {
    return card(evaluation, ReviewRules.NONE);
  }

  /**
   * As {@link #card(Evaluation)}, with the findings of a reviewers' own checklist added to the
   * default checklist's (warnings, counted towards the grade) and its 人工 rules as a note.
   */
  public static Scorecard card(Evaluation evaluation, ReviewRules rules) {
    TargetForm form =
        evaluation
            .details()
            .filter(TargetForm.class::isInstance)
            .map(TargetForm.class::cast)
            .orElseThrow(() -> new IllegalArgumentException("not a target declaration"));
    Result result = review(form, rules);
    List<Message> messages = new ArrayList<>(evaluation.readMessages());
    messages.addAll(result.messages());
    messages.sort(Message.WORKBOOK_ORDER);
    return Scorecard.review(withAmountAsMeant(evaluation, form), result.suggestedGrade(), messages);
  }

  /**
   * The evaluation with the project's amount as the review reads it: an amount typed in 元 under a
   * 万元 label is shown in 万元, as the finding at its cell says.
   */
  private static Evaluation withAmountAsMeant(Evaluation evaluation, TargetForm form) {
    Optional<Double> meant = yearAmountAsMeant(form);
    ProjectInfo project = evaluation.project();
    if (meant.isEmpty()
        || (project.budget().isValue() && project.budget().value() == meant.get())) {
      return evaluation;
    }
    ProjectInfo asMeant =
        new ProjectInfo(
            project.sheetName(),
            project.fields(),
            project.cells(),
            NumberReading.of(meant.get()),
            project.spending(),
            project.emails());
    return new Evaluation(
        evaluation.kind(),
        evaluation.source(),
        asMeant,
        evaluation.parameters(),
        evaluation.indicators(),
        evaluation.grades(),
        evaluation.findings(),
        evaluation.readMessages(),
        evaluation.scoredBefore(),
        evaluation.details());
  }

  /**
   * The year's amount in 万元 as the review reads it (an amount typed in 元 under a 万元 label read as
   * 元); empty when the form gives none.
   */
  public static Optional<Double> yearAmountAsMeant(TargetForm form) {
    List<TargetReviewIndicator> rows =
        form.rows().stream()
            .map(row -> TargetReviewIndicator.of(row, IndicatorValue::parse))
            .toList();
    return TargetReviewAmounts.yearAmountAsMeant(form, rows);
  }

  /** Reviews {@code form}, reading every 指标值 by {@link IndicatorValue#parse}. */
  public static Result review(TargetForm form) {
    return review(form, IndicatorValue::parse);
  }

  /**
   * Reviews {@code form} by the default checklist and {@code rules}: their findings together, the
   * checklist's warnings counted towards the grade, its to-do note not.
   */
  public static Result review(TargetForm form, ReviewRules rules) {
    if (rules.isEmpty()) {
      return review(form);
    }
    List<TargetReviewFinding> findings = findings(form, IndicatorValue::parse);
    ChecklistReview.Result checklist = ChecklistReview.apply(rules, form);
    List<Message> messages = new ArrayList<>();
    findings.stream().map(TargetReviewFinding::toMessage).forEach(messages::add);
    messages.addAll(checklist.findings());
    messages.addAll(checklist.toDo());
    messages.sort(Message.WORKBOOK_ORDER);
    long errors = count(findings, TargetReviewFinding.Level.ERROR);
    long warnings =
        count(findings, TargetReviewFinding.Level.WARNING) + checklist.findings().size();
    return new Result(messages, suggestedGrade(errors, warnings));
  }

  /** Reviews {@code form}, reading every 指标值 with {@code values}. */
  public static Result review(TargetForm form, Function<String, IndicatorValue> values) {
    List<TargetReviewFinding> findings = findings(form, values);
    List<Message> messages =
        findings.stream()
            .map(TargetReviewFinding::toMessage)
            .sorted(Message.WORKBOOK_ORDER)
            .toList();
    return new Result(messages, suggestedGrade(findings));
  }

  /** Every finding of the default checklist, header first, then the grid, then each row. */
  public static List<TargetReviewFinding> findings(
      TargetForm form, Function<String, IndicatorValue> values) {
    List<TargetReviewIndicator> rows =
        form.rows().stream().map(row -> TargetReviewIndicator.of(row, values)).toList();
    List<TargetReviewFinding> findings = new ArrayList<>(TargetReviewHeader.check(form));
    findings.addAll(TargetReviewAmounts.check(form, rows));
    findings.addAll(TargetReviewGrid.check(form, rows));
    findings.addAll(TargetReviewValues.check(form, rows));
    return findings;
  }

  /** Any error → 中; three or more warnings → 良; otherwise 优. Notes are not counted. */
  public static String suggestedGrade(List<TargetReviewFinding> findings) {
    return suggestedGrade(
        count(findings, TargetReviewFinding.Level.ERROR),
        count(findings, TargetReviewFinding.Level.WARNING));
  }

  private static String suggestedGrade(long errors, long warnings) {
    String grade = errors > 0 ? "fair" : warnings >= WARNINGS_FOR_GOOD ? "good" : "excellent";
    return Text.get("targets.review.grade." + grade);
  }

  private static long count(List<TargetReviewFinding> findings, TargetReviewFinding.Level level) {
    return findings.stream().filter(finding -> finding.level() == level).count();
  }
}
