package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relationships and content types read, changed and written again say what was asked, no more. */
class PackageEditsTest {
  private static final String SHEET_TYPE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

  @Test
  void relationshipsComeBackWithTheAddedOneUnderAFreeId() throws Exception {
    byte[] rels =
        ("<?xml version=\"1.0\"?><Relationships xmlns=\""
                + PackageEdits.RELATIONSHIPS_NS
                + "\">"
                + "<Relationship Id=\"rId1\" Type=\""
                + SHEET_TYPE
                + "\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"x\" Target=\"http://example.com/\" TargetMode=\"External\"/>"
                + "</Relationships>")
            .getBytes(StandardCharsets.UTF_8);

    List<PackageEdits.Relationship> found = new ArrayList<>(PackageEdits.relationships(rels));
    String id = PackageEdits.freeId(found);
    found.add(new PackageEdits.Relationship(id, SHEET_TYPE, "worksheets/sheet2.xml", false));
    List<PackageEdits.Relationship> back =
        PackageEdits.relationships(PackageEdits.relationshipsXml(found));

    assertThat(id).isNotIn("rId1", "rId3");
    assertThat(back).isEqualTo(found);
    assertThat(back.get(1).external()).isTrue();
    assertThat(
            PackageXml.relationships(
                "xl/_rels/workbook.xml.rels", PackageEdits.relationshipsXml(found)))
        .contains("rId1\n" + SHEET_TYPE + "\nInternal\n/xl/worksheets/sheet1.xml");
  }

  @Test
  void contentTypesGainAnOverrideAndADefaultAndLoseTheRemovedParts() throws Exception {
    byte[] types =
        ("<Types xmlns=\""
                + PackageEdits.CONTENT_TYPES_NS
                + "\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet5.xml\" ContentType=\"old\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"main\"/></Types>")
            .getBytes(StandardCharsets.UTF_8);

    byte[] changed =
        PackageEdits.ContentTypes.of(types)
            .removeOverrides(name -> name.equals("/xl/worksheets/sheet5.xml"))
            .override("/xl/worksheets/sheet7.xml", "sheet")
            .defaultFor("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing")
            .defaultFor("xml", "ignored: xml has a default")
            .toXml();

    assertThat(PackageXml.contentTypes(changed))
        .containsEntry("*.xml", "application/xml")
        .containsEntry("*.vml", "application/vnd.openxmlformats-officedocument.vmlDrawing")
        .containsEntry("/xl/worksheets/sheet7.xml", "sheet")
        .containsEntry("/xl/workbook.xml", "main")
        .doesNotContainKey("/xl/worksheets/sheet5.xml");
  }
}
