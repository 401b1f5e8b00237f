package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
  private static final String PART =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<si><t>plain</t></si>"
          + "<si><t>ignored</t><r><t>run </t></r><r><rPr/><t>two</t></r></si>"
          + "<si><t>base</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"
          + "<si><t>line_x000D_end</t></si>"
          + "<si/>"
          + "</sst>";

  @Test
  void stringsReadAsPoiReadsThem() throws Exception {
    byte[] part = PART.getBytes(StandardCharsets.UTF_8);
    List<String> poi = new ArrayList<>();
    SharedStringsTable table = new SharedStringsTable();
    table.readFrom(new ByteArrayInputStream(part));
    for (RichTextString item : table.getSharedStringItems()) {
      poi.add(item.getString());
    }

    SharedStrings read = SharedStrings.read(part);

    assertThat(read.isSst).isTrue();
    assertThat(read.strings).isEqualTo(poi);
    assertThat(read.strings).containsExactly("plain", "run two", "base", "line\rend", null);
  }
}
