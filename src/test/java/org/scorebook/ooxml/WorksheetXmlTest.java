package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class WorksheetXmlTest {
  private static final String SHEET =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheetViews><sheetView><pane ySplit=\"1\"/></sheetView><sheetView/></sheetViews>"
          + "<sheetFormatPr baseColWidth=\"10\" defaultRowHeight=\"15\"/>"
          + "<cols><col min=\"1\" max=\"2\" width=\"12\" style=\"3\"/></cols>"
          + "<sheetData><row r=\"2\" ht=\"30\">"
          + "<c r=\"A2\" s=\"4\" t=\"inlineStr\"><is><t>plain</t><r><t>run </t></r>"
          + "<r><t>two</t></r><rPh><t>phonetic</t></rPh></is></c>"
          + "<c r=\"B2\"><f t=\"shared\" ref=\"B2:B9\" si=\"0\">A2*2</f><v>4</v><v>5</v></c>"
          + "</row></sheetData>"
          + "<autoFilter ref=\"A1:B2\"/><mergeCells count=\"1\"><mergeCell ref=\"C1:D1\"/></mergeCells>"
          + "<conditionalFormatting sqref=\"A2:A9\"><cfRule type=\"expression\"/></conditionalFormatting>"
          + "<dataValidations><dataValidation sqref=\"B2:B9\"/></dataValidations>"
          + "<drawing r:id=\"rId1\"/><legacyDrawing r:id=\"rId2\"/>"
          + "</worksheet>";

  @Test
  void oneReadingGivesWhatEveryUserOfTheSheetNeeds() throws Exception {
    WorksheetXml sheet = WorksheetXml.read(SHEET.getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.isWorksheet).isTrue();
    assertThat(sheet.rows.get(1).height()).isEqualTo("30");
    WorksheetXml.Cell text = sheet.cell(1, 0);
    assertThat(text.style()).isEqualTo("4");
    assertThat(text.inline()).isEqualTo("run two");
    WorksheetXml.Cell formula = sheet.cell(1, 1);
    assertThat(formula.formula()).isEqualTo(new WorksheetXml.Formula("shared", "B2:B9", "A2*2"));
    assertThat(formula.value()).isEqualTo("4");
    assertThat(sheet.columns)
        .containsExactly(Map.of("min", "1", "max", "2", "width", "12", "style", "3"));
    assertThat(sheet.sheetFormat).containsEntry("baseColWidth", "10");
    assertThat(sheet.lastViewHasPane).isFalse();
    assertThat(sheet.autoFilter).isTrue();
    assertThat(sheet.merges).containsExactly("C1:D1");
    assertThat(sheet.conditionalFormatRanges).containsExactly("A2:A9");
    assertThat(sheet.validationRanges).containsExactly("B2:B9");
    assertThat(sheet.drawing).isEqualTo("rId1");
    assertThat(sheet.legacyDrawing).isEqualTo("rId2");
  }

  @Test
  void theLastSheetViewDecidesThePanes() throws Exception {
    String sheet =
        SHEET.replace(
            "<sheetView><pane ySplit=\"1\"/></sheetView><sheetView/>",
            "<sheetView/><sheetView><pane ySplit=\"1\"/></sheetView>");
    assertThat(WorksheetXml.read(sheet.getBytes(StandardCharsets.UTF_8)).lastViewHasPane).isTrue();
  }

  @Test
  void bytesChangedAfterAReadAreReadAgain() throws Exception {
    byte[] part = SHEET.getBytes(StandardCharsets.UTF_8);
    WorksheetXml.read(part);
    byte[] changed = SHEET.replace("ht=\"30\"", "ht=\"45\"").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(changed, 0, part, 0, part.length);

    assertThat(WorksheetXml.read(part).rows.get(1).height()).isEqualTo("45");
  }

  @Test
  void aWorksheetWithADoctypeIsRefused() {
    byte[] part =
        ("<!DOCTYPE worksheet [<!ENTITY e \"entity\">]>" + SHEET.replace("plain", "&e;"))
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WorksheetXml.read(part)).isInstanceOf(XMLStreamException.class);
    assertThatThrownBy(() -> SharedStrings.read(part)).isInstanceOf(XMLStreamException.class);
  }

  @Test
  void aRowOutsideTheSheetIsRefused() {
    for (String r : List.of("0", "1048577", "-3", "two")) {
      byte[] part =
          SHEET.replace("<row r=\"2\"", "<row r=\"" + r + "\"").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> WorksheetXml.read(part))
          .as(r)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
