package org.scorebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  @Test
  void monthsAndYearsAreWrittenInChineseNumerals() {
    assertThat(ChineseDates.month(LocalDate.of(2018, 6, 1))).isEqualTo("二〇一八年六月");
    assertThat(ChineseDates.month(LocalDate.of(2020, 10, 1))).isEqualTo("二〇二〇年十月");
    assertThat(ChineseDates.day(LocalDate.of(2026, 12, 31))).isEqualTo("二〇二六年十二月三十一日");
    assertThat(ChineseDates.day(LocalDate.of(2019, 11, 20))).isEqualTo("二〇一九年十一月二十日");
  }

  @Test
  void scoresAndRatesAreShownAsTheSeedsShowThem() {
    assertThat(ReportText.number(9.0)).isEqualTo("9");
    assertThat(ReportText.number(16.94)).isEqualTo("16.94");
    assertThat(ReportText.score(9.0)).isEqualTo("9.00");
    assertThat(ReportText.percent(0.9)).isEqualTo("90%");
    assertThat(ReportText.percent(16.94 / 25)).isEqualTo("67.76%");
    assertThat(ReportText.percent(61.18 / 65)).isEqualTo("94.12%");
    assertThat(ReportText.amounts(19.369, 19.0)).containsExactly("19.369", "19.000");
    assertThat(ReportText.amounts(10, 10)).containsExactly("10", "10");
  }

  @Test
  void aWholeBudgetIsWrittenAsTypedWithoutADecimalPoint() {
    assertThat(ReportText.amounts(200, 187.5)).containsExactly("200", "187.5");
    assertThat(ReportText.amounts(200, 200)).containsExactly("200", "200");
    assertThat(ReportText.amounts(5.8, 5.6)).containsExactly("5.8", "5.6");
  }

  @Test
  void cleaningDropsWhatXmlCannotHoldAndBidiControls() {
    String hostile = "A\u0000B\u0007C\u001Fd\u200Fe\u202Ef\uD800g\uDC00h\uFFFEi\t\r\nj😀";

    assertThat(ReportText.clean(hostile)).isEqualTo("ABCdefghi\t\nj😀");
    assertThat(ReportText.clean(null)).isEmpty();
  }

  @Test
  void aHugeCellIsCutWithAnEllipsis() {
    String cleaned = ReportText.clean("字".repeat(32_767));

    assertThat(cleaned).hasSize(ReportText.MAX_LENGTH + 1).endsWith("…");
  }
}
