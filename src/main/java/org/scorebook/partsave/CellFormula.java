package org.scorebook.partsave;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.scorebook.write.Cells;

/**
 * A worksheet formula of the few shapes a form's own totals and rates take — numbers, cells of the
 * same sheet, {@code + - * /}, parentheses and {@code SUM} over cells and ranges — calculated as
 * Excel (and POI's evaluator) calculate them: a blank cell is 0, {@code SUM} skips texts, blanks
 * and logical values in the cells it reads, the first error met is the result, a division by zero
 * gives {@code #DIV/0!}. Anything else (another function, another sheet, a text where a number is
 * read) is {@link Unsupported}: no guess is made at what Excel would show.
 */
final class CellFormula {
  /** Why a formula is not one this class calculates exactly. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  /** A value a cell holds or a formula gives. */
  record Value(Kind kind, double number, String error) {
    enum Kind {
      NUMBER,
      TEXT,
      BLANK,
      BOOLEAN,
      ERROR
    }

    static final Value BLANK = new Value(Kind.BLANK, 0, null);
    static final Value TEXT = new Value(Kind.TEXT, 0, null);
    static final Value BOOLEAN = new Value(Kind.BOOLEAN, 0, null);

    static Value number(double number) {
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        return error(FormulaError.NUM.getString());
      }
      return new Value(Kind.NUMBER, number, null);
    }

    static Value error(String code) {
      return new Value(Kind.ERROR, 0, code);
    }

