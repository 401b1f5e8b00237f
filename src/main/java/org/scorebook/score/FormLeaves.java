package org.scorebook.score;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scorebook.model.Decimals;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Text;

/**
 * Scores the leaves of the self-evaluation form: a quantitative leaf from its 年度指标值 and 实际完成值, a
 * qualitative one from the 得分 typed by hand within the band 实际完成值 names, and the budget line from
 * the funds block. Each problem is reported at its cell; the leaf then has no score.
 */
final class FormLeaves {
  private final IndicatorSheet sheet;
  private final List<Message> messages;

  FormLeaves(IndicatorSheet sheet, List<Message> messages) {
    this.sheet = sheet;
    this.messages = messages;
  }

  /**
   * The score of a leaf against its 年度指标值, before the range check every leaf gets. A typed 得分 of a
   * quantitative leaf is not used: it is compared with the computed one afterwards.
   */
  OptionalDouble againstTarget(IndicatorRow row, double full) {
    AnnualTarget target = AnnualTarget.parse(row.targetText());
    if (target instanceof AnnualTarget.Unreadable unreadable) {
      error(row, IndicatorColumn.TARGET, unreadable.reason());
      return OptionalDouble.empty();
    }
    if (target instanceof AnnualTarget.Qualitative qualitative) {
      return byHand(row, qualitative, full);
    }
    AnnualTarget.Quantitative quantitative =
        percentWithoutSign(row, (AnnualTarget.Quantitative) target);
    ActualValue actual = ActualValue.parse(row.actualText(), quantitative);
    if (actual instanceof ActualValue.Converted converted) {
      messages.add(
          Message.warning(
              sheet.cell(row.row(), IndicatorColumn.ACTUAL), row.shownCode(), converted.note()));
      actual = new ActualValue.Measured(converted.value());
    }
    if (actual instanceof ActualValue.Measured measured) {
      return computed(row, quantitative, measured, full);
    }
    return fail(row, problem(actual, row));
  }

  /**
   * A target without a unit against an actual written as a percentage ({@code ≥90} and {@code 93%})
   * is read as a percentage, with a note at the target saying so; any other target as it is.
   */
  private AnnualTarget.Quantitative percentWithoutSign(
      IndicatorRow row, AnnualTarget.Quantitative target) {
    Optional<AnnualTarget.Quantitative> percent = TargetText.asPercent(target, row.actualText());
    percent.ifPresent(
        p ->
            messages.add(
                Message.warning(
                    sheet.cell(row.row(), IndicatorColumn.TARGET),
                    row.shownCode(),
                    Text.get(
                        hasPercentSign(row.actualText())
                            ? "score.target.readAsPercent"
                            : "score.target.readAsPercentBesideFraction",
                        row.targetText().strip(),
                        row.actualText().strip(),
                        Decimals.plain(p.value().movePointRight(2).doubleValue()) + "%"))));
    return percent.orElse(target);
  }

  private static boolean hasPercentSign(String text) {
    return text.contains("%") || text.contains("％");
  }

  private OptionalDouble computed(
      IndicatorRow row,
      AnnualTarget.Quantitative target,
      ActualValue.Measured actual,
      double full) {
    LeafScore score = LeafScore.compute(target, actual, full);
    if (score.overshoot()) {
      messages.add(
          Message.warning(
              sheet.cell(row.row(), IndicatorColumn.ACTUAL),
              row.shownCode(),
              Text.get("score.target.overshoot", row.actualText(), row.targetText())));
    }
    return OptionalDouble.of(score.score());
  }

  /** A qualitative leaf: the typed 得分, which must lie in the band 实际完成值 names, if it names one. */
  private OptionalDouble byHand(IndicatorRow row, AnnualTarget.Qualitative target, double full) {
    if (!row.manual().isValue()) {
      if (row.manual().isBlank()) {
        error(
            row,
            IndicatorColumn.MANUAL,
            Text.get("score.target.qualitativeNoScore", target.words()));
      }
      return OptionalDouble.empty();
    }
    double typed = row.manual().value();
    var problem =
        QualitativeBand.of(row.actualText(), row.targetText())
            .flatMap(band -> band.problem(typed, full));
    if (problem.isPresent()) {
      error(row, IndicatorColumn.MANUAL, problem.get());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(typed);
  }

  /**
   * The budget line: {@code full} × min(全年执行数 ÷ 全年预算数, 1). Its 目标值 and 实际值 are the line's 全年预算数 and
   * 全年执行数; a value that is not a number was reported when it was read.
   */
  OptionalDouble budgetExecution(IndicatorRow row, double full) {
    BudgetExecution execution = BudgetExecution.score(row.target(), row.actual(), full);
    if (execution instanceof BudgetExecution.Scored scored) {
      return OptionalDouble.of(scored.score());
    }
    boolean budgetAtFault = !row.target().isValue() || row.target().value() <= 0;
    NumberReading atFault = budgetAtFault ? row.target() : row.actual();
    if (!(atFault instanceof NumberReading.Invalid)) {
      error(
          row,
          budgetAtFault ? IndicatorColumn.TARGET : IndicatorColumn.ACTUAL,
          ((BudgetExecution.NotScored) execution).reason());
    }
    return OptionalDouble.empty();
  }

  private static String problem(ActualValue actual, IndicatorRow row) {
    if (actual instanceof ActualValue.UnitMismatch mismatch) {
      return mismatch.message();
    }
    if (actual instanceof ActualValue.BarePercent bare) {
      return bare.message();
    }
    if (actual instanceof ActualValue.NoPeriod noPeriod) {
      return noPeriod.message();
    }
    if (actual instanceof ActualValue.Unreadable unreadable) {
      return unreadable.message();
    }
    return Text.get("score.target.actualMissing", row.targetText());
  }

  private OptionalDouble fail(IndicatorRow row, String text) {
    error(row, IndicatorColumn.ACTUAL, text);
    return OptionalDouble.empty();
  }

  private void error(IndicatorRow row, IndicatorColumn column, String text) {
    messages.add(Message.error(sheet.cell(row.row(), column), row.shownCode(), text));
  }
}
