package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which rule a review's finding is counted under in 常见问题: the short name its text starts with. */
class ReviewRuleNameTest {

  @Test
  void theNameBeforeTheFirstColonIsTheRule() {
    assertThat(ReviewResult.ruleOf("成本指标：成本指标的指标值「≥48.14万元」是不低于某个金额：成本应设上限")).isEqualTo("成本指标");
  }

  @Test
  void aSuggestionCountsUnderItsRule() {
    assertThat(ReviewResult.ruleOf("满意度指标（建议）：一般应设置服务对象满意度指标")).isEqualTo("满意度指标");
  }

  @Test
  void aTextThatNamesNoRuleIsCountedAsOther() {
    assertThat(ReviewResult.ruleOf("指标值未填写，请填写可衡量的目标值")).isEqualTo("其他");
    assertThat(ReviewResult.ruleOf("指标值「≥95%」无法识别：请写成比较符号加数字和单位")).isEqualTo("其他");
  }
}
