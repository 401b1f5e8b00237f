package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.scorebook.partsave.CellFormula.Value;

/**
 * The formulas the part-by-part save calculates give what Excel gives: SUM skips the texts in the
 * cells it reads, a blank cell counts 0 in arithmetic, the first error is the result, a division by
 * zero is {@code #DIV/0!}, ROUND and IF are Excel's; a formula reading another sheet, a name, the
 * date, whole columns or a function POI lacks is refused; the cells a formula reads are those its
 * references name.
 */
class CellFormulaTest {
  private static final CellAddress RESULT = new CellAddress("Z100");

  private static final Map<String, Value> CELLS =
      Map.of(
          "H13", Value.number(18.5),
          "H14", Value.text("优"),
          "H15", Value.number(20),
          "H6", Value.number(9.66),
          "E6", Value.number(0),
          "A1", Value.error("#REF!"),
          "B1", Value.text("5"),
          "H70000", Value.number(1));

  private static Value calculate(String formula) throws CellFormula.Unsupported {
    return CellFormula.calculate(Map.of(RESULT, CellFormula.parse(formula)), cells()).get(RESULT);
  }

  private static Map<CellAddress, Value> cells() {
    Map<CellAddress, Value> cells = new HashMap<>();
    CELLS.forEach((at, value) -> cells.put(new CellAddress(at), value));
    return cells;
  }

  @Test
  void sumSkipsTextsAndBlanksAndAddsTheRest() throws Exception {
    assertThat(calculate("SUM(H13:H16)+H6").number()).isEqualTo(18.5 + 20 + 9.66);
    assertThat(calculate("sum($H$13, H15) * 2 - -1").number()).isEqualTo((18.5 + 20) * 2 + 1);
  }

  @Test
  void aBlankCellIsZeroAndTheFirstErrorIsTheResult() throws Exception {
    assertThat(calculate("H99+1").number()).isEqualTo(1);
    assertThat(calculate("H6/E6").error()).isEqualTo("#DIV/0!");
    assertThat(calculate("SUM(A1:H13)").error()).isEqualTo("#REF!");
    assertThat(calculate("SUM(H13:H15)+#REF!").error()).isEqualTo("#REF!");
    assertThat(calculate("A1+H6/E6").error()).isEqualTo("#REF!");
    assertThat(calculate("H6/E6+A1").error()).isEqualTo("#DIV/0!");
  }

  @Test
  void textsInArithmeticAreReadAsExcelReadsThem() throws Exception {
    assertThat(calculate("H14+1").error()).isEqualTo("#VALUE!");
    assertThat(calculate("B1+1").number()).isEqualTo(6);
    assertThat(calculate("IF(H14=\"优\",\"达标\",\"未达标\")").text()).isEqualTo("达标");
    assertThat(calculate("H13>H15").kind()).isEqualTo(Value.Kind.BOOLEAN);
  }

  @Test
  void excelsFunctionsAreCalculatedAsExcelCalculatesThem() throws Exception {
    assertThat(calculate("ROUND(SUM(H13:H15)+H6,1)").number()).isEqualTo(48.2);
    assertThat(calculate("ROUND(2.675,2)").number()).isEqualTo(2.68);
    assertThat(calculate("AVERAGE(H13:H15)").number()).isEqualTo(19.25);
  }

  @Test
  void aFormulaReadingAnotherIsCalculatedWithItsResult() throws Exception {
    CellAddress sum = new CellAddress("H31");
    CellAddress rate = new CellAddress("H32");
    Map<CellAddress, CellFormula> formulas = new LinkedHashMap<>();
    formulas.put(rate, CellFormula.parse("ROUND(H31/2,0)"));
    formulas.put(sum, CellFormula.parse("SUM(H13:H30)+H6"));

    Map<CellAddress, Value> results = CellFormula.calculate(formulas, cells());

    assertThat(results.get(sum).number()).isEqualTo(18.5 + 20 + 9.66);
    assertThat(results.get(rate).number()).isEqualTo(24);
  }

  @Test
  void cellsBeyondAnXlsSheetAreCalculatedAsInAnXlsx() throws Exception {
    assertThat(calculate("H13+H70000").number()).isEqualTo(19.5);
  }

  @Test
  void whatTheSheetAloneCannotGiveAsExcelWouldIsRefused() {
    assertThatThrownBy(() -> calculate("其他!A1+1")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("[1]Sheet1!A1*2"))
        .isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("立项得分*2")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("H13+TODAY()")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("INDIRECT(\"H13\")"))
        .isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("CUBEVALUE(\"x\",\"y\")"))
        .isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("ROWS(H:H)")).isInstanceOf(CellFormula.Unsupported.class);
    assertThatThrownBy(() -> calculate("SUM(13:15)")).isInstanceOf(CellFormula.Unsupported.class);
  }

  @Test
  void aRangeWhereOneValueIsExpectedOutsideTheFormulasRowsIsAValueError() throws Exception {
    assertThat(calculate("H13:H15").error()).isEqualTo("#VALUE!");
  }

  @Test
  void aFormulaNestedDeeperThanExcelAllowsIsRefusedWithoutOverflowingTheStack() {
    String deep = "(".repeat(10_000) + "H13" + ")".repeat(10_000);

    assertThat(CellFormula.parse(deep).reads(new CellAddress("A1"))).isTrue();
    assertThatThrownBy(() -> calculate(deep)).isInstanceOf(CellFormula.Unsupported.class);
    assertThat(CellFormula.nesting("SUM((H13+1)*2)+\"((\"")).isEqualTo(2);
  }

  @Test
  void aCircularReferenceIsRefused() {
    Map<CellAddress, CellFormula> formulas =
        Map.of(
            new CellAddress("H31"), CellFormula.parse("H32+1"),
            new CellAddress("H32"), CellFormula.parse("H31+1"));

    assertThatThrownBy(() -> CellFormula.calculate(formulas, cells()))
        .isInstanceOf(CellFormula.Unsupported.class);
  }

  @Test
  void aFormulaReadsTheCellsItsReferencesNameAndNoOthers() {
    CellFormula total = CellFormula.parse("SUM(H13:H30)+$H$6");

    assertThat(total.reads(new CellAddress("H20"))).isTrue();
    assertThat(total.reads(new CellAddress("H6"))).isTrue();
    assertThat(total.reads(new CellAddress("H31"))).isFalse();
    assertThat(total.reads(new CellAddress("G20"))).isFalse();
    assertThat(CellFormula.parse("IF(H6>0,\"H5\",\"\")").reads(new CellAddress("H5"))).isFalse();
  }

  @Test
  void aFormulaThatMayReadAnyCellReadsThemAll() {
    CellAddress anywhere = new CellAddress("XF9000");

    assertThat(CellFormula.parse("立项得分*2").reads(anywhere)).isTrue();
    assertThat(CellFormula.parse("SUM(INDIRECT(\"A1\"))").reads(anywhere)).isTrue();
    assertThat(CellFormula.parse("OFFSET(A1,1,1)").reads(anywhere)).isTrue();
    assertThat(CellFormula.parse("SUM(H13:H15").reads(anywhere)).as("unreadable").isTrue();
    assertThat(CellFormula.parse("其他!XF9000*2").reads(anywhere))
        .as("another sheet's reference is taken as this sheet's too")
        .isTrue();
  }
}
