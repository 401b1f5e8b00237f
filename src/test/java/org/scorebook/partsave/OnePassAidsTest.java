package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorebook.aids.SheetContent;
import org.scorebook.aids.SheetXmlContent;

/**
 * Elements made from what a sheet holds are written in the pass that writes its cells, as a second
 * pass over the first one's result would write them, byte for byte; and the sheet's content as the
 * patch will leave it is known before the pass.
 */
class OnePassAidsTest {
  private static final String SHEET =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
          + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c>"
          + "<c r=\"B1\" s=\"2\"><v>4</v></c><c r=\"C1\"><f>B1*2</f><v>8</v></c></row></sheetData>"
          + "<dataValidations count=\"1\"><dataValidation type=\"whole\" sqref=\"B2\">"
          + "<formula1>0</formula1></dataValidation></dataValidations>"
          + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
          + " footer=\"0.3\"/></worksheet>";

  private static final String FORMAT =
      "<conditionalFormatting sqref=\"B1\"><cfRule type=\"expression\" dxfId=\"0\""
          + " priority=\"1\"><formula>B1&gt;3</formula></cfRule></conditionalFormatting>";

  @Test
  void derivedElementsInOnePassAreTheBytesOfASecondPass() throws IOException {
    byte[] sheet = SHEET.getBytes(StandardCharsets.UTF_8);
    String[] seen = new String[1];

    byte[] once =
        results()
            .cellsAsCopied()
            .cell(0, 3, "<c t=\"inlineStr\"><is><t>核对</t></is></c>")
            .derived(
                "dataValidations",
                found -> {
                  seen[0] = String.join("", found);
                  return seen[0].replace("count=\"1\"", "count=\"1\" disablePrompts=\"1\"");
                })
            .derived("conditionalFormatting", found -> found.isEmpty() ? FORMAT : "")
            .apply(sheet);

    byte[] first = results().apply(sheet);
    String copied = between(new String(first, StandardCharsets.UTF_8), "<dataValidations");
    byte[] twice =
        new SheetXmlPatch()
            .cell(0, 3, "<c t=\"inlineStr\"><is><t>核对</t></is></c>")
            .element(
                "dataValidations",
                copied.replace("count=\"1\"", "count=\"1\" disablePrompts=\"1\""))
            .element("conditionalFormatting", FORMAT)
            .apply(first);

    assertThat(seen[0]).isEqualTo(copied);
    assertThat(new String(once, StandardCharsets.UTF_8))
        .isEqualTo(new String(twice, StandardCharsets.UTF_8))
        .contains("disablePrompts=\"1\"")
        .contains("</sheetData><conditionalFormatting sqref=\"B1\">");
  }

  @Test
  void theContentAsPatchedReadsAsThePatchedPart() throws IOException {
    byte[] sheet = SHEET.getBytes(StandardCharsets.UTF_8);
    SheetXmlPatch patch = results();

    SheetContent before = PatchedContent.of(sheet, patch, List.of());
    SheetContent after = SheetXmlContent.read(patch.apply(sheet), List.of());

    for (int row = 0; row < 4; row++) {
      assertThat(before.row(row)).as("row %d", row).isEqualTo(after.row(row));
    }
    assertThat(before.cell(0, 1).orElseThrow().number()).isEqualTo(4.0);
    assertThat(before.cell(0, 2).orElseThrow().number()).isEqualTo(10.0);
    assertThat(before.cell(2, 4).orElseThrow().kind()).isEqualTo(SheetContent.Kind.BLANK);
  }

  /**
   * What the results write: a cell's format, a formula's new cached value, a text, a blank cell, a
   * format on a cell the sheet lacks, a row's height.
   */
  private static SheetXmlPatch results() {
    return new SheetXmlPatch()
        .format(0, 1, 5)
        .cell(0, 2, "<c><f>B1*2</f><v>10.0</v></c>")
        .cell(1, 0, "<c s=\"3\" t=\"inlineStr\"><is><t>得分</t></is></c>")
        .cell(1, 1, "<c s=\"3\"/>")
        .format(2, 4, 3)
        .height(3, 20f);
  }

  private static String between(String xml, String start) {
    int from = xml.indexOf(start);
    String end = "</dataValidations>";
    return xml.substring(from, xml.indexOf(end, from) + end.length());
  }
}
