package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;
import org.scorebook.style.AgainstPoi.Request;
import org.scorebook.style.PartXml.Element;

/**
 * Styles parts as other programs write them: with a namespace prefix ({@code x:}, as the Open XML
 * SDK does), with {@code mc:Ignorable} and Excel's extensions, without the optional lists, without
 * counts, with comments. Each gives POI's cell formats, keeps what it had and stays valid.
 */
class StylesPartWritersTest {
  @TempDir Path scratch;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** As Excel 2016 writes it, every element with the prefix {@code x:}. */
  static final String PREFIXED =
      """
      <?xml version="1.0" encoding="utf-8" standalone="yes"?>
      <x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
      mc:Ignorable="x14ac x16r2 xr" \
      xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" \
      xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" \
      xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">
      <x:numFmts count="1"><x:numFmt numFmtId="176" formatCode="0.0_ "/></x:numFmts>
      <x:fonts count="2" x14ac:knownFonts="1">
        <x:font><x:sz val="11"/><x:color theme="1"/><x:name val="等线"/><x:family val="2"/>\
      <x:charset val="134"/><x:scheme val="minor"/></x:font>
        <x:font><x:b/><x:sz val="11"/><x:name val="宋体"/></x:font>
      </x:fonts>
      <x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill>\
      <x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>
      <x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/>\
      </x:border></x:borders>
      <x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0">\
      <x:alignment vertical="center"/></x:xf></x:cellStyleXfs>
      <x:cellXfs count="3">
        <x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><x:alignment vertical="center"/></x:xf>
        <x:xf numFmtId="176" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" \
      applyFont="1" applyAlignment="1"><x:alignment horizontal="center" vertical="center"/></x:xf>
        <x:xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
      </x:cellXfs>
      <x:cellStyles count="1"><x:cellStyle name="常规" xfId="0" builtinId="0"/></x:cellStyles>
      <x:dxfs count="0"/>
      <x:tableStyles count="0" defaultTableStyle="TableStyleMedium2" \
      defaultPivotStyle="PivotStyleLight16"/>
      <x:extLst><x:ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" \
      xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
      <x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></x:ext>\
      <x:ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" \
      xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">\
      <x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></x:ext></x:extLst>
      </x:styleSheet>
      """;

  /**
   * As a minimal writer leaves it: no number formats, no differential formats, no counts, a comment
   * and a processing instruction between the lists, an attribute value with {@code >} and
   * references in it.
   */
  static final String BARE =
      """
      <?xml version="1.0"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <!-- written by hand -->
      <fonts><font><sz val="11"/><name val="Arial"/></font></fonts>
      <?keep this?>
      <fills><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>
      <borders><border/></borders>
      <cellStyleXfs><xf/></cellStyleXfs>
      <cellXfs><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>\
      <xf fontId="0" applyAlignment="1"><alignment horizontal="left"/></xf></cellXfs>
      <cellStyles><cellStyle name="a &gt; b &amp; &quot;c&quot;" xfId="0" builtinId="0"/></cellStyles>
      <tableStyles count="0"/>
      </styleSheet>
      """;

  /** With no list but its fonts and cell formats: the rest is added as Excel wants it. */
  static final String ONLY_FONTS_AND_FORMATS =
      "<styleSheet xmlns=\""
          + MAIN
          + "\"><fonts count=\"1\"><font/></fonts><cellXfs count=\"1\"><xf fontId=\"0\"/></cellXfs>"
          + "</styleSheet>";

