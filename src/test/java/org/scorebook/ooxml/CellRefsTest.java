package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class CellRefsTest {
  @Test
  void everyColumnOfASheetHasTheLettersPoiGivesAndReadsBack() {
    for (int column = 0; column <= CellRefs.MAX_COLUMN; column++) {
      String letters = CellReference.convertNumToColString(column);
      assertThat(CellRefs.letters(column)).isEqualTo(letters);
      assertThat(CellRefs.column(letters)).isEqualTo(column);
    }
  }

  @Test
  void cellReferencesReadAsPoiReadsThem() {
    for (String ref : List.of("A1", "B12", "xfd1048576", "$C$7", "$AA3", "Z$99", "B0", "AB007")) {
      CellReference poi = new CellReference(ref);
      assertThat(CellRefs.parse(ref))
          .as(ref)
          .isEqualTo(new CellRefs.Ref(poi.getRow(), poi.getCol()));
    }
  }

  @Test
  void whatIsNotACellReferenceIsRefused() {
    for (String ref : List.of("", "12", "ABCD1", "B", "B1C", "B-1", "Sheet1!A1", "B1234567890")) {
      assertThatThrownBy(() -> CellRefs.parse(ref))
          .as(ref)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCellIsWrittenAsItIsRead() {
    assertThat(CellRefs.format(11, 1)).isEqualTo("B12");
    assertThat(CellRefs.parse(CellRefs.format(1_048_575, 16_383)))
        .isEqualTo(new CellRefs.Ref(1_048_575, 16_383));
  }
}
