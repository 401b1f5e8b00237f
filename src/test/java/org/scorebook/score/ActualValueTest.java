package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scorebook.score.ActualValue.Measured;
import org.scorebook.score.ActualValue.Missing;
import org.scorebook.score.ActualValue.UnitMismatch;
import org.scorebook.score.ActualValue.Unreadable;

class ActualValueTest {

  private static BigDecimal measured(String text, String unit) {
    ActualValue actual = ActualValue.parse(text, unit);
    assertThat(actual).isInstanceOf(Measured.class);
    return ((Measured) actual).value();
  }

  @Test
  void readsANumberInTheTargetsUnit() {
    assertThat(measured("18集", "集")).isEqualByComparingTo("18");
    assertThat(measured("2 天", "天")).isEqualByComparingTo("2");
    assertThat(measured("１２０万元", "万元")).isEqualByComparingTo("120");
  }

  @Test
  void readsPercentAndPlainFractionAsTheSameNumber() {
    assertThat(measured("97%", "%")).isEqualByComparingTo("0.97");
    assertThat(measured("0.97", "%")).isEqualByComparingTo("0.97");
    assertThat(measured("97％", "")).isEqualByComparingTo("0.97");
  }

  @Test
  void readsABareNumberInTheTargetsUnit() {
    assertThat(measured("20", "集")).isEqualByComparingTo("20");
    assertThat(measured("0.0", "")).isEqualByComparingTo("0");
  }

  @Test
  void readsAFrequencyWithOrWithoutItsPeriod() {
    assertThat(measured("每周5次", "次/周")).isEqualByComparingTo("5");
    assertThat(measured("5次", "次/周")).isEqualByComparingTo("5");
  }

  @Test
  void reportsAnotherUnitNamingBothUnits() {
    ActualValue actual = ActualValue.parse("18天", "集");
    assertThat(actual).isEqualTo(new UnitMismatch("18天", "天", "集"));
    assertThat(((UnitMismatch) actual).message())
        .isEqualTo("实际完成值「18天」的单位是「天」，年度指标值的单位是「集」：请用同一单位填写（百分数和小数可以互换，如 97% 和 0.97）");
  }

  @Test
  void reportsAPercentageAgainstACount() {
    assertThat(ActualValue.parse("95%", "次")).isEqualTo(new UnitMismatch("95%", "%", "次"));
    assertThat(ActualValue.parse("每月5次", "次/周")).isEqualTo(new UnitMismatch("每月5次", "次/月", "次/周"));
  }

  @Test
  void readsAnEmptyActualAsMissing() {
    assertThat(ActualValue.parse("", "%")).isEqualTo(new Missing());
    assertThat(ActualValue.parse(" \u3000", "%")).isEqualTo(new Missing());
  }

  @Test
  void reportsWordsWhereANumberIsDue() {
    ActualValue actual = ActualValue.parse("基本完成", "%");
    assertThat(actual).isEqualTo(new Unreadable("基本完成"));
    assertThat(((Unreadable) actual).message())
        .isEqualTo("实际完成值「基本完成」不是数字，年度指标值是数值时请填写带单位的数字，如「96%」「18集」");
  }
}
