package org.scorebook.formula;

import java.util.ArrayList;
import java.util.List;
import org.scorebook.formula.FormulaToken.Kind;

/**
 * Splits a normalised formula into tokens: decimal numbers, names, operators, parentheses and
 * commas. A name is a maximal run of letters (Chinese characters count), ASCII digits and {@code _}
 * that does not start with a digit; whether it is known is the parser's business. Percent signs, a
 * lone {@code =} or {@code !}, a number glued to a name and any other character are errors here.
 */
final class FormulaLexer {
  private final FormulaText text;
  private final String s;
  private final List<FormulaToken> tokens = new ArrayList<>();
  private int pos;

  FormulaLexer(FormulaText text) {
    this.text = text;
    this.s = text.normalized();
  }

  static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  List<FormulaToken> tokens() throws FormulaException {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pos++;
      } else if (isDigit(c) || (c == '.' && isDigit(charAt(pos + 1)))) {
        number();
      } else if (isNameStart(c)) {
        add(Kind.NAME, pos, run(pos));
      } else {
        symbol(c);
      }
    }
    return tokens;
  }

  private char charAt(int index) {
    return index < s.length() ? s.charAt(index) : '\0';
  }

  /** End of the name run starting at {@code from}. */
  private int run(int from) {
    int end = from;
    while (end < s.length() && isNamePart(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private int digits(int from) {
    int end = from;
    while (isDigit(charAt(end))) {
      end++;
    }
    return end;
  }

  private void number() throws FormulaException {
    int start = pos;
    int end = digits(start);
    if (charAt(end) == '.') {
      end = isDigit(charAt(end + 1)) ? digits(end + 1) : malformedNumber(start, end);
    }
    if (isDigit(charAt(end)) || charAt(end) == '.') {
      malformedNumber(start, end);
    }
    if (isNameStart(charAt(end))) {
      throw text.error(
          end,
          "formula.implicitMultiplication",
          text.originalSlice(start, end),
          text.originalSlice(end, run(end)));
    }
    String number = s.substring(start, end);
    if (!Double.isFinite(Double.parseDouble(number))) {
      malformedNumber(start, end);
    }
    add(Kind.NUMBER, start, end, number.startsWith(".") ? "0" + number : number);
  }

  /**
   * Throws for the malformed number starting at {@code start}; declared to return for use in
   * expressions.
   */
  private int malformedNumber(int start, int from) throws FormulaException {
    int end = from;
    while (isDigit(charAt(end)) || charAt(end) == '.') {
      end++;
    }
    throw text.error(start, "formula.badNumber", text.originalSlice(start, end));
  }

  private void symbol(char c) throws FormulaException {
    char next = charAt(pos + 1);
    switch (c) {
      case '(' -> add(Kind.OPEN, pos, pos + 1);
      case ')' -> add(Kind.CLOSE, pos, pos + 1);
      case ',' -> add(Kind.COMMA, pos, pos + 1);
      case '+', '-', '*', '/', '^' -> add(Kind.OPERATOR, pos, pos + 1);
      case '>' -> add(Kind.OPERATOR, pos, next == '=' ? pos + 2 : pos + 1);
      case '<' -> lessThan(next);
      case '=' -> equals(next);
      case '!' -> bang(next);
      case '%' -> throw text.error(pos, "formula.percent");
      default -> throw text.error(pos, "formula.badChar", text.originalSlice(pos, pos + 1));
    }
  }

  private void lessThan(char next) throws FormulaException {
    if (next == '>') {
      throw text.error(pos, "formula.excelNotEqual");
    }
    add(Kind.OPERATOR, pos, next == '=' ? pos + 2 : pos + 1);
  }

  private void equals(char next) throws FormulaException {
    if (next == '=') {
      add(Kind.OPERATOR, pos, pos + 2);
      return;
    }
    throw text.error(pos, tokens.isEmpty() ? "formula.leadingEquals" : "formula.singleEquals");
  }

  private void bang(char next) throws FormulaException {
    if (next != '=') {
      throw text.error(pos, "formula.singleBang");
    }
    add(Kind.OPERATOR, pos, pos + 2);
  }

  private void add(Kind kind, int start, int end) {
    add(kind, start, end, s.substring(start, end));
  }

  private void add(Kind kind, int start, int end, String normalized) {
    tokens.add(
        new FormulaToken(
            kind, normalized, text.originalIndex(start), text.originalSlice(start, end)));
    pos = end;
  }
}