  private static byte[] blankWorkbookWith(String styles) throws Exception {
    byte[] blank;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      blank = out.toByteArray();
    }
    return XlsxStyles.replace(
        blank, Map.of("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Request> everything(String styles) throws Exception {
    Element root = PartXml.parse(styles.getBytes(StandardCharsets.UTF_8));
    int formats = root.child(MAIN, "cellXfs").children.size();
    return AgainstPoi.everything(formats, formats);
  }

  @Test
  void aPrefixedPartWithExcelsExtensions() throws Exception {
    AgainstPoi.Result result =
        AgainstPoi.check(blankWorkbookWith(PREFIXED), everything(PREFIXED), scratch);

    String written = new String(result.stylesXml(), StandardCharsets.UTF_8);
    assertThat(written)
        .doesNotContain("<font>", "<xf ", "<fill>", "<border>", "<alignment", "<numFmt ")
        .contains("<x:numFmt numFmtId=\"177\" formatCode=\"#,##0.00##\"/>")
        .startsWith(PREFIXED.substring(0, PREFIXED.indexOf("<x:numFmts")));
  }

  @Test
  void aBarePartGetsItsNumberFormatsFirst() throws Exception {
    AgainstPoi.Result result = AgainstPoi.check(blankWorkbookWith(BARE), everything(BARE), scratch);

    Element root = PartXml.parse(result.stylesXml());
    assertThat(root.children.get(0).local).isEqualTo("numFmts");
    assertThat(root.children.get(0).attribute("count")).isEqualTo("1");
    String written = new String(result.stylesXml(), StandardCharsets.UTF_8);
    assertThat(written)
        .contains("<!-- written by hand -->", "<?keep this?>")
        .contains("<cellStyle name=\"a &gt; b &amp; &quot;c&quot;\" xfId=\"0\" builtinId=\"0\"/>");
  }

  @Test
  void aPartWithoutFillsOrBordersGetsExcelsReservedOnesFirst() throws Exception {
    // POI cannot add a fill to such a part: its copy starts from a blank workbook of POI's.
    byte[] blank;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      blank = out.toByteArray();
    }
    AgainstPoi.Result result =
        AgainstPoi.check(
            blankWorkbookWith(ONLY_FONTS_AND_FORMATS), blank, AgainstPoi.everything(1, 0), scratch);

    Element root = PartXml.parse(result.stylesXml());
    List<String> lists = root.children.stream().map(e -> e.local).toList();
    assertThat(lists).containsExactly("numFmts", "fonts", "fills", "borders", "cellXfs");
    Element fills = root.children.get(2);
    assertThat(fills.children.get(0).child(MAIN, "patternFill").attribute("patternType"))
        .isEqualTo("none");
    assertThat(fills.children.get(1).child(MAIN, "patternFill").attribute("patternType"))
        .isEqualTo("gray125");
    Element borders = root.children.get(3);
    assertThat(borders.children.get(0).children).allMatch(side -> side.attributes.isEmpty());
  }

  @Test
  void theFillOfAConditionalFormatIsWhatPoiWritesForScorebooksRules() throws Exception {
    for (String styles : List.of(PREFIXED, BARE)) {
      StylesPart part = StylesPart.read(styles.getBytes(StandardCharsets.UTF_8));
      int error = part.differentialFill(Fill.ERROR);
      int warning = part.differentialFill(Fill.WARNING);

      assertThat(part.differentialFill(Fill.ERROR)).isEqualTo(error);
      assertThat(List.of(error, warning)).containsExactly(0, 1);
      byte[] xlsx =
          XlsxStyles.replace(blankWorkbookWith(styles), Map.of("xl/styles.xml", part.toXml()));
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        for (Fill fill : List.of(Fill.ERROR, Fill.WARNING)) {
          CTDxf dxf = workbook.getStylesSource().getDxfAt(fill == Fill.ERROR ? error : warning);
          assertThat(dxf.isSetFont()).isFalse();
          assertThat(dxf.getFill().getPatternFill().getPatternType())
              .isEqualTo(STPatternType.SOLID);
          assertThat(dxf.getFill().getPatternFill().isSetFgColor()).isFalse();
          assertThat(dxf.getFill().getPatternFill().getBgColor().getIndexed())
              .isEqualTo(fill.index());
        }
      }
      String written = new String(part.toXml(), StandardCharsets.UTF_8);
      assertThat(written.indexOf("dxfs")).isLessThan(written.indexOf("tableStyles"));
    }
  }

  @Test
  void poisOwnRuleFillIsTheOneAskedFor() throws Exception {
    // The dxf ExcelAids makes POI write, read as the XML path reads it: an equal one is reused.
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet();
      var formatting = sheet.getSheetConditionalFormatting();
      for (Fill fill : List.of(Fill.ERROR, Fill.WARNING)) {
        var rule = formatting.createConditionalFormattingRule("A1>1");
        var pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(fill.index());
        pattern.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(
            new org.apache.poi.ss.util.CellRangeAddress[] {
              org.apache.poi.ss.util.CellRangeAddress.valueOf("A1")
            },
            rule);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      byte[] styles = XlsxStyles.styles(out.toByteArray(), scratch);
      StylesPart part = StylesPart.read(styles);

      assertThat(part.differentialFill(Fill.ERROR)).isZero();
      assertThat(part.differentialFill(Fill.WARNING)).isEqualTo(1);
      assertThat(part.changed()).isFalse();
    }
  }
}
