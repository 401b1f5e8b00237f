package org.scorebook.model;

/**
 * What a cell meant as a number: blank, a number, or text that is not one (already reported where
 * it was read, so later checks skip it instead of piling up a second message).
 */
public sealed interface NumberReading {

  Blank BLANK = new Blank();

  static NumberReading of(double value) {
    return new Value(value);
  }

  /** A blank cell: not zero. */
  record Blank() implements NumberReading {}

  record Value(double value) implements NumberReading {}

  /**
   * @param shown what the user typed or the cell showed, quoted back in messages
   * @param problem why it is not a number, when more is known than that it is not one (a formula
   *     that could not be calculated); {@code null} otherwise
   */
  record Invalid(String shown, String problem) implements NumberReading {
    public Invalid(String shown) {
      this(shown, null);
    }
  }

  default boolean isBlank() {
    return this instanceof Blank;
  }

  default boolean isValue() {
    return this instanceof Value;
  }

  /** The number; call only after {@link #isValue()}. */
  default double value() {
    if (this instanceof Value v) {
      return v.value();
    }
    throw new IllegalStateException("not a number: " + this);
  }
}
