package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaNamesTest {
  private final FormulaCompiler compiler = new FormulaCompiler(Set.of("满意度", "预算", "预算执行率"));

  @ParameterizedTest
  @ValueSource(strings = {"满意度", "预算执行率2024", "_x", "x1", "Mini", "rate_2", "e", "修复及时率"})
  void validNames(String name) {
    assertThat(FormulaCompiler.isValidName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1x", "2024预算", "min", "Min", "MAX", "max", "clamp", "if", "round", "tier", "tier3",
        "sqrt", "abs", "分值", "满分", "目标值", "实际值", "a b", "a.b", "a-b", "满意度（%）", "ＡＢ", "𠀀", "率%"
      })
  void invalidNames(String name) {
    assertThat(FormulaCompiler.isValidName(name)).isFalse();
  }

  @Test
  void nullIsNotAValidName() {
    assertThat(FormulaCompiler.isValidName(null)).isFalse();
  }

  @Test
  void languageNamesAreListed() {
    assertThat(FormulaCompiler.ROW_VARIABLES).containsExactlyInAnyOrder("分值", "满分", "目标值", "实际值");
    assertThat(FormulaCompiler.FUNCTION_NAMES)
        .contains(
            "min", "max", "clamp", "if", "round", "tier", "abs", "floor", "ceil", "sqrt", "log",
            "exp")
        .doesNotContain("tier1");
  }

  @Test
  void unknownNameSuggestsTheClosestKnownName() {
    assertThatThrownBy(() -> compiler.compile("分值 * 满意读"))
        .isInstanceOf(FormulaException.class)
        .hasMessage("第 6 个字符：未知名称「满意读」，是否是「满意度」？")
        .extracting(e -> ((FormulaException) e).position())
        .isEqualTo(5);
    assertThatThrownBy(() -> compiler.compile("目标 + 1")).hasMessage("第 1 个字符：未知名称「目标」，是否是「目标值」？");
  }

  @Test
  void unknownNameFarFromEveryKnownNameHasNoSuggestion() {
    assertThatThrownBy(() -> compiler.compile("分值 * 完成率")).hasMessage("第 6 个字符：未知名称「完成率」。");
    assertThatThrownBy(() -> compiler.compile("foo(1)")).hasMessage("第 1 个字符：未知名称「foo」。");
  }

  @Test
  void longestDeclaredNameWinsOverAPrefix() throws FormulaException {
    Formula formula = compiler.compile("预算执行率 * 10 + 预算");

    assertThat(formula.variables()).containsExactly("预算执行率", "预算");
    assertThat(formula.evaluate(Map.of("预算执行率", 0.5, "预算", 1.0))).isEqualTo(6);
  }

  @Test
  void fullScoreIsReportedAsScoreAndResolvedFromEither() throws FormulaException {
    Formula formula = compiler.compile("满分 + 分值 * 满意度");

    assertThat(formula.variables()).containsExactly("分值", "满意度");
    assertThat(formula.evaluate(Map.of("分值", 10.0, "满意度", 0.5))).isEqualTo(15);
    assertThat(formula.evaluate(Map.of("满分", 10.0, "满意度", 0.5))).isEqualTo(15);
  }

  @Test
  void rowVariablesAreAlwaysKnown() throws FormulaException {
    Formula formula = new FormulaCompiler(Set.of()).compile("实际值 / 目标值 * 满分");

    assertThat(formula.variables()).containsExactly("实际值", "目标值", "分值");
    assertThat(formula.evaluate(Map.of("实际值", 9.0, "目标值", 10.0, "分值", 5.0))).isEqualTo(4.5);
  }

  @Test
  void missingValueIsAnError() throws FormulaException {
    Formula formula = compiler.compile("实际值 / 目标值");
    Map<String, Double> values = new HashMap<>();
    values.put("实际值", 1.0);
    values.put("目标值", null);

    assertThatThrownBy(() -> formula.evaluate(values))
        .isInstanceOf(FormulaException.class)
        .hasMessage("公式用到的「目标值」没有值。");
  }

  @Test
  void invalidDeclaredNamesAreIgnored() {
    FormulaCompiler odd = new FormulaCompiler(Set.of("min", "a.b", "满意度"));

    assertThatThrownBy(() -> odd.compile("a.b")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> odd.compile("min")).hasMessageContaining("是函数");
  }

  @Test
  void constantsOfExp4jAreNotPartOfTheLanguage() {
    assertThatThrownBy(() -> compiler.compile("pi * 2")).hasMessage("第 1 个字符：未知名称「pi」。");
  }

  @Test
  void declaredNameLikeAnExp4jConstantUsesTheDeclaredValue() throws FormulaException {
    Formula formula = new FormulaCompiler(Set.of("e")).compile("e * 2");

    assertThat(formula.evaluate(Map.of("e", 3.0))).isEqualTo(6);
  }
}
