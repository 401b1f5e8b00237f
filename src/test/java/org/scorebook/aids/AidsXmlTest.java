package org.scorebook.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeUtil;
import org.junit.jupiter.api.Test;
import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.style.Fill;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The aids as a worksheet part's XML, and how it keeps the user's own elements. */
class AidsXmlTest {
  private static final String ROOT_START =
      "<worksheet xmlns=\""
          + AidsXml.MAIN_NAMESPACE
          + "\""
          + " xmlns:x=\""
          + AidsXml.MAIN_NAMESPACE
          + "\""
          + " xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\">";

  private static final SheetAids TEMPLATE = contractAids(23);

  /** The aids of a contract table of {@code rows} indicators with nothing under it. */
  private static SheetAids contractAids(int rows) {
    Map<IndicatorColumn, Integer> columns = new java.util.EnumMap<>(IndicatorColumn.class);
    for (IndicatorColumn column : IndicatorColumn.values()) {
      columns.put(column, column.ordinal());
    }
    SheetContent empty =
        new SheetContent() {
          @Override
          public Optional<List<Cell>> row(int row) {
            return row == 0 ? Optional.of(List.of(Cell.text(0, "编码"))) : Optional.empty();
          }

          @Override
          public boolean hasAutoFilter() {
            return false;
          }

          @Override
          public boolean hasPanes() {
            return false;
          }
        };
    return SheetAids.indicators(
        new IndicatorTable(AidsChoices.OWN_COLUMNS, 0, 1, rows + 1, columns), rows, empty);
  }

