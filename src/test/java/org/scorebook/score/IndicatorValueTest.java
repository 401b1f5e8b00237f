package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.model.Text;
import org.scorebook.score.IndicatorValue.Comparison;
import org.scorebook.score.IndicatorValue.Deadline;
import org.scorebook.score.IndicatorValue.Duration;
import org.scorebook.score.IndicatorValue.Empty;
import org.scorebook.score.IndicatorValue.Frequency;
import org.scorebook.score.IndicatorValue.NotApplicable;
import org.scorebook.score.IndicatorValue.Qualitative;
import org.scorebook.score.IndicatorValue.Unreadable;

class IndicatorValueTest {

  private static Comparison comparison(String text) {
    IndicatorValue value = IndicatorValue.parse(text);
    assertThat(value).as(text).isInstanceOf(Comparison.class);
    return (Comparison) value;
  }

  private static void assertComparison(
      String text, String direction, boolean strict, String value, String unit) {
    Comparison read = comparison(text);
    assertThat(read.direction()).as(text).hasToString(direction);
    assertThat(read.strict()).as(text).isEqualTo(strict);
    assertThat(read.value()).as(text).isEqualByComparingTo(value);
    assertThat(read.unit()).as(text).isEqualTo(unit);
    assertThat(read.inProse()).as(text).isFalse();
  }

