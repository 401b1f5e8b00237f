package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.score.AnnualTarget.Qualitative;
import org.scorebook.score.AnnualTarget.Quantitative;
import org.scorebook.score.AnnualTarget.Unreadable;

class AnnualTargetTest {

  private static Quantitative quantitative(String direction, String value, String unit) {
    return new Quantitative(Direction.valueOf(direction), new BigDecimal(value), unit);
  }

  private static void assertReads(String text, String direction, String value, String unit) {
    AnnualTarget target = AnnualTarget.parse(text);
    assertThat(target).isInstanceOf(Quantitative.class);
    Quantitative read = (Quantitative) target;
    assertThat(read.direction()).hasToString(direction);
    assertThat(read.value()).isEqualByComparingTo(value);
    assertThat(read.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥95%       | HIGHER | 0.95 | %",
        ">=20集     | HIGHER | 20   | 集",
        "不低于90%  | HIGHER | 0.9  | %",
        "不少于12次 | HIGHER | 12   | 次",
        "大于3次    | HIGHER | 3    | 次",
        "超过500万元 | HIGHER | 500  | 万元",
        ">95%       | HIGHER | 0.95 | %",
        "100        | HIGHER | 100  | ''",
        "0.0        | HIGHER | 0    | ''",
        "≥0         | HIGHER | 0    | ''",
        "每周4次    | HIGHER | 4    | 次/周",
        "≤3天       | LOWER  | 3    | 天",
        "<=100万元  | LOWER  | 100  | 万元",
        "不高于5%   | LOWER  | 0.05 | %",
        "不超过2次  | LOWER  | 2    | 次",
        "小于3秒    | LOWER  | 3    | 秒",
        "低于5%     | LOWER  | 0.05 | %",
        "<1次       | LOWER  | 1    | 次",
        "<2小时     | LOWER  | 2    | 小时",
        "≤0         | LOWER  | 0    | ''",
        "=100%      | EQUAL  | 1    | %",
        "＝100%     | EQUAL  | 1    | %",
      })
  void readsEveryAcceptedFormOfATarget(String text, String direction, String value, String unit) {
    assertReads(text, direction, value, unit);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"＞＝９５％", "≥ 95 %", " >= 95% ", "≥９５％", "　≥95％　"})
  void readsFullWidthSymbolsDigitsAndSpacesAsTheirHalfWidthForms(String text) {
    assertReads(text, "HIGHER", "0.95", "%");
  }

  @Test
  void readsFullWidthLessThanAndStrictGreaterThan() {
    assertReads("＜1次", "LOWER", "1", "次");
    assertReads("＞95%", "HIGHER", "0.95", "%");
    assertReads("≦3天", "LOWER", "3", "天");
  }

  @Test
  void readsTheSeed003TargetsAsTheUnitWroteThem() {
    assertThat(AnnualTarget.parse("<1次")).isEqualTo(quantitative("LOWER", "1", "次"));
    assertThat(AnnualTarget.parse("<2小时")).isEqualTo(quantitative("LOWER", "2", "小时"));
    assertThat(AnnualTarget.parse("每周4次")).isEqualTo(quantitative("HIGHER", "4", "次/周"));
  }

  @Test
  void readsTrailingWordsForDirectionWhenNoComparisonIsInFront() {
    assertReads("95%以上", "HIGHER", "0.95", "%");
    assertReads("3天以内", "LOWER", "3", "天");
    assertReads("不低于95%以上", "HIGHER", "0.95", "%");
  }

  @Test
  void readsThousandsSeparatorsAndSpelledOutHours() {
    assertReads("≥1,200人次", "HIGHER", "1200", "人次");
    assertReads("≤2个小时", "LOWER", "2", "小时");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"作用明显", "很满意", "有效提升", "达标", "不低于上年水平", "2023年12月底前完成"})
  void readsWordsAsAQualitativeTarget(String text) {
    assertThat(AnnualTarget.parse(text)).isEqualTo(new Qualitative(text));
  }

  @Test
  void reportsAComparisonSymbolWithNoNumberAfterIt() {
    assertThat(AnnualTarget.parse("≥"))
        .isEqualTo(new Unreadable("≥", "年度指标值「≥」的「≥」后面没有数字，请写成「≥95%」「≤3天」这样的比较符号加数字和单位"));
  }

  @Test
  void reportsAComparisonSymbolInTheMiddleOfTheText() {
    assertThat(AnnualTarget.parse("完成率≥95%"))
        .isEqualTo(
            new Unreadable("完成率≥95%", "年度指标值「完成率≥95%」里有比较符号，但看不出目标：请把比较符号写在数字前面，如「≥95%」「≤3天」"));
  }

  @Test
  void reportsComparisonsPointingBothWays() {
    assertThat(AnnualTarget.parse("≥95%以下"))
        .isEqualTo(new Unreadable("≥95%以下", "年度指标值「≥95%以下」前面的「≥」和后面的「以下」方向相反，请只保留一个"));
  }

  @Test
  void reportsABlankTarget() {
    assertThat(AnnualTarget.parse("  ")).isEqualTo(new Unreadable("", "年度指标值为空"));
  }
}
