package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.style.PartXml.Element;

/**
 * What the styles part refuses, and its limits: hostile or broken XML is refused on reading (the
 * caller then lets POI write), and the limits of Excel and POI hold when appending. Number formats
 * get the ids POI gives them.
 */
class StylesPartLimitsTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static String part(String numFmts, String cellXfs) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
        + MAIN
        + "\">"
        + numFmts
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        + "</cellStyleXfs>"
        + cellXfs
        + "</styleSheet>";
  }

  private static final String ONE_XF =
      "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "</cellXfs>";

  private static StylesPart read(String xml) throws IOException {
    return StylesPart.read(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> numberFormats(StylesPart part) throws IOException {
    Element root = PartXml.parse(part.toXml());
    return root.child(MAIN, "numFmts").children.stream()
        .map(f -> f.attribute("numFmtId") + "=" + f.attribute("formatCode"))
        .toList();
  }

  // Number formats

  @Test
  void builtInFormatsKeepTheirIdsAndAddNoNumberFormat() throws Exception {
    StylesPart part = read(part("", ONE_XF));

    part.withFormat(0, "0.00");
    part.withFormat(0, "0.00%");
    part.withFormat(0, "#,##0.00");
    part.withFormat(0, "General");
    part.of(Look.PLAIN.format("0.00"));

    assertThat(new String(part.toXml(), StandardCharsets.UTF_8))
        .doesNotContain("numFmt ")
        .contains("numFmtId=\"2\"", "numFmtId=\"10\"", "numFmtId=\"4\"");
  }

  @Test
  void theFirstFormatOfTheWorkbooksOwnIs164() throws Exception {
    StylesPart part = read(part("", ONE_XF));

    part.withFormat(0, "#,##0.00##");
    part.withFormat(0, "0.000");
    part.withFormat(0, "#,##0.00##");

    assertThat(numberFormats(part)).containsExactly("164=#,##0.00##", "165=0.000");
  }

  @Test
  void aNewFormatComesAfterTheHighestIdAndAnExistingOneIsReused() throws Exception {
    StylesPart part =
        read(
            part(
                "<numFmts count=\"2\"><numFmt numFmtId=\"170\" formatCode=\"0.0\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00##\"/></numFmts>",
                ONE_XF));

    int reused = part.withFormat(0, "#,##0.00##");
    part.withFormat(0, "\"元\"#,##0.00;[Red]-0.00 & <x>");

    assertThat(numberFormats(part))
        .containsExactly("170=0.0", "165=#,##0.00##", "171=\"元\"#,##0.00;[Red]-0.00 & <x>");
    Element xf = PartXml.parse(part.toXml()).child(MAIN, "cellXfs").children.get(reused);
    assertThat(xf.attribute("numFmtId")).isEqualTo("165");
  }

  @Test
  void thereIsRoomForPoisNumberOfFormatsAndNoMore() throws Exception {
    StringBuilder formats = new StringBuilder("<numFmts>");
    for (int i = 0; i < StylesPart.MAX_NUMBER_FORMATS; i++) {
      formats.append("<numFmt numFmtId=\"").append(164 + i).append("\" formatCode=\"0.");
      formats.append("0".repeat(i + 1)).append("\"/>");
    }
    StylesPart part = read(part(formats.append("</numFmts>").toString(), ONE_XF));

    assertThat(part.withFormat(0, "0.00")).isPositive();
    byte[] before = part.toXml();
    assertThatThrownBy(() -> part.withFormat(0, "#,##0.00##"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> part.of(Look.PLAIN.withBorder().fill(Fill.ERROR).format("0.000#")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(part.toXml()).as("nothing half appended").isEqualTo(before);
  }

  @Test
  void thereIsRoomForExcelsNumberOfCellFormatsAndNoMore() throws Exception {
    StringBuilder xfs = new StringBuilder("<cellXfs>");
    for (int i = 0; i < StylesPart.MAX_CELL_FORMATS; i++) {
      xfs.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
    }
    StylesPart part = read(part("", xfs.append("</cellXfs>").toString()));

    assertThat(part.withFill(1, Fill.NONE)).isEqualTo(0);
    assertThatThrownBy(() -> part.of(Look.PLAIN.withBold()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(part.changed()).isFalse();
  }

  // Asking for what is not there

  @Test
  void aFormatThatIsNotThereCannotBeDerivedFrom() throws Exception {
    StylesPart part = read(part("", ONE_XF));

    assertThatThrownBy(() -> part.withFill(1, Fill.ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> part.withFormat(-1, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> part.differentialFill(Fill.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(part.changed()).isFalse();
  }

  @Test
  void aFormatAppendedCanBeDerivedFromInTheSameRun() throws Exception {
    StylesPart part = read(part("", ONE_XF));
    int bordered = part.of(Look.PLAIN.withBorder());

    int marked = part.withFill(bordered, Fill.ERROR);

    assertThat(part.withFill(marked, Fill.NONE)).isEqualTo(bordered);
    assertThat(part.of(Look.PLAIN.withBorder().fill(Fill.ERROR))).isNotEqualTo(bordered);
  }

  // Hostile and broken parts

  @ParameterizedTest
  @ValueSource(
      strings = {
        // entity expansion and external entities: no DTD is read
        "<?xml version=\"1.0\"?><!DOCTYPE styleSheet [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font><name val=\"&b;\"/></font></fonts><cellXfs><xf/></cellXfs>"
            + "</styleSheet>",
        "<?xml version=\"1.0\"?><!DOCTYPE styleSheet SYSTEM \"file:///etc/passwd\"><styleSheet/>",
        "<?xml version=\"1.0\"?><!DOCTYPE styleSheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font><name val=\"&x;\"/></font></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        // not XML, or not the XML it claims
        "<styleSheet xmlns=\"" + MAIN + "\"><fonts><font></fonts></styleSheet>",
        "<styleSheet xmlns=\"" + MAIN + "\"><fonts><font/></fonts><cellXfs><xf/></cellXfs>",
        "<styleSheet xmlns=\"" + MAIN + "\"><x:fonts><x:font/></x:fonts></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font><name val=\"&nbsp;\"/></font></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font><name val=\"a<b\"/></font></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font a=\"1\" a=\"2\"/></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><styleSheet xmlns=\""
            + MAIN
            + "\">"
            + "<fonts><font/></fonts><cellXfs><xf/></cellXfs></styleSheet>",
        "",
        "just text",
        // not a styles part Scorebook can append to
        "<workbook xmlns=\"" + MAIN + "\"/>",
        "<styleSheet xmlns=\"urn:other\"><fonts><font/></fonts><cellXfs><xf/></cellXfs>"
            + "</styleSheet>",
        "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\"" + MAIN + "\"><fonts><font/></fonts></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font/></fonts><fonts><font/></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts><font/><extra/></fonts>"
            + "<cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><numFmts><numFmt numFmtId=\"x\" formatCode=\"0\"/>"
            + "</numFmts><fonts><font/></fonts><cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><numFmts><numFmt numFmtId=\"164\"/>"
            + "</numFmts><fonts><font/></fonts><cellXfs><xf/></cellXfs></styleSheet>"
      })
  void aPartThatCannotBeReadSafelyIsRefused(String xml) {
    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void aPartInUtf16IsRefused() {
    byte[] utf16 =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + part("", ONE_XF).substring(38))
            .getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> StylesPart.read(utf16)).isInstanceOf(IOException.class);
  }

  @Test
  void elementsNestedTooDeepAreRefused() {
    String deep =
        "<x:ext uri=\"u\">".repeat(StylesPart.MAX_DEPTH) + "</x:ext>".repeat(StylesPart.MAX_DEPTH);
    String xml =
        part("", ONE_XF)
            .replace(
                "</styleSheet>", "<extLst xmlns:x=\"urn:x\">" + deep + "</extLst></styleSheet>");

    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void tooManyElementsAreRefused() {
    String xml =
        part("", ONE_XF)
            .replace(
                "</styleSheet>",
                "<extLst>" + "<a/>".repeat(StylesPart.MAX_ELEMENTS) + "</extLst></styleSheet>");

    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void aPartTooLargeIsRefused() {
    byte[] large = new byte[StylesPart.MAX_BYTES + 1];
    byte[] start = part("", ONE_XF).replace("</styleSheet>", "").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, large, 0, start.length);
    java.util.Arrays.fill(large, start.length, large.length, (byte) ' ');

    assertThatThrownBy(() -> StylesPart.read(large)).isInstanceOf(IOException.class);
  }

  @Test
  void oddButValidXmlIsReadAndKept() throws Exception {
    String xml =
        part("", ONE_XF)
            .replace(
                "<fonts count=\"1\">",
                "<!-- a > comment --><?pi x?><fonts count='1' ><![CDATA[]]>\n ")
            .replace("<name val=\"宋体\"/>", "<name val='宋&#20307;' />")
            .replace(
                "</styleSheet>",
                "<extLst><ext uri=\"a&gt;b\"><x:y xmlns:x=\"urn:x\" x:z=\"&#x1F600;\"/></ext></extLst>\n</styleSheet >");
    StylesPart part = read(xml);

    int bold = part.of(Look.PLAIN.withBold());
    int plain = part.of(Look.PLAIN);
    String written = new String(part.toXml(), StandardCharsets.UTF_8);

    assertThat(bold).isEqualTo(1);
    assertThat(plain).isEqualTo(2);
    assertThat(written)
        .startsWith(xml.substring(0, xml.indexOf("<fonts")))
        .contains(xml.substring(xml.indexOf(" ><![CDATA"), xml.indexOf("</font>")))
        .contains("<fonts count='2' >")
        .endsWith(xml.substring(xml.indexOf("</cellXfs>") + "</cellXfs>".length()));
    // The font 宋体 written with a reference is the same font: only the bold one is added.
    assertThat(written.split("<font>", -1)).hasSize(3);
  }
}
