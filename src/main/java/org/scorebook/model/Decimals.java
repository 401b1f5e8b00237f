package org.scorebook.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding as a person or Excel does it: on the decimal value, half away from zero. */
public final class Decimals {
  /** Excel keeps 15 significant digits; binary noise beyond that must not decide a rounding. */
  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

  private Decimals() {}

  /** {@code round(2.945, 2)} is 2.95 although the double 2.945 lies a hair below it. */
  public static double round(double value, int places) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value)
        .round(EXCEL_PRECISION)
        .setScale(places, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Two decimals, the precision of every score. */
  public static double round2(double value) {
    return round(value, 2);
  }

  /** {@code 87.12}, {@code 9.00}: a score as the reports print it. */
  public static String format2(double value) {
    return new BigDecimal(value)
        .round(EXCEL_PRECISION)
        .setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A number as a user would type it: {@code 19.369}, {@code 3}, no exponent, no binary noise. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal decimal = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
