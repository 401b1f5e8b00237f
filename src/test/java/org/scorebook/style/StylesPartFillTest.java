package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scorebook.style.PartXml.Element;

/**
 * A mark's fill over a cell format whose fill has a background colour (as LibreOffice writes the
 * form's grey cells) keeps that background under the mark's foreground, as POI's copy of the style
 * keeps it, so that both saves write the same fill.
 */
class StylesPartFillTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
          + MAIN
          + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
          + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill>"
          + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFC0C0C0\"/>"
          + "<bgColor rgb=\"FFCCCCFF\"/></patternFill></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs><cellXfs count=\"2\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
          + "</cellXfs></styleSheet>";

  @Test
  void aMarkOverAFillWithABackgroundKeepsTheBackground() throws Exception {
    StylesPart part = StylesPart.read(STYLES.getBytes(StandardCharsets.UTF_8));

    int marked = part.withFill(1, Fill.WARNING);

    Element pattern = fillOf(part, marked).child(MAIN, "patternFill");
    assertThat(pattern.child(MAIN, "fgColor").attribute("indexed"))
        .isEqualTo(String.valueOf(Fill.WARNING.index()));
    assertThat(pattern.child(MAIN, "bgColor").attribute("rgb")).isEqualTo("FFCCCCFF");
  }

  @Test
  void aMarkOverAFormatWithoutFillHasNoBackground() throws Exception {
    StylesPart part = StylesPart.read(STYLES.getBytes(StandardCharsets.UTF_8));

    int marked = part.withFill(0, Fill.WARNING);

    assertThat(fillOf(part, marked).child(MAIN, "patternFill").child(MAIN, "bgColor")).isNull();
  }

  private static Element fillOf(StylesPart part, int xf) throws Exception {
    Element root = PartXml.parse(part.toXml());
    Element format = root.child(MAIN, "cellXfs").children.get(xf);
    int fill = Integer.parseInt(format.attribute("fillId"));
    return root.child(MAIN, "fills").children.get(fill);
  }
}
