package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class XmlFactoriesTest {
  private static final String SECRET = "secret-of-the-machine";

  @TempDir Path dir;

  /** A worksheet whose cell value is an external entity pointing at a local file. */
  private String hostileWorksheet() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    return "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
        + secret.toUri()
        + "\">]>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&xxe;</v></c></row></sheetData>"
        + "</worksheet>";
  }

  @Test
  void everyStaxVariantRefusesOrLeavesTheExternalEntityUnread() throws Exception {
    String xml = hostileWorksheet();
    for (XMLInputFactory factory :
        List.of(
            XmlFactories.input(),
            XmlFactories.coalescingInput(),
            XmlFactories.entityReportingInput())) {
      assertThat(textOrRefusal(factory, xml)).doesNotContain(SECRET);
    }
  }

  @Test
  void anUnhardenedParserWouldReadTheSecretFromTheSameWorksheet() throws Exception {
    XMLInputFactory open = XMLInputFactory.newDefaultFactory();
    open.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    open.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
    assertThat(textOrRefusal(open, hostileWorksheet())).contains(SECRET);
  }

  @Test
  void theElementParserRefusesADoctype() throws Exception {
    String xml = hostileWorksheet();
    assertThatThrownBy(
            () -> XmlFactories.elementParser().parse(new InputSource(new StringReader(xml))))
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void theElementParserStillReadsAnElementWithUndeclaredPrefixes() throws Exception {
    String element = "<x:dataValidation sqref=\"A1\"><x:formula1>1</x:formula1></x:dataValidation>";
    assertThat(
            XmlFactories.elementParser()
                .parse(new InputSource(new StringReader(element)))
                .getDocumentElement()
                .getAttribute("sqref"))
        .isEqualTo("A1");
  }

  @Test
  void theEntityReportingVariantReportsAnEntityInsteadOfReplacingIt() throws Exception {
    String xml = "<a>&amp;&lt;</a>";
    XMLStreamReader reader =
        XmlFactories.entityReportingInput()
            .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    reader.next();
    assertThat(reader.getLocalName()).isEqualTo("a");
    // predefined entities are still characters; the variant differs only for declared ones
    assertThat(reader.getElementText()).isEqualTo("&<");
  }

  @Test
  void theCoalescingVariantGivesTextInOnePiece() throws Exception {
    String xml = "<a>one &amp; two<![CDATA[ three]]></a>";
    XMLStreamReader reader =
        XmlFactories.coalescingInput()
            .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    reader.next();
    assertThat(reader.next()).isEqualTo(XMLStreamConstants.CHARACTERS);
    assertThat(reader.getText()).isEqualTo("one & two three");
  }

  @Test
  void noOtherMainClassMakesAnXmlFactory() throws IOException {
    Pattern making =
        Pattern.compile(
            "(XMLInputFactory|XMLOutputFactory|DocumentBuilderFactory|SAXParserFactory"
                + "|TransformerFactory)\\s*\\.\\s*new");
    Path main = Path.of("src/main/java");
    Path own = main.resolve("org/scorebook/ooxml/XmlFactories.java");
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> makers =
          files
              .filter(f -> f.toString().endsWith(".java") && !f.equals(own))
              .filter(f -> making.matcher(read(f)).find())
              .toList();
      assertThat(makers).isEmpty();
    }
    assertThat(making.matcher(read(own)).find()).isTrue();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All text the reader gives, or the refusal's message when it stops. */
  private static String textOrRefusal(XMLInputFactory factory, String xml) {
    StringBuilder text = new StringBuilder();
    try {
      XMLStreamReader reader =
          factory.createXMLStreamReader(
              new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(reader.getText());
        }
      }
    } catch (XMLStreamException e) {
      return "refused: " + e.getMessage();
    }
    return text.toString();
  }
}
