package org.scorebook.score;

/** Which way a quantitative 年度指标值 points: the actual should reach, stay under, or equal it. */
public enum Direction {
  /** {@code ≥95%}, {@code 不低于}, {@code 超过}, a bare number, a frequency such as {@code 每周4次}. */
  HIGHER,
  /** {@code ≤3天}, {@code 不超过}, {@code 小于3秒}, {@code <1次}. */
  LOWER,
  /** {@code =100%}: full when equal, otherwise scored as higher-is-better. */
  EQUAL
}
