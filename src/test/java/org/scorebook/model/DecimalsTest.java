package org.scorebook.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource({
    "2.945, 2.95",
    "2.944999, 2.94",
    "2.9428571, 2.94",
    "4.56, 4.56",
    "0.005, 0.01",
    "0.004999, 0.00",
    "1.005, 1.01",
    "87.125, 87.13",
    "-2.945, -2.95",
    "10, 10.00"
  })
  void roundsHalfUpOnTheDecimalValue(double value, double expected) {
    assertThat(Decimals.round2(value)).isEqualTo(expected);
  }

  @Test
  void roundsProductsAsAPersonWould() {
    assertThat(Decimals.round2(5 * 0.589)).isEqualTo(2.95);
    assertThat(Decimals.round2(3 * 19.0 / 19.369)).isEqualTo(2.94);
    assertThat(Decimals.format2(9)).isEqualTo("9.00");
    assertThat(Decimals.format2(16.94)).isEqualTo("16.94");
    assertThat(Decimals.plain(19.369)).isEqualTo("19.369");
    assertThat(Decimals.plain(100)).isEqualTo("100");
  }

  @Test
  void cellRefPrintsWhatExcelShows() {
    assertThat(CellRef.of("指标评分", 11, 5).toString()).isEqualTo("指标评分!F12");
    assertThat(CellRef.columnLetters(26)).isEqualTo("AA");
    assertThat(CellRef.sheet("项目信息").toString()).isEqualTo("项目信息");
  }
}
