package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaFunctionsTest {
  private final FormulaCompiler compiler = new FormulaCompiler(Set.of("x", "预算金额", "实际支出"));

  private double eval(String text) throws FormulaException {
    return compiler.compile(text).evaluate(Map.of());
  }

  private double eval(String text, double x) throws FormulaException {
    return compiler.compile(text).evaluate(Map.of("x", x));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "2 ^ 3; 8",
        "-2 ^ 2; -4",
        "2 ^ -1; 0.5",
        "-3 + 5; 2",
        "2 * -3; -6",
        "2 - -3; 5",
        "+3 * 2; 6",
        "2 * +3; 6",
        "7 / 2; 3.5",
        ".5 + 1; 1.5",
        "10 - 4 - 3; 3",
        "2 ^ 3 ^ 2; 512"
      })
  void arithmeticFollowsUsualPrecedence(String text, double expected) throws FormulaException {
    assertThat(eval(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1 + 1 > 1; 1",
        "2 * 3 >= 6; 1",
        "2 > 3; 0",
        "3 < 2; 0",
        "2 <= 2; 1",
        "2 == 2; 1",
        "2 != 2; 0",
        "1 != 2; 1",
        "0.1 + 0.2 == 0.3; 1",
        "1 - 2 < 0; 1",
        "2 >= -1; 1",
        "(1 > 0) + (2 > 0); 2"
      })
  void comparisonsGiveOneOrZeroBelowAddition(String text, double expected) throws FormulaException {
    assertThat(eval(text)).isEqualTo(expected);
  }

  @Test
  void minMaxClamp() throws FormulaException {
    assertThat(eval("min(3, 2)")).isEqualTo(2);
    assertThat(eval("max(3, 2)")).isEqualTo(3);
    assertThat(eval("clamp(x, 0, 10)", -5)).isEqualTo(0);
    assertThat(eval("clamp(x, 0, 10)", 15)).isEqualTo(10);
    assertThat(eval("clamp(x, 0, 10)", 7.5)).isEqualTo(7.5);
  }

  @Test
  void ifTakesSecondArgumentWhenConditionIsNotZero() throws FormulaException {
    assertThat(eval("if(x, 1, 2)", 0.5)).isEqualTo(1);
    assertThat(eval("if(x, 1, 2)", -1)).isEqualTo(1);
    assertThat(eval("if(x, 1, 2)", 0)).isEqualTo(2);
    assertThat(eval("if(x > 3, 1, 2)", 3)).isEqualTo(2);
  }

  @Test
  void roundIsHalfUpOnTheDecimalValue() throws FormulaException {
    assertThat(eval("round(2.945, 2)")).isEqualTo(2.95);
    assertThat(eval("round(5 * 0.589, 2)")).isEqualTo(2.95);
    assertThat(eval("round(-2.5, 0)")).isEqualTo(-3);
    assertThat(eval("round(2.44, 1)")).isEqualTo(2.4);
    assertThat(eval("round(1234, -2)")).isEqualTo(1200);
    assertThat(eval("round(2.945, 2.9)")).as("decimals truncated like Excel").isEqualTo(2.95);
  }

  @ParameterizedTest(name = "tier at {0} = {1}")
  @CsvSource({
    "0.95, 10",
    "0.9, 10",
    "0.85, 8",
    "0.8, 8",
    "0.7, 6",
    "0.65, 4",
    "0.6, 4",
    "0.55, 2",
    "0.5, 2",
    "0.1, 0"
  })
  void tierWithFivePairsTakesFirstThresholdReached(double x, double expected)
      throws FormulaException {
    assertThat(eval("tier(x, 0.9, 10, 0.8, 8, 0.7, 6, 0.6, 4, 0.5, 2)", x)).isEqualTo(expected);
  }

  @Test
  void tierWithOneToFourPairs() throws FormulaException {
    assertThat(eval("tier(x, 0.9, 5)", 0.95)).isEqualTo(5);
    assertThat(eval("tier(x, 0.9, 5)", 0.5)).isEqualTo(0);
    assertThat(eval("tier(x, 0.9, 5, 0.5, 3)", 0.6)).isEqualTo(3);
    assertThat(eval("tier(x, 0.9, 5, 0.5, 3, 0, 1)", 0.1)).isEqualTo(1);
    assertThat(eval("tier(x, 0.9, 5, 0.5, 3, 0.2, 2, 0, 1)", 0.3)).isEqualTo(2);
  }

  @Test
  void tierIsZeroWhenNoThresholdIsReached() throws FormulaException {
    assertThat(eval("tier(x, 0.9, 10, 0.8, 8, 0.7, 6)", 0.69)).isEqualTo(0);
  }

  @Test
  void tierKeepsTheOrderGivenNotTheLargestThreshold() throws FormulaException {
    assertThat(eval("tier(x, 0.5, 1, 0.9, 10)", 0.95)).isEqualTo(1);
  }

  @Test
  void tierNestsInsideOtherCallsAndArithmetic() throws FormulaException {
    assertThat(eval("min(tier(x, 1, 2, 0, 1), 5) + tier(x, 0, 3) * 2", 2)).isEqualTo(8);
  }

  @Test
  void builtInsStayAvailable() throws FormulaException {
    assertThat(eval("abs(-2) + floor(2.7) + ceil(2.1) + sqrt(16)")).isEqualTo(11);
    assertThat(eval("pow(2, 10)")).isEqualTo(1024);
    assertThat(eval("log(exp(2))")).isEqualTo(2);
  }

  @Test
  void divisionByZeroInTheUntakenBranchOfIfIsFine() throws FormulaException {
    Formula formula = compiler.compile("if(预算金额 == 0, 0, 实际支出 / 预算金额)");

    assertThat(formula.evaluate(Map.of("预算金额", 0.0, "实际支出", 5.0))).isEqualTo(0);
    assertThat(formula.evaluate(Map.of("预算金额", 10.0, "实际支出", 5.0))).isEqualTo(0.5);
  }

  @Test
  void divisionByZeroAsResultIsAnError() throws FormulaException {
    Formula formula = compiler.compile("实际支出 / 预算金额");

    assertThatThrownBy(() -> formula.evaluate(Map.of("预算金额", 0.0, "实际支出", 5.0)))
        .isInstanceOf(FormulaException.class)
        .hasMessage("结果不是有限的数（可能除以零）。");
  }

  @Test
  void divisionByZeroCannotBeHiddenByMinOrComparison() throws FormulaException {
    Formula min = compiler.compile("3 * min(实际支出 / 预算金额, 1)");
    Formula compare = compiler.compile("(实际支出 / 预算金额 > 1) * 3");
    Map<String, Double> zeroBudget = Map.of("预算金额", 0.0, "实际支出", 5.0);

    assertThatThrownBy(() -> min.evaluate(zeroBudget)).hasMessage("结果不是有限的数（可能除以零）。");
    assertThatThrownBy(() -> compare.evaluate(zeroBudget)).hasMessage("结果不是有限的数（可能除以零）。");
  }

  @Test
  void nonFiniteBuiltInResultsAreErrors() {
    assertThatThrownBy(() -> eval("sqrt(-1)")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> eval("log(0)")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> eval("0 / 0")).hasMessage("结果不是有限的数（可能除以零）。");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "MIN(2, 3); 2",
        "Max(2, 3); 3",
        "IF(x > 1, 5, 6); 5",
        "ROUND(2.345, 2); 2.35",
        "CLAMP(x * 10, 0, 4); 4",
        "TIER(x, 3, 10, 1, 5); 5",
        "ABS(-x); 2",
        "SQRT(x * 8); 4"
      })
  void functionNamesInCapitalsWorkAsTheirLowerCaseForms(String text, double expected)
      throws FormulaException {
    assertThat(eval(text, 2)).isEqualTo(expected);
  }

  @Test
  void variableNamesStayCaseSensitiveAndCannotShadowAFunctionInAnyCase() {
    assertThatThrownBy(() -> eval("X + 1", 2)).isInstanceOf(FormulaException.class);
    assertThat(FormulaCompiler.isValidName("MIN")).isFalse();
    assertThat(FormulaCompiler.isValidName("Round")).isFalse();
    assertThat(FormulaCompiler.isValidName("MINX")).isTrue();
  }
}
