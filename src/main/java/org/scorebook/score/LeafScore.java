package org.scorebook.score;

import java.math.BigDecimal;
import java.math.MathContext;
import org.scorebook.model.Decimals;

/**
 * The score of a quantitative leaf of the self-evaluation form, from its target and actual value.
 *
 * @param score between 0 and the 分值, rounded half-up to 2 decimals
 * @param overshoot a higher-is-better actual above 1.5 × a positive target: the target may have
 *     been set too low, which deserves a note even though the score is full
 */
public record LeafScore(double score, boolean overshoot) {
  /** An actual above this multiple of a higher-is-better target is noted. */
  static final BigDecimal OVERSHOOT = new BigDecimal("1.5");

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * Higher is better: full when actual ≥ target, else 分值 × actual ÷ target. Lower is better: full
   * when actual ≤ target, falling linearly to 0 at twice the target; with a target of 0, full when
   * actual ≤ 0, else 0. Equal: full when equal, else as higher is better.
   */
  public static LeafScore compute(
      AnnualTarget.Quantitative target, ActualValue.Measured actual, double full) {
    BigDecimal fullScore = BigDecimal.valueOf(full);
    BigDecimal fraction =
        switch (target.direction()) {
          case HIGHER, EQUAL -> higher(target.value(), actual.value());
          case LOWER -> lower(target.value(), actual.value());
        };
    BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    double score = Decimals.round2(fullScore.multiply(clamped).doubleValue());
    return new LeafScore(score, overshoot(target, actual.value()));
  }

  /** The share of the 分值 earned when reaching the target is the aim. */
  private static BigDecimal higher(BigDecimal target, BigDecimal actual) {
    if (actual.compareTo(target) >= 0) {
      return BigDecimal.ONE;
    }
    if (target.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return actual.divide(target, MathContext.DECIMAL64);
  }

  /** The share of the 分值 earned when staying under the target is the aim. */
  private static BigDecimal lower(BigDecimal target, BigDecimal actual) {
    if (actual.compareTo(target) <= 0) {
      return BigDecimal.ONE;
    }
    if (target.signum() <= 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal excess = actual.subtract(target).divide(target, MathContext.DECIMAL64);
    return BigDecimal.ONE.subtract(excess);
  }

  private static boolean overshoot(AnnualTarget.Quantitative target, BigDecimal actual) {
    return target.direction() == Direction.HIGHER
        && target.value().signum() > 0
        && actual.compareTo(target.value().multiply(OVERSHOOT)) > 0;
  }
}