  @Test
  void readsTheSelfEvaluationFormsUsualTargets() {
    assertThat(IndicatorValue.parse("≥95%"))
        .isEqualTo(
            new Comparison("≥95%", Direction.HIGHER, false, new BigDecimal("95"), "%", false));
    assertThat(IndicatorValue.parse("每周4次"))
        .isEqualTo(new Frequency("每周4次", new BigDecimal("4"), "周", "次"));
    assertThat(IndicatorValue.parse("<2小时"))
        .isEqualTo(new Comparison("<2小时", Direction.LOWER, true, new BigDecimal("2"), "小时", false));
    assertThat(IndicatorValue.parse("≤5.8万元"))
        .isEqualTo(
            new Comparison("≤5.8万元", Direction.LOWER, false, new BigDecimal("5.8"), "万元", false));
    assertThat(IndicatorValue.parse("作用明显")).isEqualTo(new Qualitative("作用明显"));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "　", "\n"})
  void readsAnEmptyCellAsMissingNotAsNotApplicable(String text) {
    assertThat(IndicatorValue.parse(text)).isEqualTo(new Empty(text));
    assertThat(IndicatorValue.parse(null)).isEqualTo(new Empty(""));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"不适用", "/", "无", "—", "——", "不适应", "／", "不适用\n", " 不 适 用 "})
  void readsTheWordsAndMarksForNotApplicable(String text) {
    assertThat(IndicatorValue.parse(text)).isEqualTo(new NotApplicable(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥95%      | 95  | %",
        "≧95%      | 95  | %",
        ">=95%     | 95  | %",
        "不低于90%  | 90  | %",
        "不少于12次 | 12  | 次",
        "至少3场    | 3   | 场",
        "达到95%    | 95  | %",
        "90%以上    | 90  | %",
        "100人及以上 | 100 | 人",
        "不低于90%以上 | 90 | %",
        "》90%      | 90  | %",
      })
  void readsComparatorsThatMeanAtLeast(String text, String value, String unit) {
    assertComparison(text, "HIGHER", false, value, unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≤3天           | 3      | 天",
        "≦3天           | 3      | 天",
        "<=100万元      | 100    | 万元",
        "不超过48.14万元 | 48.14  | 万元",
        "不超20次       | 20     | 次",
        "不高于5%       | 5      | %",
        "控制在5%以内    | 5      | %",
        "5%以下         | 5      | %",
        "不超过过10万元  | 10     | 万元",
        "≤1018.55万元   | 1018.55 | 万元",
      })
  void readsComparatorsThatMeanAtMost(String text, String value, String unit) {
    assertComparison(text, "LOWER", false, value, unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">95%       | HIGHER | 95  | %",
        "＞95%      | HIGHER | 95  | %",
        "大于3次    | HIGHER | 3   | 次",
        "高于80%    | HIGHER | 80  | %",
        "超过500万元 | HIGHER | 500 | 万元",
        "<1次       | LOWER  | 1   | 次",
        "＜1次      | LOWER  | 1   | 次",
        "小于3秒    | LOWER  | 3   | 秒",
        "低于5%     | LOWER  | 5   | %",
        "少于2次    | LOWER  | 2   | 次",
      })
  void readsStrictComparatorsAsStrict(String text, String direction, String value, String unit) {
    assertComparison(text, direction, true, value, unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "=100%     | 100      | %",
        "＝100%    | 100      | %",
        "100%      | 100      | %",
        "20集      | 20       | 集",
        "164.8247  | 164.8247 | ''",
        "10185500  | 10185500 | ''",
      })
  void readsAnEqualsSignOrNoComparatorAsEqual(String text, String value, String unit) {
    assertComparison(text, "EQUAL", false, value, unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "＞＝９５％       | 95       | %",
        "≥ 95 %          | 95       | %",
        "　≥９５％　      | 95       | %",
        "１２.５万元       | 12.5     | 万元",
        "≥0.85           | 0.85     | ''",
        "≤10,185,500元   | 10185500 | 元",
        "≥95%。          | 95       | %",
      })
  void readsHalfAndFullWidthDigitsDecimalsAndSeparators(String text, String value, String unit) {
    Comparison read = comparison(text);
    assertThat(read.value()).isEqualByComparingTo(value);
    assertThat(read.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "两栋      | EQUAL  | 2   | 栋",
        "十个      | EQUAL  | 10  | 个",
        "不少于十场 | HIGHER | 10  | 场",
        "三百人    | EQUAL  | 300 | 人",
        "两万人    | EQUAL  | 2   | 万人",
      })
  void readsChineseNumeralsInSimpleCases(String text, String direction, String value, String unit) {
    Comparison read = comparison(text);
    assertThat(read.direction()).hasToString(direction);
    assertThat(read.value()).isEqualByComparingTo(value);
    assertThat(read.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"一流", "十分满意", "一次性补助到位", "百分之百"})
  void leavesChineseNumeralsInWordsAsWords(String text) {
    assertThat(IndicatorValue.parse(text)).isEqualTo(new Qualitative(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "95%       | %",
        "95％      | %",
        "3个百分点  | 个百分点",
        "500元     | 元",
        "48.14万元 | 万元",
        "1.2亿元   | 亿元",
        "5万元/台   | 万元/台",
        "2万元/人   | 万元/人",
        "20人      | 人",
        "300人次   | 人次",
        "12次      | 次",
        "3场       | 场",
        "5家       | 家",
        "3套       | 套",
        "10台      | 台",
        "20件      | 件",
        "100份     | 份",
        "20集      | 集",
        "12项      | 项",
        "3处       | 处",
        "1宗       | 宗",
        "2栋       | 栋",
        "1000米    | 米",
        "500平方米  | 平方米",
        "200㎡     | 平方米",
        "50亩      | 亩",
        "10吨      | 吨",
        "95分      | 分",
        "500棵树   | 棵树",
      })
  void readsTheUnitBehindTheNumber(String text, String unit) {
    assertThat(comparison(text).unit()).isEqualTo(unit);
  }

  @Test
  void tellsMoneyAndPercentagesByTheirUnit() {
    assertThat(comparison("5万元/台").isMoney()).isTrue();
    assertThat(comparison("≤1018.55万元").isMoney()).isTrue();
    assertThat(comparison("1.2亿元").isMoney()).isTrue();
    assertThat(comparison("≥95%").isPercent()).isTrue();
    assertThat(comparison("300人次").isMoney()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11月底前完成          |      | 11 |    | false",
        "十一月底前            |      | 11 |    | false",
        "6月30日前             |      | 6  | 30 | false",
        "2023/11/30           | 2023 | 11 | 30 | false",
        "2023-11-30           | 2023 | 11 | 30 | false",
        "2023年11月           | 2023 | 11 |    | false",
        "2024年12月31日前      | 2024 | 12 | 31 | false",
        "于2023年11月30日前完成验收 | 2023 | 11 | 30 | false",
        "每年6月底前           |      | 6  |    | false",
        "年底前               |      |    |    | true",
        "年内完成             |      |    |    | true",
        "本年度内完成          |      |    |    | true",
        "2023年底前           | 2023 |    |    | true",
      })
  void readsDatesAndDeadlines(
      String text, Integer year, Integer month, Integer day, boolean yearEnd) {
    assertThat(IndicatorValue.parse(text))
        .isEqualTo(new Deadline(text, optional(year), optional(month), optional(day), yearEnd));
  }

  private static OptionalInt optional(Integer number) {
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023.6万元", "2023年完成5个项目", "6月"})
  void doesNotTakeMoneyACountOrABareMonthForADate(String text) {
    assertThat(IndicatorValue.parse(text)).isNotInstanceOf(Deadline.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2小时内    | LOWER  | 2  | 小时",
        "三小时内   | LOWER  | 3  | 小时",
        "3天以内    | LOWER  | 3  | 天",
        "3天内完成  | LOWER  | 3  | 天",
        "3个工作日  | EQUAL  | 3  | 工作日",
        "6个月     | EQUAL  | 6  | 月",
        "30分钟    | EQUAL  | 30 | 分钟",
        "1年以上    | HIGHER | 1  | 年",
      })
  void readsASpanOfTimeWithoutAComparatorInFrontAsADuration(
      String text, String direction, String value, String unit) {
    assertThat(IndicatorValue.parse(text))
        .isEqualTo(new Duration(text, Direction.valueOf(direction), new BigDecimal(value), unit));
  }

  @Test
  void readsASpanOfTimeWithAComparatorInFrontAsAComparison() {
    assertComparison("<2小时", "LOWER", true, "2", "小时");
    assertComparison("≤3个工作日", "LOWER", false, "3", "工作日");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每月1次       | 1 | 月   | 次",
        "每周4次       | 4 | 周   | 次",
        "每季度一次     | 1 | 季度 | 次",
        "每年两次       | 2 | 年   | 次",
        "每天2场       | 2 | 日   | 场",
        "每月不少于1次  | 1 | 月   | 次",
        "每季度开展1次  | 1 | 季度 | 次",
        "4次/周        | 4 | 周   | 次",
        "≥2次/月       | 2 | 月   | 次",
      })
  void readsACountPerPeriodAsAFrequency(String text, String count, String period, String unit) {
    assertThat(IndicatorValue.parse(text))
        .isEqualTo(new Frequency(text, new BigDecimal(count), period, unit));
  }

  @Test
  void readsMoneyPerPersonAsAComparisonNotAFrequency() {
    assertThat(IndicatorValue.parse("每年每人补助500元")).isInstanceOf(Comparison.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "总成本不超过48.14万          | LOWER  | 48.14 | 万元",
        "出具评估报告总成本1.2万元     | EQUAL  | 1.2   | 万元",
        "满意度达95%以上             | HIGHER | 95    | %",
        "受益人数≥5万人              | HIGHER | 5     | 万人",
        "2023年完成5个项目           | EQUAL  | 5     | 个",
        "及时率100%                 | EQUAL  | 100   | %",
        "95%左右                    | EQUAL  | 95    | %",
      })
  void takesTheComparisonOutOfProse(String text, String direction, String value, String unit) {
    Comparison read = comparison(text);
    assertThat(read.direction()).hasToString(direction);
    assertThat(read.value()).isEqualByComparingTo(value);
    assertThat(read.unit()).isEqualTo(unit);
    assertThat(read.inProse()).isTrue();
  }

  @Test
  void readsABareTenThousandAsMoneyOnlyWhenTheTextSpeaksOfMoney() {
    assertThat(comparison("总成本不超过48.14万").unit()).isEqualTo("万元");
    assertThat(comparison("5万").unit()).isEqualTo("万");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥       | ≥",
        "≥%      | ≥",
        "≥上年    | ≥",
        "<       | <",
        "不低于   | 不低于",
        "不超过万元 | 不超过"
      })
  void findsAComparisonWithoutANumberUnreadable(String text, String comparator) {
    IndicatorValue value = IndicatorValue.parse(text);
    assertThat(value).isInstanceOf(Unreadable.class);
    assertThat(((Unreadable) value).reason())
        .isEqualTo(Text.get("score.target.noNumber", text, comparator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"90%≥", "满意度≥", "95≥%"})
  void findsAStraySymbolUnreadable(String text) {
    assertThat(IndicatorValue.parse(text))
        .isEqualTo(new Unreadable(text, Text.get("score.target.symbolInside", text)));
  }

  @Test
  void findsComparatorsPointingBothWaysUnreadable() {
    assertThat(IndicatorValue.parse("≥90%以下"))
        .isEqualTo(
            new Unreadable("≥90%以下", Text.get("score.target.contradiction", "≥90%以下", "≥", "以下")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"作用明显", "显著提升", "良好", "及时", "很满意", "不低于上年水平", "按时完成", "第3季度完成"})
  void readsOtherTextAsQualitativeWords(String text) {
    assertThat(IndicatorValue.parse(text)).isEqualTo(new Qualitative(text));
  }

  @Test
  void keepsTheTextAsTyped() {
    assertThat(IndicatorValue.parse(" ≥９５％\n").text()).isEqualTo(" ≥９５％\n");
    assertThat(IndicatorValue.parse("不适用\n").text()).isEqualTo("不适用\n");
  }
}
