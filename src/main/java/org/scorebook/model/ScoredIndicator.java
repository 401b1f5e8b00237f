package org.scorebook.model;

import java.util.OptionalDouble;

/**
 * An indicator with its computed score.
 *
 * @param full the full score in force: typed, or the children's sum when a parent's is blank
 * @param score rounded to two decimals; empty when it could not be computed (an error says why)
 * @param level 1 for {@code A}, 2 for {@code A1}, 3 for {@code A1.1} …
 */
public record ScoredIndicator(
    int row, String code, String name, int level, boolean leaf, double full, OptionalDouble score) {

  /** score ÷ full, unrounded: the cell shows it as a percentage with two decimals. */
  public OptionalDouble rate() {
    return score.isPresent() && full > 0
        ? OptionalDouble.of(score.getAsDouble() / full)
        : OptionalDouble.empty();
  }
}
