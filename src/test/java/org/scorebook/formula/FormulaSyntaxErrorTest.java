package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every malformed formula gives a FormulaException with a Chinese message and the user's position.
 */
class FormulaSyntaxErrorTest {
  private final FormulaCompiler compiler = new FormulaCompiler(Set.of("满意度", "x"));

  private FormulaException error(String text) {
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> compiler.compile(text));
    assertThat(e).as("compiling %s", text).isNotNull();
    return e;
  }

  private void assertError(String text, int position, String message) {
    FormulaException e = error(text);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.position()).isEqualTo(position);
  }

  @Test
  void whatExp4jItselfRejectsIsSaidInChineseWithoutItsEnglish() {
    FormulaException e =
        Formula.internal(
            new IllegalArgumentException("Invalid number of items on the output queue"));

    assertThat(e.getMessage()).startsWith("公式无法计算：").doesNotContain("Invalid", "queue");
  }

  @Test
  void unfinishedFormulaPointsAtTheLastOperator() {
    assertError("分值 * (1 + ", 8, "第 9 个字符：公式在「+」之后就结束了，还缺少数字、名称或左括号。");
  }

  @Test
  void extraClosingParenthesisIsFound() {
    assertError("2 + 3)", 5, "第 6 个字符：右括号「)」没有对应的左括号。");
  }

  @Test
  void emptyParenthesesAreAnError() {
    assertError("()", 0, "第 1 个字符：括号里是空的。");
    assertError("1 + (())", 5, "第 6 个字符：括号里是空的。");
  }

  @Test
  void unclosedParenthesisPointsAtIt() {
    assertError("(2 + 3", 0, "第 1 个字符：这个左括号「(」没有对应的右括号。");
    assertError("min(1, 2", 3, "第 4 个字符：这个左括号「(」没有对应的右括号。");
  }

  @Test
  void emptyFormulaIsAnError() {
    for (String text : new String[] {"", "   ", "\u3000", null}) {
      FormulaException e = error(text);
      assertThat(e.getMessage()).isEqualTo("公式是空的。");
      assertThat(e.position()).isEqualTo(-1);
    }
  }

  @Test
  void wrongNumberOfArgumentsIsFoundAtCompileTime() {
    assertError("min(1)", 0, "第 1 个字符：函数「min」需要 2 个参数，这里有 1 个。");
    assertError("1 + clamp(1,2)", 4, "第 5 个字符：函数「clamp」需要 3 个参数，这里有 2 个。");
    assertError("if(1, 2)", 0, "第 1 个字符：函数「if」需要 3 个参数，这里有 2 个。");
    assertError("round(2.5)", 0, "第 1 个字符：函数「round」需要 2 个参数，这里有 1 个。");
    assertError("sqrt(1, 2)", 0, "第 1 个字符：函数「sqrt」需要 1 个参数，这里有 2 个。");
    assertError("max()", 0, "第 1 个字符：函数「max」需要 2 个参数，这里有 0 个。");
  }

  @Test
  void tierNeedsAValueAndOneToFivePairs() {
    String tier = "第 1 个字符：函数「tier」需要一个值再加 1 到 5 对「门槛, 得分」，即 3、5、7、9 或 11 个参数，这里有 %d 个。";
    assertError("tier(1)", 0, tier.formatted(1));
    assertError("tier(x, 0.9, 10, 0.8)", 0, tier.formatted(4));
    assertError("tier(x, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6)", 0, tier.formatted(13));
  }

  @Test
  void implicitMultiplicationIsAnError() {
    assertError("2分值", 1, "第 2 个字符：「2」和「分值」之间缺少运算符：不能省略乘号，要相乘请写成「2 * 分值」。");
    assertError("2 分值", 2, "第 3 个字符：「分值」前面缺少运算符（不能省略乘号，要相乘请写「*」）。");
    assertError("2(3)", 1, "第 2 个字符：「(」前面缺少运算符（不能省略乘号，要相乘请写「*」）。");
    assertError("(1)(2)", 3, "第 4 个字符：「(」前面缺少运算符（不能省略乘号，要相乘请写「*」）。");
    assertError("分值 (2)", 3, "第 4 个字符：「(」前面缺少运算符（不能省略乘号，要相乘请写「*」）。");
  }

  @Test
  void gluedNamesAreAnErrorEvenWhenThePrefixIsKnown() {
    FormulaCompiler onlyFullScore = new FormulaCompiler(Set.of());
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> onlyFullScore.compile("满分得分"));

    assertThat(e.getMessage()).isEqualTo("第 1 个字符：未知名称「满分得分」：如果要把「满分」和「得分」相乘，请写成「满分 * 得分」。");
  }

  @Test
  void percentLiteralsAreAnError() {
    assertError("分值 * 85%", 7, "第 8 个字符：公式里不能用百分号：请把百分数写成小数，例如把 85% 写成 0.85。");
  }

  @Test
  void missingOperandIsReported() {
    assertError("2 * * 3", 4, "第 5 个字符：这里应该是数字、名称或左括号，而不是「*」。");
    assertError("min(1,)", 6, "第 7 个字符：这里应该是数字、名称或左括号，而不是「)」。");
    assertError("* 3", 0, "第 1 个字符：这里应该是数字、名称或左括号，而不是「*」。");
  }

  @Test
  void commaOutsideAFunctionCallIsAnError() {
    assertError("1, 2", 1, "第 2 个字符：逗号「,」只能用来分隔函数的参数。");
    assertError("(1, 2)", 2, "第 3 个字符：逗号「,」只能用来分隔函数的参数。");
  }

  @Test
  void functionWithoutParenthesesIsAnError() {
    assertError("min + 1", 0, "第 1 个字符：「min」是函数，后面要跟括号和参数，例如「min(…)」。");
  }

  @Test
  void badCharactersAndNumbersAreReported() {
    assertError("2 # 3", 2, "第 3 个字符：不能识别的字符「#」。");
    assertError("1.2.3 + 1", 0, "第 1 个字符：数字「1.2.3」写得不对。");
    assertError("5. + 1", 0, "第 1 个字符：数字「5.」写得不对。");
    assertError("1 + 𠀀", 4, "第 5 个字符：不能识别的字符「𠀀」。");
  }

  @Test
  void equalsAndBangAloneAreExplained() {
    assertError("=分值 * 0.9", 0, "第 1 个字符：公式开头不要写「=」：直接写算式，例如「分值 * 0.9」。");
    assertError("x = 1", 2, "第 3 个字符：「=」不是运算符：比较是否相等请写「==」。");
    assertError("x ! 1", 2, "第 3 个字符：「!」不是运算符：比较是否不相等请写「!=」。");
    assertError("x <> 1", 2, "第 3 个字符：「<>」不是运算符：比较是否不相等请写「!=」。");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 +",
        "+",
        "-",
        "(",
        ")",
        ",",
        "1 2",
        "x x",
        "tier",
        "tier()",
        "if(,,)",
        "1 ^",
        "^ 1",
        "()()",
        "min(1)(2)",
        "1 >",
        "> 1",
        "1 >= >= 1",
        "((1)",
        "1))",
        "e",
        "pi",
        "2e3",
        "tier1(1,2,3)",
        "分值(1)"
      })
  void oddInputsGiveFormulaExceptionsWithAChineseMessage(String text) {
    FormulaException e = error(text);

    assertThat(e.getMessage()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
  }
}
