package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.scorebook.partsave.CellFormula.Value;

/**
 * The formulas of a worksheet part that read a written cell are found through the references POI's
 * parser reads in them, directly or through other formulas, and with any formula that may read any
 * cell; they are calculated with the written values and the others' saved ones.
 */
class SheetFormulasTest {
  private static final String SHEET =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          + "<row r=\"6\"><c r=\"H6\"><v>9.66</v></c></row>"
          + "<row r=\"13\"><c r=\"H13\"><v>18.5</v></c></row>"
          + "<row r=\"31\">"
          + "<c r=\"H31\"><f>SUM(H13:H30)+H6</f><v>28.16</v></c>"
          + "<c r=\"I31\"><f>ROUND(H31/3,2)</f><v>9.39</v></c>"
          + "<c r=\"J31\"><f>B1*2&amp;\"H13\"</f><v>0H13</v></c>"
          + "<c r=\"K31\"><f>立项得分*2</f><v>2</v></c>"
          + "</row></sheetData></worksheet>";

  private static final CellAddress SCORE = new CellAddress("H13");
  private static final CellAddress TOTAL = new CellAddress("H31");
  private static final CellAddress RATE = new CellAddress("I31");

  private final SheetFormulas formulas = read();

  private static SheetFormulas read() {
    try {
      return SheetFormulas.read(SHEET.getBytes(StandardCharsets.UTF_8));
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFormulasReadingAWrittenCellAreFoundThroughOthersAndNamesButNoOthers() {
    assertThat(formulas.reading(Set.of(SCORE)))
        .containsExactlyInAnyOrder(TOTAL, RATE, new CellAddress("K31"));
    assertThat(formulas.reading(Set.of(new CellAddress("H6")))).contains(TOTAL, RATE);
    assertThat(formulas.reading(Set.of(new CellAddress("G13"))))
        .containsExactly(new CellAddress("K31"));
  }

  @Test
  void theyAreCalculatedWithTheWrittenValueAndTheOthersSavedOnes() throws Exception {
    Set<CellAddress> reading = formulas.reading(Set.of(SCORE));

    Map<CellAddress, Value> values =
        formulas.evaluate(Set.of(RATE), reading, Set.of(SCORE), this::withScore20);

    assertThat(values).containsOnlyKeys(RATE);
    assertThat(values.get(RATE).number()).isCloseTo(9.89, within(1e-12));
  }

  @Test
  void oneReadingANameIsNotCalculated() {
    Set<CellAddress> reading = formulas.reading(Set.of(SCORE));

    assertThatThrownBy(
            () ->
                formulas.evaluate(
                    Set.of(new CellAddress("K31")), reading, Set.of(SCORE), this::withScore20))
        .isInstanceOf(CellFormula.Unsupported.class)
        .hasMessageContaining("立项得分");
  }

  private Value withScore20(int row, int column) {
    if (SCORE.equals(new CellAddress(row, column))) {
      return Value.number(20);
    }
    return formulas.stored(row, column).map(SheetFormulas.Stored::value).orElse(Value.BLANK);
  }
}
