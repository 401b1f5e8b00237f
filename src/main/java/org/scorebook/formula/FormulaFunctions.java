package org.scorebook.formula;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.function.Functions;
import net.objecthunter.exp4j.operator.Operator;
import org.scorebook.model.Decimals;

/**
 * The functions and operators the contract adds to exp4j, and the arity of every function.
 *
 * <p>Invalid arithmetic never throws: division by zero gives NaN (not infinity, so that no later
 * {@code min}, {@code max} or comparison can turn it back into a finite number), comparisons and
 * {@code tier} and {@code if} with a NaN deciding operand give NaN. Only {@code if} can discard a
 * NaN, when it sits in the branch not taken; otherwise it reaches the result, which the formula
 * reports.
 *
 * <p>Comparisons ({@code > >= < <= == !=} and {@code tier}'s thresholds) treat two numbers as equal
 * when they agree to about 12 significant digits, so that {@code 0.1 + 0.2 == 0.3} and a ratio
 * computed as 0.84999999999 still reaches the threshold 0.85.
 */
final class FormulaFunctions {
  static final String TIER = "tier";
  static final int MAX_TIER_PAIRS = 5;

  /** Below addition (500), so that {@code 1 + 1 > 1} compares the sum. */
  static final int PRECEDENCE_COMPARISON = 100;

  /**
   * Limits of {@code round}'s decimals, which are truncated to an integer as Excel's ROUND does.
   */
  static final int MAX_ROUND_PLACES = 20;

  private static final double RELATIVE_TOLERANCE = 1e-12;

  /** exp4j 0.4.8's built-in functions. */
  private static final List<String> BUILT_INS =
      List.of(
          "abs", "acos", "asin", "atan", "cbrt", "ceil", "cos", "cosh", "cot", "exp", "expm1",
          "floor", "log", "log10", "log1p", "log2", "pow", "signum", "sin", "sinh", "sqrt", "tan",
          "tanh");

  private static final List<Function> FUNCTIONS =
      List.of(
          function("min", 2, a -> Math.min(a[0], a[1])),
          function("max", 2, a -> Math.max(a[0], a[1])),
          function("clamp", 3, a -> Math.min(Math.max(a[0], a[1]), a[2])),
          function("if", 3, a -> choose(a[0], a[1], a[2])),
          function("round", 2, a -> round(a[0], a[1])),
          function(internalTierName(1), 3, FormulaFunctions::tier),
          function(internalTierName(2), 5, FormulaFunctions::tier),
          function(internalTierName(3), 7, FormulaFunctions::tier),
          function(internalTierName(4), 9, FormulaFunctions::tier),
          function(internalTierName(5), 11, FormulaFunctions::tier));

  private static final List<Operator> OPERATORS =
      List.of(
          operator("/", Operator.PRECEDENCE_DIVISION, a -> divide(a[0], a[1])),
          comparison(">", c -> c > 0),
          comparison(">=", c -> c >= 0),
          comparison("<", c -> c < 0),
          comparison("<=", c -> c <= 0),
          comparison("==", c -> c == 0),
          comparison("!=", c -> c != 0));

  /** Every fixed-arity function a user may call, with its number of arguments. */
  private static final Map<String, Integer> ARITIES = arities();

  /** Every function name a user may write: custom, built-in and {@code tier}. */
  static final Set<String> NAMES = names();

  /** Names used only in the text handed to exp4j ({@code tier} with 1 to 5 pairs). */
  static final Set<String> INTERNAL_NAMES = internalNames();

  private FormulaFunctions() {}

  static List<Function> functions() {
    return FUNCTIONS;
  }

  static List<Operator> operators() {
    return OPERATORS;
  }

  /** Number of arguments of a fixed-arity function. */
  static int arity(String name) {
    return ARITIES.get(name);
  }

  static boolean accepts(String name, int count) {
    if (TIER.equals(name)) {
      return count % 2 == 1 && count >= 3 && count <= 2 * MAX_TIER_PAIRS + 1;
    }
    return ARITIES.get(name) == count;
  }

  /** The name exp4j knows the call by: {@code tier} with n pairs is {@code tier<n>}. */
  static String internalName(String name, int count) {
    return TIER.equals(name) ? internalTierName((count - 1) / 2) : name;
  }

  private static String internalTierName(int pairs) {
    return TIER + pairs;
  }

  private static Map<String, Integer> arities() {
    Map<String, Integer> arities = new LinkedHashMap<>();
    for (Function f : FUNCTIONS) {
      if (!f.getName().startsWith(TIER)) {
        arities.put(f.getName(), f.getNumArguments());
      }
    }
    for (String name : BUILT_INS) {
      arities.put(name, Functions.getBuiltinFunction(name).getNumArguments());
    }
    return Collections.unmodifiableMap(arities);
  }

  private static Set<String> names() {
    Set<String> names = new LinkedHashSet<>(ARITIES.keySet());
    names.add(TIER);
    return Collections.unmodifiableSet(names);
  }

  private static Set<String> internalNames() {
    Set<String> names = new LinkedHashSet<>();
    for (int pairs = 1; pairs <= MAX_TIER_PAIRS; pairs++) {
      names.add(internalTierName(pairs));
    }
    return Collections.unmodifiableSet(names);
  }

  static double divide(double dividend, double divisor) {
    return divisor == 0 ? Double.NaN : dividend / divisor;
  }

  /** {@code a} when the condition is not 0, else {@code b}; NaN when the condition is NaN. */
  static double choose(double condition, double a, double b) {
    if (Double.isNaN(condition)) {
      return Double.NaN;
    }
    return condition != 0 ? a : b;
  }

  /**
   * Half-up on the decimal value ({@link Decimals#round}); the decimals are truncated to an
   * integer.
   */
  static double round(double value, double places) {
    if (Double.isNaN(places)) {
      return Double.NaN;
    }
    long whole = (long) Math.max(-MAX_ROUND_PLACES, Math.min(MAX_ROUND_PLACES, places));
    return Decimals.round(value, (int) whole);
  }

  /**
   * {@code tier(x, t1, p1, t2, p2, …)}: p of the first pair, in order, whose threshold is ≤ x; else
   * 0.
   */
  static double tier(double... args) {
    double x = args[0];
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (Double.isNaN(args[i])) {
        return Double.NaN;
      }
      if (compare(args[i], x) <= 0) {
        return args[i + 1];
      }
    }
    return 0;
  }

  /**
   * -1, 0 or 1; numbers that agree to about 12 significant digits are equal. Neither may be NaN.
   */
  static int compare(double a, double b) {
    if (a == b) {
      return 0;
    }
    boolean close =
        Double.isFinite(a)
            && Double.isFinite(b)
            && Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    if (close) {
      return 0;
    }
    return a < b ? -1 : 1;
  }

  private static double compared(double a, double b, IntPredicate test) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    return test.test(compare(a, b)) ? 1 : 0;
  }

  private static Function function(String name, int arity, ToDoubleFunction<double[]> body) {
    return new Function(name, arity) {
      @Override
      public double apply(double... args) {
        return body.applyAsDouble(args);
      }
    };
  }

  private static Operator comparison(String symbol, IntPredicate test) {
    return operator(symbol, PRECEDENCE_COMPARISON, a -> compared(a[0], a[1], test));
  }

  private static Operator operator(String symbol, int precedence, ToDoubleFunction<double[]> body) {
    return new Operator(symbol, 2, true, precedence) {
      @Override
      public double apply(double... args) {
        return body.applyAsDouble(args);
      }
    };
  }
}
