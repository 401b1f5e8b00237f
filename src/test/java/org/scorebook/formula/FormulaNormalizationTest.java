package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.scorebook.model.TextPosition;

/** What a Chinese input method types is read as ASCII; positions still refer to the user's text. */
class FormulaNormalizationTest {
  private final FormulaCompiler compiler = new FormulaCompiler(Set.of("满意度"));

  @Test
  void fullWidthParenthesesAndCommaAreAccepted() throws FormulaException {
    Formula formula = compiler.compile("min（分值，2）");

    assertThat(formula.evaluate(Map.of("分值", 3.0))).isEqualTo(2);
    assertThat(formula.text()).isEqualTo("min（分值，2）");
  }

  @Test
  void timesAndDivideSignsAreAccepted() throws FormulaException {
    assertThat(compiler.compile("分值 × 满意度").evaluate(Map.of("分值", 10.0, "满意度", 0.5))).isEqualTo(5);
    assertThat(compiler.compile("3 × 2 ÷ 4").evaluate(Map.of())).isEqualTo(1.5);
  }

  @Test
  void fullWidthDigitsLettersOperatorsAndSpaceAreAccepted() throws FormulaException {
    assertThat(compiler.compile("ｍａｘ（１．５，\u3000２）＋１－０．５＊２／２").evaluate(Map.of())).isEqualTo(2.5);
    assertThat(compiler.compile("满意度 ＞＝ ０．８５").evaluate(Map.of("满意度", 0.9))).isEqualTo(1);
  }

  @Test
  void mathematicalComparisonSignsAreAccepted() throws FormulaException {
    assertThat(compiler.compile("(5 ≥ 3) + (5 ≤ 3) + (5 ≠ 3) + (5 − 3)").evaluate(Map.of()))
        .isEqualTo(4);
  }

  @Test
  void positionsReferToTheOriginalText() {
    assertThatThrownBy(() -> compiler.compile("分值 ＊ （１ ＋ "))
        .hasMessage("第 9 个字符：公式在「＋」之后就结束了，还缺少数字、名称或左括号。");
    assertThatThrownBy(() -> compiler.compile("min（分值）"))
        .hasMessage("第 1 个字符：函数「min」需要 2 个参数，这里有 1 个。");
    assertThatThrownBy(() -> compiler.compile("（１ ＋ ２")).hasMessage("第 1 个字符：这个左括号「（」没有对应的右括号。");
    assertThatThrownBy(() -> compiler.compile("分值 × 85％"))
        .hasMessageStartingWith("第 8 个字符：公式里不能用百分号");
  }

  @Test
  void positionsAfterAnExpandedCharacterStayOnTheUserText() {
    FormulaException e =
        Assertions.catchThrowableOfType(FormulaException.class, () -> compiler.compile("5 ≥ 3 )"));

    assertThat(e.position()).isEqualTo(6);
    assertThat(e.getMessage()).isEqualTo("第 7 个字符：右括号「)」没有对应的左括号。");
  }

  @Test
  void aMistakeAfterFullWidthCharactersKeepsItsProblemAndPositionApart() {
    FormulaException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            FormulaException.class, () -> compiler.compile("（分值＋１）×２）"));

    assertThat(e.problem()).isEqualTo("右括号「）」没有对应的左括号。");
    assertThat(e.textPosition()).hasValue(new TextPosition("（分值＋１）×２）", 8));
    assertThat(e.getMessage()).isEqualTo("第 9 个字符：右括号「）」没有对应的左括号。");
  }
}
