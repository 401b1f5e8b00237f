package org.scorebook.score;

import java.math.BigDecimal;
import java.math.MathContext;
import org.scorebook.model.Decimals;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Text;

/**
 * The budget-execution line of the self-evaluation form: 执行率 = 全年执行数 ÷ 全年预算数, and 得分 = 10 ×
 * min(执行率, 1), so spending more than the budget earns 10, never more.
 */
public sealed interface BudgetExecution {
  /** The 分值 of the budget-execution line. */
  double FULL = 10;

  /**
   * @param rate 执行率 as a fraction, unrounded; above 1 when more was spent than budgeted
   * @param score rounded half-up to 2 decimals
   */
  record Scored(double rate, double score) implements BudgetExecution {}

  /** Why no rate can be computed: a budget that is missing, not a number, zero or negative. */
  record NotScored(String reason) implements BudgetExecution {}

  static BudgetExecution score(NumberReading budget, NumberReading executed) {
    return score(budget, executed, FULL);
  }

  /** The line scored out of {@code full}, for a form that gives it another 分值. */
  static BudgetExecution score(NumberReading budget, NumberReading executed, double full) {
    if (!budget.isValue()) {
      return new NotScored(unusable("score.target.budget", budget));
    }
    if (budget.value() <= 0) {
      return new NotScored(
          Text.get("score.target.budgetNotPositive", Decimals.plain(budget.value())));
    }
    if (!executed.isValue()) {
      return new NotScored(unusable("score.target.executed", executed));
    }
    BigDecimal rate =
        BigDecimal.valueOf(executed.value())
            .divide(BigDecimal.valueOf(budget.value()), MathContext.DECIMAL64);
    BigDecimal capped = rate.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    double score = Decimals.round2(BigDecimal.valueOf(full).multiply(capped).doubleValue());
    return new Scored(rate.doubleValue(), score);
  }

  private static String unusable(String key, NumberReading reading) {
    return reading instanceof NumberReading.Invalid invalid
        ? Text.get(key + ".notNumber", invalid.shown())
        : Text.get(key + ".blank");
  }
}
