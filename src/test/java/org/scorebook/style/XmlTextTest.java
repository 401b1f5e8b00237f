package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text written into XML by hand reads back as the text, and a character XML cannot hold comes out
 * as POI's own save writes it, so that a sheet written either way shows the same text.
 */
class XmlTextTest {
  @Test
  void markupIsEscapedAndReadsBackAsWritten() {
    assertThat(XmlText.text("a<b & c>d \"e\"")).isEqualTo("a&lt;b &amp; c&gt;d \"e\"");
    assertThat(XmlText.attribute("x\"y\tz\nw")).isEqualTo("x&quot;y&#9;z&#10;w");
    assertThat(XmlText.text("行一\r\n行二")).isEqualTo("行一&#13;\n行二");
  }

  @Test
  void aCharacterXmlCannotHoldIsWrittenAsPoiWritesIt() throws IOException {
    String text = "名称\u0001甲\uFFFE乙\uD800丙";

    assertThat("<t>" + XmlText.text(text) + "</t>").isEqualTo(poiSharedString(text));
  }

  @Test
  void charactersBeyondTheBasicPlaneAreKept() {
    assertThat(XmlText.text("𠀀 😀")).isEqualTo("𠀀 😀");
  }

  /** The {@code <t>} element POI's save writes for a cell holding {@code text}. */
  private static String poiSharedString(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表").createRow(0).createCell(0).setCellValue(text);
      workbook.write(bytes);
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          return xml.substring(xml.indexOf("<t>"), xml.indexOf("</t>") + 4);
        }
      }
    }
    throw new AssertionError("POI wrote no shared strings");
  }
}
