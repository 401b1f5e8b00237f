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
   */
  record Invalid(String shown) implements NumberReading {}

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