  private static Document parse(String inside) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(ROOT_START + inside + "</worksheet>")));
  }

  private static List<Element> all(Document document, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(AidsXml.MAIN_NAMESPACE, localName);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  @Test
  void validationsCarryTheSchemasAttributesAndFormulas() throws Exception {
    String xml = new AidsXml().dataValidations(TEMPLATE, "");
    Document document = parse(xml);
    List<Element> validations = all(document, "dataValidation");
    assertThat(all(document, "dataValidations").get(0).getAttribute("count")).isEqualTo("2");
    assertThat(validations).hasSize(2);
    Element full = validations.get(0);
    assertThat(full.getAttribute("type")).isEqualTo("decimal");
    assertThat(full.getAttribute("operator")).isEqualTo("greaterThanOrEqual");
    assertThat(full.getAttribute("errorStyle")).isEqualTo("warning");
    assertThat(full.getAttribute("allowBlank")).isEqualTo("1");
    assertThat(full.getAttribute("showInputMessage")).isEqualTo("1");
    assertThat(full.getAttribute("showErrorMessage")).isEqualTo("1");
    assertThat(full.getAttribute("promptTitle")).isEqualTo("分值");
    assertThat(full.getAttribute("errorTitle")).isEqualTo("分值");
    assertThat(full.getAttribute("sqref")).isEqualTo("C2:C25");
    assertThat(full.getTextContent()).isEqualTo("0");
    assertThat(validations.get(1).getAttribute("type")).isEqualTo("custom");
    assertThat(validations.get(1).hasAttribute("operator")).isFalse();
    assertThat(validations.get(1).getTextContent())
        .isEqualTo("AND(ISNUMBER(G2),G2>=0,OR($C2=\"\",G2<=$C2))");
  }

  @Test
  void yearValidationHasBothBounds() throws Exception {
    SheetAids project =
        SheetAids.projectFields(
            Optional.of(CellRef.of("项目信息", 5, 1)), Optional.of(CellRef.of("项目信息", 7, 1)));
    Document document = parse(new AidsXml().dataValidations(project, ""));
    Element year = all(document, "dataValidation").get(0);
    assertThat(year.getAttribute("type")).isEqualTo("whole");
    assertThat(year.getAttribute("operator")).isEqualTo("between");
    assertThat(all(document, "formula1").get(0).getTextContent()).isEqualTo("1990");
    assertThat(all(document, "formula2").get(0).getTextContent()).isEqualTo("2100");
    assertThat(all(document, "formula1").get(1).getTextContent())
        .isEqualTo("ISNUMBER(FIND(\"@\",B8))");
  }

  @Test
  void theUsersValidationsStayAsWrittenWithTheirPrefixAndTheElementsAttributes() throws Exception {
    String mine =
        "<x:dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\""
            + " promptTitle=\"我的 &amp; 你的\" sqref=\"E2:E25\" xr:uid=\"{0A}\">"
            + "<x:formula1>\"是,否\"</x:formula1></x:dataValidation>";
    String earlier =
        "<x:dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" promptTitle=\"分值\""
            + " sqref=\"C2:C20\"><x:formula1>0</x:formula1></x:dataValidation>";
    String existing =
        "<x:dataValidations count=\"2\" disablePrompts=\"1\">\n  "
            + earlier
            + "<!-- a note -->\n  "
            + mine
            + "\n</x:dataValidations>";

    String xml = new AidsXml().dataValidations(TEMPLATE, existing);

    assertThat(xml)
        .startsWith("<x:dataValidations disablePrompts=\"1\" count=\"3\">" + mine)
        .doesNotContain("C2:C20")
        .contains("<x:dataValidation type=\"decimal\"")
        .endsWith("</x:dataValidations>");
    Document document = parse(xml);
    assertThat(all(document, "dataValidation"))
        .extracting(element -> element.getAttribute("promptTitle"))
        .containsExactly("我的 & 你的", "分值", "人工得分");
  }

  @Test
  void onlyScorebooksValidationsGoWithTheElementsAttributes() {
    String existing =
        "<dataValidations count=\"1\" disablePrompts=\"1\"><dataValidation type=\"custom\""
            + " errorTitle=\"人工得分\" sqref=\"G2:G9\"><formula1>1</formula1></dataValidation>"
            + "</dataValidations>";
    assertThat(new AidsXml().dataValidations(TEMPLATE, existing))
        .startsWith("<dataValidations count=\"2\">");
    SheetAids none = SheetAids.projectFields(Optional.empty(), Optional.of(CellRef.sheet("项目信息")));
    assertThat(new AidsXml().dataValidations(none, existing)).isEmpty();
    assertThat(new AidsXml().dataValidations(none, "")).isEmpty();
  }

  @Test
  void aPrefixTheElementDeclaresItselfStaysDeclared() throws Exception {
    String existing =
        "<y:dataValidations xmlns:y=\""
            + AidsXml.MAIN_NAMESPACE
            + "\" count=\"1\" disablePrompts=\"1\"><y:dataValidation type=\"custom\""
            + " promptTitle=\"分值\" sqref=\"C2:C9\"><y:formula1>1</y:formula1></y:dataValidation>"
            + "</y:dataValidations>";
    String xml = new AidsXml().dataValidations(TEMPLATE, existing);
    assertThat(xml).startsWith("<y:dataValidations xmlns:y=").doesNotContain("disablePrompts");
    assertThat(all(parse(xml), "dataValidation")).hasSize(2);

    String formats =
        "<y:conditionalFormatting xmlns:y=\""
            + AidsXml.MAIN_NAMESPACE
            + "\" sqref=\"E2\"><y:cfRule type=\"expression\" priority=\"1\" dxfId=\"0\">"
            + "<y:formula>E2&gt;1</y:formula></y:cfRule></y:conditionalFormatting>";
    String rules = new AidsXml().conditionalFormattings(TEMPLATE, formats, look -> 0);
    assertThat(rules).startsWith(formats + "<conditionalFormatting ");
    assertThat(all(parse(rules), "cfRule")).hasSize(5);
  }

  @Test
  void rulesThatStayKeepTheirDifferentialFormatAndNewOnesNumberOnFromThem() throws Exception {
    SheetAids.Rule wanted = TEMPLATE.rules().get(1);
    String kept =
        "<conditionalFormatting sqref=\"D2:D25 G2:G25\"><cfRule type=\"expression\" dxfId=\"7\""
            + " priority=\"3\"><formula><![CDATA["
            + wanted.formula()
            + "]]></formula></cfRule></conditionalFormatting>";
    String stale =
        "<conditionalFormatting sqref=\"$C$2:$C$20\"><cfRule type=\"expression\" dxfId=\"8\""
            + " priority=\"4\"><formula>ROUND(C21,2)&lt;&gt;100</formula></cfRule>"
            + "</conditionalFormatting>";
    String users =
        "<conditionalFormatting sqref=\"E2:E25\"><cfRule type=\"dataBar\" priority=\"1\">"
            + "<dataBar><cfvo type=\"min\"/><cfvo type=\"max\"/><color rgb=\"FF638EC6\"/></dataBar>"
            + "</cfRule><cfRule type=\"expression\" dxfId=\"2\" priority=\"2\">"
            + "<formula>ROUND(C26,2)&lt;&gt;100</formula></cfRule></conditionalFormatting>";
    List<SheetAids.RuleLook> asked = new ArrayList<>();

    String xml =
        new AidsXml()
            .conditionalFormattings(
                TEMPLATE,
                users + "\n<!-- between -->\n" + kept + stale,
                look -> {
                  asked.add(look);
                  return 20 + asked.size();
                });

    assertThat(xml).startsWith(users + kept).doesNotContain("C2:C20");
    assertThat(asked).hasSize(TEMPLATE.rules().size() - 1);
    Document document = parse(xml);
    List<Element> rules = all(document, "cfRule");
    assertThat(rules)
        .extracting(rule -> rule.getAttribute("priority"))
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(rules)
        .extracting(rule -> rule.getAttribute("dxfId"))
        .containsExactly("", "2", "7", "21", "22", "23");
    assertThat(all(document, "conditionalFormatting").get(2).getAttribute("sqref"))
        .isEqualTo("D26");
  }

  @Test
  void reprocessingLeavesTheRulesAsTheyAre() {
    List<SheetAids.RuleLook> asked = new ArrayList<>();
    String first =
        new AidsXml().conditionalFormattings(TEMPLATE, "", look -> asked.add(look) ? 0 : 0);
    String second =
        new AidsXml()
            .conditionalFormattings(
                TEMPLATE,
                first,
                look -> {
                  throw new AssertionError("no new differential format");
                });
    assertThat(second).isEqualTo(first);
    assertThat(asked)
        .extracting(SheetAids.RuleLook::fill)
        .containsExactly(Fill.ERROR, Fill.ERROR, Fill.WARNING, Fill.ERROR);
  }

  @Test
  void aSheetWhoseRulesAreNotScorebooksKeepsItsFormatsAsTheyStand() {
    SheetAids project =
        SheetAids.projectFields(Optional.of(CellRef.of("项目信息", 5, 1)), Optional.empty());
    String existing =
        "<conditionalFormatting sqref=\"B2\"><cfRule type=\"expression\" dxfId=\"0\""
            + " priority=\"1\"><formula>ROUND(C26,2)&lt;&gt;100</formula></cfRule>"
            + "</conditionalFormatting>";
    assertThat(new AidsXml().conditionalFormattings(project, existing, look -> 0))
        .isEqualTo(existing);
  }

  @Test
  void newElementsTakeThePrefixOfTheWorksheet() throws Exception {
    AidsXml xml = new AidsXml("x");
    String all =
        xml.dataValidations(TEMPLATE, "")
            + xml.conditionalFormattings(TEMPLATE, "", look -> 0)
            + xml.autoFilter(TEMPLATE).orElseThrow();
    assertThat(all)
        .startsWith("<x:dataValidations")
        .contains("<x:cfRule")
        .contains("<x:autoFilter");
    Document document = parse(all);
    assertThat(all(document, "dataValidation")).hasSize(2);
    assertThat(all(document, "conditionalFormatting")).hasSize(4);
    assertThat(all(document, "autoFilter").get(0).getAttribute("ref")).isEqualTo("A1:K25");
  }

  @Test
  void checkRowCellsHoldFormulasAndTheirResults() throws Exception {
    SheetAids aids = contractAids(23);
    List<AidsXml.CellXml> cells = new AidsXml().checkRowCells(aids, look -> look.bold() ? 5 : 0);
    assertThat(cells).extracting(AidsXml.CellXml::reference).containsExactly("B26", "C26", "D26");
    assertThat(cells.get(0).xml())
        .isEqualTo("<c r=\"B26\" s=\"5\" t=\"inlineStr\"><is><t>一级指标分值合计（应为 100）</t></is></c>");
    assertThat(cells.get(1).xml())
        .isEqualTo("<c r=\"C26\" s=\"5\"><f>SUMIF($A$2:$A$25,\"?\",$C$2:$C$25)</f><v>0</v></c>");
    assertThat(cells.get(2).xml())
        .isEqualTo(
            "<c r=\"D26\" s=\"5\" t=\"str\"><f>IF(ROUND(C26,2)=100,\"✓ 合计为 100\",\"✗ 合计应为"
                + " 100\")</f><v>✗ 合计应为 100</v></c>");
  }

  @Test
  void textIsEscapedAndCharactersXmlForbidsAreWrittenAsPoiWritesThem() {
    String text = "a&b<c>d\"e'\u0001f\u0000g\uFFFEh\uD800i😀\tj\nk\rl";
    assertThat(AidsXml.escape(text, true))
        .isEqualTo("a&amp;b&lt;c&gt;d&quot;e'?f?g?h?i😀&#9;j&#10;k&#13;l");
    assertThat(AidsXml.escape(text, false))
        .isEqualTo("a&amp;b&lt;c&gt;d\"e'?f?g?h?i😀\tj\nk&#13;l");
  }

  @Test
  void numbersAreWrittenAsCellsHoldThem() {
    assertThat(AidsXml.number(100)).isEqualTo("100");
    assertThat(AidsXml.number(-3)).isEqualTo("-3");
    assertThat(AidsXml.number(87.12)).isEqualTo("87.12");
    assertThat(AidsXml.number(1e20)).isEqualTo("1.0E20");
    assertThatThrownBy(() -> AidsXml.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void elementsThatAreNotWellFormedAreRefused() {
    AidsXml xml = new AidsXml();
    assertThatThrownBy(() -> xml.dataValidations(TEMPLATE, "<dataValidations count=\"1\">"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> xml.conditionalFormattings(TEMPLATE, "<hyperlinks/>", look -> 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> xml.conditionalFormattings(TEMPLATE, "text", look -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void areasJoinAsPoiJoinsTheRangesOfAConditionalFormat() {
    Random random = new Random(20240601);
    for (int round = 0; round < 3000; round++) {
      List<Area> areas = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        int firstRow = random.nextInt(6);
        int firstColumn = random.nextInt(6);
        areas.add(
            new Area(
                firstRow,
                firstRow + random.nextInt(4),
                firstColumn,
                firstColumn + random.nextInt(3)));
      }
      CellRangeAddress[] poi =
          CellRangeUtil.mergeCellRanges(
              areas.stream()
                  .map(
                      a ->
                          new CellRangeAddress(
                              a.firstRow(), a.lastRow(), a.firstColumn(), a.lastColumn()))
                  .toArray(CellRangeAddress[]::new));
      assertThat(Area.sqref(Area.merged(areas)))
          .as("%s", areas)
          .isEqualTo(
              String.join(" ", Arrays.stream(poi).map(CellRangeAddress::formatAsString).toList()));
    }
  }

  @Test
  void sqrefReadsAsPoiFormatsItsRanges() {
    for (String sqref : List.of("$D$2:$D$25 G2:G25", "d26:D26", "A1", "B2:C3", "AA10:AB12")) {
      String poi =
          String.join(
              " ",
              Arrays.stream(sqref.split(" "))
                  .map(token -> CellRangeAddress.valueOf(token).formatAsString())
                  .toList());
      assertThat(Area.canonicalSqref(sqref)).as(sqref).isEqualTo(poi);
    }
  }
}
