package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scorebook.score.AnnualTarget.Quantitative;

class LeafScoreTest {

  private static double score(String target, String actual, double full) {
    return leaf(target, actual, full).score();
  }

  private static LeafScore leaf(String target, String actual, double full) {
    Quantitative quantitative = (Quantitative) AnnualTarget.parse(target);
    return LeafScore.compute(
        quantitative, (ActualValue.Measured) ActualValue.parse(actual, quantitative.unit()), full);
  }

  @Test
  void higherIsBetterGivesFullScoreAtOrAboveTheTarget() {
    assertThat(score("≥20集", "20集", 10)).isEqualTo(10.0);
    assertThat(score("≥20集", "25集", 10)).isEqualTo(10.0);
    assertThat(score("≥95%", "0.97", 5)).isEqualTo(5.0);
  }

  @Test
  void higherIsBetterScalesBelowTheTarget() {
    // 10 × 18 ÷ 20 = 9
    assertThat(score("≥20集", "18集", 10)).isEqualTo(9.0);
    // 5 × 0.76 ÷ 0.95 = 4
    assertThat(score("不低于95%", "76%", 5)).isEqualTo(4.0);
    // 6 × 3 ÷ 4 = 4.5
    assertThat(score("每周4次", "每周3次", 6)).isEqualTo(4.5);
    assertThat(score("≥20集", "0集", 10)).isEqualTo(0.0);
  }

  @Test
  void higherIsBetterNeverGoesBelowZero() {
    assertThat(score("≥20集", "-5集", 10)).isEqualTo(0.0);
    assertThat(score("≥0", "-1", 10)).isEqualTo(0.0);
    assertThat(score("≥0", "0", 10)).isEqualTo(10.0);
  }

  @Test
  void flagsAnActualAboveOneAndAHalfTimesAHigherIsBetterTarget() {
    assertThat(leaf("≥20集", "30集", 10)).isEqualTo(new LeafScore(10, false));
    assertThat(leaf("≥20集", "31集", 10)).isEqualTo(new LeafScore(10, true));
    assertThat(leaf("每周4次", "每周7次", 6)).isEqualTo(new LeafScore(6, true));
  }

  @Test
  void flagsNoOvershootForOtherDirectionsOrAZeroTarget() {
    assertThat(leaf("≤3天", "1天", 10).overshoot()).isFalse();
    assertThat(leaf("=100%", "200%", 10).overshoot()).isFalse();
    assertThat(leaf("≥0", "5", 10).overshoot()).isFalse();
  }

  @Test
  void lowerIsBetterGivesFullScoreAtOrBelowTheTarget() {
    assertThat(score("≤3天", "3天", 10)).isEqualTo(10.0);
    assertThat(score("≤3天", "2天", 10)).isEqualTo(10.0);
    assertThat(score("<1次", "1次", 5)).isEqualTo(5.0);
    assertThat(score("<1次", "0次", 5)).isEqualTo(5.0);
  }

  @Test
  void lowerIsBetterFallsLinearlyBetweenOnceAndTwiceTheTarget() {
    // 10 × (1 − (3.3 − 3) ÷ 3) = 9
    assertThat(score("≤3天", "3.3天", 10)).isEqualTo(9.0);
    // 1.5 × target: 10 × (1 − 1.5 ÷ 3) = 5
    assertThat(score("≤3天", "4.5天", 10)).isEqualTo(5.0);
    // 4 × (1 − (3 − 2) ÷ 2) = 2
    assertThat(score("<2小时", "3小时", 4)).isEqualTo(2.0);
    // 5 × (1 − 0.5 ÷ 1) = 2.5
    assertThat(score("<1次", "1.5次", 5)).isEqualTo(2.5);
  }

  @Test
  void lowerIsBetterGivesZeroAtTwiceTheTargetOrMore() {
    assertThat(score("≤3天", "6天", 10)).isEqualTo(0.0);
    assertThat(score("≤3天", "9天", 10)).isEqualTo(0.0);
    assertThat(score("不高于5%", "0.1", 8)).isEqualTo(0.0);
  }

  @Test
  void lowerIsBetterWithAZeroTargetIsFullAtZeroOrBelowAndZeroAbove() {
    assertThat(score("≤0", "0", 10)).isEqualTo(10.0);
    assertThat(score("≤0", "-1", 10)).isEqualTo(10.0);
    assertThat(score("≤0", "0.01", 10)).isEqualTo(0.0);
    assertThat(score("≤0", "1", 10)).isEqualTo(0.0);
  }

  @Test
  void equalIsFullWhenEqualAndOtherwiseHigherIsBetter() {
    assertThat(score("=100%", "100%", 10)).isEqualTo(10.0);
    assertThat(score("=100%", "1", 10)).isEqualTo(10.0);
    // 10 × 0.9 ÷ 1 = 9
    assertThat(score("=100%", "90%", 10)).isEqualTo(9.0);
    assertThat(score("=100%", "110%", 10)).isEqualTo(10.0);
  }

  @Test
  void roundsHalfUpToTwoDecimals() {
    // 5.89 × 1 ÷ 2 = 2.945, which as a double lies a hair below 2.945
    assertThat(score("≥2次", "1次", 5.89)).isEqualTo(2.95);
    // 10 × 2 ÷ 3 = 6.666…
    assertThat(score("≥3集", "2集", 10)).isEqualTo(6.67);
    // 10 × (1 − 1 ÷ 3) = 6.666…
    assertThat(score("≤3天", "4天", 10)).isEqualTo(6.67);
  }

  @Test
  void neverExceedsTheFullScore() {
    Quantitative target = new Quantitative(Direction.HIGHER, new BigDecimal("0.95"), "%");
    assertThat(LeafScore.compute(target, new ActualValue.Measured(new BigDecimal("97")), 5).score())
        .isEqualTo(5.0);
  }
}