    boolean isError() {
      return kind == Kind.ERROR;
    }
  }

  /** The values of the sheet's cells, as the formula reads them (0-based row and column). */
  interface Cells {
    Value at(int row, int column) throws Unsupported;
  }

  private sealed interface Node {}

  private record Constant(Value value) implements Node {}

  private record Ref(int row, int column) implements Node {}

  private record Area(int firstRow, int firstColumn, int lastRow, int lastColumn) implements Node {}

  private record Sum(List<Node> arguments) implements Node {}

  private record Negated(Node operand) implements Node {}

  private record Operation(char operator, Node left, Node right) implements Node {}

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d*)?([eE][+-]?\\d+)?|\\.\\d+");
  private static final Pattern REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

  private final Node root;

  private CellFormula(Node root) {
    this.root = root;
  }

  /** Reads {@code text} (without its {@code =}). */
  static CellFormula parse(String text) throws Unsupported {
    Parser parser = new Parser(text);
    Node root = parser.expression();
    parser.skipSpaces();
    if (!parser.atEnd()) {
      throw new Unsupported("unexpected '" + parser.rest() + "'");
    }
    if (root instanceof Area) {
      throw new Unsupported("a range as the result");
    }
    return new CellFormula(root);
  }

  /** What the formula gives, with the cells' values as {@code cells} has them. */
  Value evaluate(Cells cells) throws Unsupported {
    return value(root, cells);
  }

  private static Value value(Node node, Cells cells) throws Unsupported {
    if (node instanceof Constant constant) {
      return constant.value();
    }
    if (node instanceof Ref ref) {
      return operand(cells.at(ref.row(), ref.column()));
    }
    if (node instanceof Sum sum) {
      return sum(sum.arguments(), cells);
    }
    if (node instanceof Negated negated) {
      return negate(value(negated.operand(), cells));
    }
    if (node instanceof Operation operation) {
      Value left = value(operation.left(), cells);
      return apply(operation.operator(), left, value(operation.right(), cells));
    }
    throw new Unsupported("a range outside SUM");
  }

  /** A cell's value as an operand of arithmetic: a blank is 0; a text or logical value is not. */
  private static Value operand(Value cell) throws Unsupported {
    return switch (cell.kind()) {
      case NUMBER, ERROR -> cell;
      case BLANK -> Value.number(0);
      case TEXT, BOOLEAN -> throw new Unsupported("arithmetic on a text or logical value");
    };
  }

  private static Value negate(Value operand) {
    return operand.isError() ? operand : Value.number(-operand.number());
  }

  private static Value apply(char operator, Value left, Value right) {
    if (left.isError()) {
      return left;
    }
    if (right.isError()) {
      return right;
    }
    double a = left.number();
    double b = right.number();
    return switch (operator) {
      case '+' -> Value.number(a + b);
      case '-' -> Value.number(a - b);
      case '*' -> Value.number(a * b);
      default -> b == 0 ? Value.error(FormulaError.DIV0.getString()) : Value.number(a / b);
    };
  }

  /** SUM: the numbers of its arguments in order, a range's row by row; cells' texts skipped. */
  private static Value sum(List<Node> arguments, Cells cells) throws Unsupported {
    double total = 0;
    for (Node argument : arguments) {
      List<Value> values = new ArrayList<>();
      if (argument instanceof Area area) {
        for (int row = area.firstRow(); row <= area.lastRow(); row++) {
          for (int column = area.firstColumn(); column <= area.lastColumn(); column++) {
            values.add(cells.at(row, column));
          }
        }
      } else if (argument instanceof Ref ref) {
        values.add(cells.at(ref.row(), ref.column()));
      } else {
        values.add(value(argument, cells));
      }
      for (Value value : values) {
        if (value.isError()) {
          return value;
        }
        if (value.kind() == Value.Kind.NUMBER) {
          total += value.number();
        }
      }
    }
    return Value.number(total);
  }

  /** A recursive descent over the formula's text. */
  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return at >= text.length();
    }

    String rest() {
      return text.substring(at);
    }

    void skipSpaces() {
      while (!atEnd() && text.charAt(at) == ' ') {
        at++;
      }
    }

    private boolean take(char c) {
      skipSpaces();
      if (!atEnd() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    Node expression() throws Unsupported {
      Node left = term();
      while (true) {
        if (take('+')) {
          left = new Operation('+', left, term());
        } else if (take('-')) {
          left = new Operation('-', left, term());
        } else {
          return left;
        }
      }
    }

    private Node term() throws Unsupported {
      Node left = unary();
      while (true) {
        if (take('*')) {
          left = new Operation('*', left, unary());
        } else if (take('/')) {
          left = new Operation('/', left, unary());
        } else {
          return left;
        }
      }
    }

    private Node unary() throws Unsupported {
      if (take('-')) {
        return new Negated(unary());
      }
      if (take('+')) {
        return unary();
      }
      return primary();
    }

    private Node primary() throws Unsupported {
      skipSpaces();
      if (take('(')) {
        Node inner = expression();
        expect(')');
        return inner;
      }
      if (text.startsWith("#REF!", at)) {
        at += "#REF!".length();
        return new Constant(Value.error(FormulaError.REF.getString()));
      }
      Matcher number = NUMBER.matcher(text).region(at, text.length());
      if (number.lookingAt()) {
        at = number.end();
        return new Constant(Value.number(Double.parseDouble(number.group())));
      }
      if (text.regionMatches(true, at, "SUM(", 0, 4)) {
        at += 4;
        return sumArguments();
      }
      return reference();
    }

    private Node sumArguments() throws Unsupported {
      List<Node> arguments = new ArrayList<>();
      if (take(')')) {
        return new Sum(arguments);
      }
      do {
        arguments.add(expression());
      } while (take(','));
      expect(')');
      return new Sum(arguments);
    }

    private Node reference() throws Unsupported {
      Ref first = cell();
      if (!take(':')) {
        return first;
      }
      skipSpaces();
      Ref last = cell();
      return new Area(
          Math.min(first.row(), last.row()),
          Math.min(first.column(), last.column()),
          Math.max(first.row(), last.row()),
          Math.max(first.column(), last.column()));
    }

    private Ref cell() throws Unsupported {
      Matcher m = REFERENCE.matcher(text).region(at, text.length());
      if (!m.lookingAt() || m.end() < text.length() && isNamePart(text.charAt(m.end()))) {
        throw new Unsupported("unexpected '" + rest() + "'");
      }
      at = m.end();
      int column = CellReference.convertColStringToIndex(m.group(1).toUpperCase(Locale.ROOT));
      int row = Integer.parseInt(m.group(2)) - 1;
      if (row < 0 || row >= 1_048_576 || column >= 16_384) {
        throw new Unsupported("a reference outside the sheet");
      }
      return new Ref(row, column);
    }

    private static boolean isNamePart(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '!' || c == '(';
    }

    private void expect(char c) throws Unsupported {
      if (!take(c)) {
        throw new Unsupported("expected '" + c + "' at '" + rest() + "'");
      }
    }
  }
}
