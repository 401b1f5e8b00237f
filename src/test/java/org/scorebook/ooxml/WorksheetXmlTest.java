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

  @Test
  void eachViewIsReadWithItsPaneAndSelections() throws Exception {
    String sheet =
        SHEET.replace(
            "<sheetView><pane ySplit=\"1\"/></sheetView><sheetView/>",
            "<sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\"/>"
                + "<selection pane=\"bottomLeft\" sqref=\"A2\"/><selection sqref=\"B3\"/>"
                + "</sheetView><sheetView workbookViewId=\"1\"/>");

    WorksheetXml.SheetViews read =
        WorksheetXml.read(sheet.getBytes(StandardCharsets.UTF_8)).sheetViews;

    assertThat(read.present()).isTrue();
    assertThat(read.views()).hasSize(2);
    WorksheetXml.SheetView first = read.views().get(0);
    assertThat(first.attributes())
        .containsExactly(Map.entry("tabSelected", "1"), Map.entry("workbookViewId", "0"));
    assertThat(first.tabSelected()).isTrue();
    assertThat(first.pane()).containsExactly(Map.entry("ySplit", "1"));
    assertThat(first.selections())
        .containsExactly(Map.of("pane", "bottomLeft", "sqref", "A2"), Map.of("sqref", "B3"));
    WorksheetXml.SheetView second = read.views().get(1);
    assertThat(second.tabSelected()).isFalse();
    assertThat(second.pane()).isNull();
    assertThat(second.selections()).isEmpty();
  }

  @Test
  void sheetViewsMissingOrEmptyAreToldApart() throws Exception {
    String without = SHEET.replaceFirst("<sheetViews>.*</sheetViews>", "");
    String empty = SHEET.replaceFirst("<sheetViews>.*</sheetViews>", "<sheetViews/>");

    WorksheetXml.SheetViews none =
        WorksheetXml.sheetViews(without.getBytes(StandardCharsets.UTF_8));
    WorksheetXml.SheetViews nothing =
        WorksheetXml.sheetViews(empty.getBytes(StandardCharsets.UTF_8));

    assertThat(none.present()).isFalse();
    assertThat(none.views()).isEmpty();
    assertThat(nothing.present()).isTrue();
    assertThat(nothing.views()).isEmpty();
  }

  @Test
  void theViewsOfAPrefixedWorksheetAreItsOwn() throws Exception {
    String sheet =
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<x:sheetViews><x:sheetView tabSelected=\"true\"><x:pane ySplit=\"2\"/>"
            + "</x:sheetView><sheetView tabSelected=\"1\"/></x:sheetViews><x:sheetData/>"
            + "</x:worksheet>";

    WorksheetXml.SheetViews read = WorksheetXml.sheetViews(sheet.getBytes(StandardCharsets.UTF_8));

    assertThat(read.views())
        .singleElement()
        .satisfies(
            view -> {
              assertThat(view.tabSelected()).isTrue();
              assertThat(view.pane()).containsEntry("ySplit", "2");
            });
  }

  @Test
  void theViewsAloneAreReadWithoutTheCells() throws Exception {
    String sheet = SHEET.replace("<c r=\"B2\">", "<c r=\"B2\"><unclosed>");

    assertThat(WorksheetXml.sheetViews(sheet.getBytes(StandardCharsets.UTF_8)).views()).hasSize(2);
    assertThatThrownBy(() -> WorksheetXml.read(sheet.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XMLStreamException.class);
  }

  @Test
  void everyFormulaIsListedWithItsCellAndWhetherItsValueWasSaved() throws Exception {
    String sheet =
        SHEET
            .replace(
                "</row></sheetData>",
                "<c r=\"C2\"><f>A2</f><v> </v></c><c><f>B2</f><v>1</v></c></row>"
                    + "<row r=\"3\"><c r=\"D3\"><f>A2&amp;B2</f></c></row></sheetData>")
            .replace(
                "</worksheet>",
                "<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\""
                    + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                    + "<x14:dataValidations xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
                    + "<x14:dataValidation type=\"list\"><x14:formula1><xm:f>其他!$A$1:$A$3</xm:f>"
                    + "</x14:formula1><xm:sqref>E2</xm:sqref></x14:dataValidation>"
                    + "</x14:dataValidations></ext></extLst></worksheet>");
    byte[] part = sheet.getBytes(StandardCharsets.UTF_8);

    assertThat(WorksheetXml.mayHoldFormulas(part)).isTrue();
    assertThat(WorksheetXml.read(part).formulas)
        .containsExactly(
            new WorksheetXml.FormulaAt("B2", "A2*2", true),
            new WorksheetXml.FormulaAt("C2", "A2", false),
            new WorksheetXml.FormulaAt(null, "B2", true),
            new WorksheetXml.FormulaAt("D3", "A2&B2", false),
            new WorksheetXml.FormulaAt("D3", "其他!$A$1:$A$3", false));
  }

  @Test
  void aPartWithoutFormulaElementsIsToldFromItsBytes() {
    String plain = SHEET.replace("<f t=\"shared\" ref=\"B2:B9\" si=\"0\">A2*2</f>", "");
    assertThat(WorksheetXml.mayHoldFormulas(plain.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(WorksheetXml.mayHoldFormulas(SHEET.getBytes(StandardCharsets.UTF_8))).isTrue();
    String prefixed = plain.replace("</row>", "<c r=\"C2\"><x:f>1</x:f></c></row>");
    assertThat(WorksheetXml.mayHoldFormulas(prefixed.getBytes(StandardCharsets.UTF_8))).isTrue();
  }
}
