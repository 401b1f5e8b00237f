package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.scorebook.partsave.CellFormula.Value;

/**
 * The formulas the part-by-part save calculates give what Excel gives: SUM skips the texts in the
 * cells it reads, a blank cell counts 0 in arithmetic, the first error is the result, a division by
 * zero is {@code #DIV/0!}; any other function, another sheet or a text in arithmetic is refused.
 */
class CellFormulaTest {
  private static final Map<String, Value> CELLS =
      Map.of(
          "H13", Value.number(18.5),
          "H14", Value.TEXT,
          "H15", Value.number(20),
          "H6", Value.number(9.66),
          "E6", Value.number(0),
          "A1", Value.error("#REF!"));

  private static Value calculate(String formula) throws CellFormula.Unsupported {
    return CellFormula.parse(formula)
        .evaluate(
            (row, column) ->
                CELLS.getOrDefault(new CellAddress(row, column).formatAsString(), Value.BLANK));
  }

  @Test
  void sumSkipsTextsAndBlanksAndAddsTheRest() throws Exception {
    assertThat(calculate("SUM(H13:H16)+H6").number()).isEqualTo(18.5 + 20 + 9.66);
    assertThat(calculate("sum($H$13, H15) * 2 - -1").number()).isEqualTo((18.5 + 20) * 2 + 1);
  }

  @Test
  void aBlankCellIsZeroAndErrorsComeThrough() throws Exception {
    assertThat(calculate("H99+1").number()).isEqualTo(1);
    assertThat(calculate("H6/E6").error()).isEqualTo("#DIV/0!");
    assertThat(calculate("SUM(A1:H13)").error()).isEqualTo("#REF!");
    assertThat(calculate("SUM(H13:H15)+#REF!").error()).isEqualTo("#REF!");
  }

  @Test
  void whatExcelWouldCalculateOtherwiseIsRefused() {
    assertThatThrownBy(() -> calculate("ROUND(H13,0)")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("其他!A1+1")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("H14+1")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("H13:H15")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("H13^2")).isInstanceOf(CellFormula.Unsupported.class);
  }
}
