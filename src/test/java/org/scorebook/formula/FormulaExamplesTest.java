package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Decimals;

/** The contract's examples from the 2017 platform-maintenance report. */
class FormulaExamplesTest {
  private final FormulaCompiler compiler =
      new FormulaCompiler(Set.of("预算金额", "实际支出", "满意度", "修复及时率"));

  @Test
  void budgetExecutionRateScoresTwoNinetyFour() throws FormulaException {
    Formula formula = compiler.compile("分值 * min(实际支出 / 预算金额, 1)");

    double raw = formula.evaluate(Map.of("分值", 3.0, "实际支出", 19.000, "预算金额", 19.369));

    assertThat(Decimals.round2(raw)).isEqualTo(2.94);
    assertThat(formula.variables()).containsExactly("分值", "实际支出", "预算金额");
    assertThat(formula.text()).isEqualTo("分值 * min(实际支出 / 预算金额, 1)");
  }

  @Test
  void satisfactionAboveThresholdScoresFull() throws FormulaException {
    Formula formula = compiler.compile("if(满意度 >= 0.85, 分值, 分值 * 满意度 / 0.85)");

    assertThat(formula.evaluate(Map.of("分值", 10.0, "满意度", 0.8913))).isEqualTo(10.0);
    assertThat(Decimals.round2(formula.evaluate(Map.of("分值", 10.0, "满意度", 0.68)))).isEqualTo(8.0);
  }

  @Test
  void repairRateScoresFourFiftySix() throws FormulaException {
    Formula formula = compiler.compile("分值 * 修复及时率");

    assertThat(Decimals.round2(formula.evaluate(Map.of("分值", 5.0, "修复及时率", 0.912))))
        .isEqualTo(4.56);
  }

  @Test
  void resultIsRawNotRounded() throws FormulaException {
    double raw =
        compiler
            .compile("分值 * min(实际支出 / 预算金额, 1)")
            .evaluate(Map.of("分值", 3.0, "实际支出", 19.000, "预算金额", 19.369));

    assertThat(raw).isEqualTo(3.0 * (19.000 / 19.369));
  }
}
