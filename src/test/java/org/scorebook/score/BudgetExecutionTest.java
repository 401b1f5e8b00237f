package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scorebook.model.NumberReading;
import org.scorebook.score.BudgetExecution.NotScored;
import org.scorebook.score.BudgetExecution.Scored;

class BudgetExecutionTest {

  private static BudgetExecution of(double budget, double executed) {
    return BudgetExecution.score(NumberReading.of(budget), NumberReading.of(executed));
  }

  @Test
  void scoresTenTimesTheExecutionRate() {
    // 90 ÷ 100 = 0.9, 10 × 0.9 = 9
    assertThat(of(100, 90)).isEqualTo(new Scored(0.9, 9));
    assertThat(of(100, 100)).isEqualTo(new Scored(1, 10));
  }

  @Test
  void roundsTheScoreHalfUpButKeepsTheRateUnrounded() {
    // 2 ÷ 3 = 0.666…, 10 × 0.666… = 6.67
    Scored scored = (Scored) of(3, 2);
    assertThat(scored.score()).isEqualTo(6.67);
    assertThat(scored.rate()).isEqualTo(0.6666666666666667);
    // 58.9 ÷ 200 = 0.2945, 10 × 0.2945 = 2.945
    assertThat(((Scored) of(200, 58.9)).score()).isEqualTo(2.95);
  }

  @Test
  void capsTheScoreAtTenWhenMoreWasSpentThanBudgeted() {
    assertThat(of(100, 130)).isEqualTo(new Scored(1.3, 10));
  }

  @Test
  void scoresNothingSpentAsZero() {
    assertThat(of(100, 0)).isEqualTo(new Scored(0, 0));
  }

  @Test
  void explainsAZeroOrNegativeBudgetInsteadOfDividing() {
    assertThat(of(0, 5)).isEqualTo(new NotScored("全年预算数为 0，无法计算执行率：预算数应大于 0"));
    assertThat(of(-2.5, 5)).isEqualTo(new NotScored("全年预算数为 -2.5，无法计算执行率：预算数应大于 0"));
  }

  @Test
  void explainsAMissingOrUnreadableBudgetOrExecution() {
    assertThat(BudgetExecution.score(NumberReading.BLANK, NumberReading.of(5)))
        .isEqualTo(new NotScored("全年预算数为空，无法计算执行率"));
    assertThat(BudgetExecution.score(new NumberReading.Invalid("待定"), NumberReading.of(5)))
        .isEqualTo(new NotScored("全年预算数「待定」不是数字，无法计算执行率"));
    assertThat(BudgetExecution.score(NumberReading.of(100), NumberReading.BLANK))
        .isEqualTo(new NotScored("全年执行数为空，无法计算执行率"));
    assertThat(BudgetExecution.score(NumberReading.of(100), new NumberReading.Invalid("约90")))
        .isEqualTo(new NotScored("全年执行数「约90」不是数字，无法计算执行率"));
  }
}
