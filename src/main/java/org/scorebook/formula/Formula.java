package org.scorebook.formula;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled formula. Immutable and thread-safe: each evaluation works on its own copy of the built
 * exp4j expression (exp4j's {@code Expression} holds variable values and must not be shared).
 */
public final class Formula {
  private static final Logger LOG = LoggerFactory.getLogger(Formula.class);

  private final String text;
  private final Set<String> variables;
  private final Expression prototype;

  private Formula(String text, Set<String> variables, Expression prototype) {
    this.text = text;
    this.variables = variables;
    this.prototype = prototype;
  }

  /**
   * Builds the checked exp4j text; any exp4j failure (which the parser should prevent) is wrapped.
   */
  static Formula build(String text, Set<String> variables, String exp4jText)
      throws FormulaException {
    Expression built =
        new ExpressionBuilder(exp4jText)
            .variables(variables)
            .functions(FormulaFunctions.functions())
            .operator(FormulaFunctions.operators())
            .implicitMultiplication(false)
            .build();
    Formula formula = new Formula(text, variables, built);
    formula.probe();
    return formula;
  }

  /** Evaluates once with every variable 1, so that exp4j's late checks fail at compile time. */
  private void probe() {
    Expression expression = new Expression(prototype);
    for (String name : variables) {
      expression.setVariable(name, 1);
    }
    expression.evaluate();
  }

  /**
   * What exp4j throws for a formula its own checks let through (a wrong number of arguments, an odd
   * bracket): a Chinese sentence for the user, exp4j's English words for the log only.
   */
  static FormulaException internal(RuntimeException e) {
    LOG.debug("exp4j rejected a formula", e);
    return FormulaException.of("formula.internal");
  }

  /** The formula as the user typed it. */
  public String text() {
    return text;
  }

  /**
   * The variable names the formula uses, in order of first use. Names are canonical: a formula that
   * writes {@code 满分} reports {@code 分值} (its alias), so a caller checking blank row variables
   * checks {@code 分值}, {@code 目标值} and {@code 实际值} against {@link FormulaCompiler#ROW_VARIABLES}.
   */
  public Set<String> variables() {
    return variables;
  }

  /**
   * Evaluates with the given values: every name in {@link #variables()} must have a non-null value
   * ({@code 分值} may also be supplied as {@code 满分}); other entries are ignored. Returns the raw
   * double, not rounded. Throws when a value is missing or the result is not finite (division by
   * zero, {@code sqrt(-1)}, {@code log(0)}).
   */
  public double evaluate(Map<String, Double> values) throws FormulaException {
    Objects.requireNonNull(values, "values");
    Expression expression = new Expression(prototype);
    for (String name : variables) {
      expression.setVariable(name, valueOf(values, name));
    }
    double result;
    try {
      result = expression.evaluate();
    } catch (RuntimeException e) {
      throw internal(e);
    }
    if (!Double.isFinite(result)) {
      throw FormulaException.of("formula.notFinite");
    }
    return result;
  }

  private static double valueOf(Map<String, Double> values, String name) throws FormulaException {
    Double value = values.get(name);
    if (value == null && FormulaCompiler.SCORE.equals(name)) {
      value = values.get(FormulaCompiler.FULL_SCORE);
    }
    if (value == null) {
      throw FormulaException.of("formula.missingValue", name);
    }
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}
