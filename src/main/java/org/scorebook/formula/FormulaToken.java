package org.scorebook.formula;

/**
 * One token of a formula.
 *
 * @param text the normalised text ({@code *} for a typed {@code ×})
 * @param start 0-based index of its first character in the user's original text
 * @param shown what the user typed, for messages
 */
record FormulaToken(Kind kind, String text, int start, String shown) {
  enum Kind {
    NUMBER,
    NAME,
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  boolean isOperator(String symbol) {
    return kind == Kind.OPERATOR && text.equals(symbol);
  }
}
