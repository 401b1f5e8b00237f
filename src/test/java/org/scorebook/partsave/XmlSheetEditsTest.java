package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.WorkbookView;
import org.scorebook.write.Comments;
import org.scorebook.write.EditedSheet;
import org.scorebook.write.SampleWorkbook;
import org.scorebook.write.WriteCorpus;

/**
 * What the XML edits keep and add beyond cells: a drawing's other shapes (form controls, with the
 * unclosed {@code <br>} Excel writes in them), a comments part for a sheet that had only controls,
 * and formulas they cannot replace as POI would, which leave the save to POI.
 */
class XmlSheetEditsTest {
  private static final String BUTTON_TYPE =
      "<v:shapetype id=\"_x0000_t201\" coordsize=\"21600,21600\" o:spt=\"201\""
          + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
          + "<v:path shadowok=\"f\" o:extrusionok=\"f\" strokeok=\"f\" fillok=\"f\""
          + " o:connecttype=\"rect\"/><o:lock v:ext=\"edit\" shapetype=\"t\"/></v:shapetype>";
  private static final String BUTTON =
      "<v:shape id=\"_x0000_s2049\" type=\"#_x0000_t201\" style=\"position:absolute;"
          + "margin-left:300pt;margin-top:20pt;width:60pt;height:20pt;z-index:2\" o:button=\"t\""
          + " fillcolor=\"buttonFace [67]\" o:insetmode=\"auto\"><v:textbox"
          + " style=\"mso-direction-alt:auto\"><div style=\"text-align:center\"><font"
          + " face=\"宋体\" size=\"180\" color=\"auto\">校验<br>按钮</font></div></v:textbox>"
          + "<x:ClientData ObjectType=\"Button\"><x:Anchor>5, 0, 1, 0, 6, 0, 2, 0</x:Anchor>"
          + "<x:PrintObject>False</x:PrintObject><x:AutoFill>False</x:AutoFill>"
          + "<x:FmlaMacro>[0]!Check</x:FmlaMacro></x:ClientData></v:shape>";

  @TempDir Path folder;

  @Test
  void formControlsInTheCommentsDrawingAreKept() throws Exception {
    Map<String, byte[]> entries =
        TwoEdits.entries(Files.readAllBytes(WriteCorpus.reviewed(folder.resolve("a.xlsx"))));
    String vml = only(entries, "xl/drawings/vmlDrawing\\d+\\.vml");
    entries.put(
        vml,
        text(entries.get(vml))
            .replace("</xml>", BUTTON_TYPE + BUTTON + "</xml>")
            .getBytes(StandardCharsets.UTF_8));
    Path input = write(entries, folder.resolve("按钮.xlsx"));

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));
    TwoEdits.Outputs again = TwoEdits.agree(first.xml(), folder.resolve("again"));

    for (Path output : List.of(first.xml(), again.xml())) {
      String drawing = text(TwoEdits.entries(Files.readAllBytes(output)).get(vml));
      assertThat(drawing)
          .contains("ObjectType=\"Button\"", "[0]!Check", "校验<br/>按钮", "_x0000_t201")
          .contains("ObjectType=\"Note\"");
      assertThat(Pattern.compile("ObjectType=\"Button\"").matcher(drawing).results().count())
          .isEqualTo(1);
    }
    assertThat(WorkbookView.of(again.xml()).get("指标评分!D7", "comment.author")).isEqualTo("张三");
  }

  @Test
  void aSheetWhoseDrawingHasOnlyControlsGetsACommentsPart() throws Exception {
    Map<String, byte[]> entries =
        TwoEdits.entries(Files.readAllBytes(WriteCorpus.reviewed(folder.resolve("a.xlsx"))));
    String vml = only(entries, "xl/drawings/vmlDrawing\\d+\\.vml");
    String comments = only(entries, "xl/comments\\d+\\.xml");
    String drawing = text(entries.get(vml));
    int shapes = drawing.indexOf("<v:shape ");
    entries.put(
        vml,
        (drawing.substring(0, shapes) + BUTTON_TYPE + BUTTON + "</xml>")
            .getBytes(StandardCharsets.UTF_8));
    entries.remove(comments);
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      if (entry.getKey().endsWith(".rels") || entry.getKey().equals("[Content_Types].xml")) {
        entry.setValue(
            text(entry.getValue())
                .replaceAll(
                    "<(Relationship|Override)[^>]*"
                        + Pattern.quote(comments.substring(comments.lastIndexOf('/') + 1))
                        + "[^>]*/>",
                    "")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    Path input = write(entries, folder.resolve("只有按钮.xlsx"));
    try (XSSFWorkbook check = new XSSFWorkbook(input.toFile())) {
      assertThat(check.getSheet("指标评分").getCellComments()).isEmpty();
    }

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));

    TwoEdits.XmlOutput edits =
        TwoEdits.editAsXml(Files.readAllBytes(input), SampleWorkbook.card().withError().build());
    assertThat(edits.result().relationships().values())
        .singleElement()
        .satisfies(
            added ->
                assertThat(added)
                    .extracting(XmlSheets.Relationship::type)
                    .containsExactly(XmlSheet.COMMENTS_TYPE));
    assertThat(edits.result().contentTypes())
        .extracting(XmlSheets.ContentType::contentType)
        .containsExactly(XmlSheet.COMMENTS_CONTENT);
    assertThat(edits.result().parts()).containsKey(vml);
    String kept = text(TwoEdits.entries(Files.readAllBytes(first.xml())).get(vml));
    assertThat(kept).contains("[0]!Check", "ObjectType=\"Note\"");
    WorkbookView view = WorkbookView.of(first.xml());
    assertThat(view.get("指标评分!D7", "comment.author")).isEqualTo(Comments.AUTHOR);
  }

  @Test
  void aFormulaForOtherCellsTooIsLeftToPoi() throws Exception {
    String rows =
        "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"D2\"><f t=\"shared\" ref=\"D2:D3\" si=\"0\">"
            + "B2*2</f><v>2</v></c><c r=\"E2\"><f t=\"array\" ref=\"E2:E3\">B2:B3*3</f><v>3</v></c>"
            + "<c r=\"F2\"><f>B2+1</f><v>2</v></c></row>"
            + "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"D3\"><f t=\"shared\" si=\"0\"/><v>2</v></c>"
            + "<c r=\"E3\"><v>3</v></c></row>";
    Map<String, byte[]> entries = oneSheet(rows);
    XmlSheets sheets = XmlSheets.read(entries.keySet(), entries::get, List.of());
    EditedSheet sheet = sheets.all().get(0);

    assertThat(sheet.value(2, 4).kind()).isEqualTo(EditedSheet.CellValue.Kind.FORMULA);
    assertThatThrownBy(() -> sheet.setNumber(1, 3, 9, 0))
        .isInstanceOf(XmlSheet.UnsupportedEdit.class);
    assertThatThrownBy(() -> sheet.setText(2, 4, "x", 0))
        .isInstanceOf(XmlSheet.UnsupportedEdit.class);
    sheet.setFormat(2, 4, 0); // a format alone changes no formula
    sheet.setNumber(2, 3, 9, 0); // a shared formula's other cell holds only a reference to it
    sheet.setBlank(1, 5, 0);

    XmlSheets.Result result = sheets.write();
    assertThat(result.formulasRemoved())
        .containsEntry(
            "表", new java.util.TreeSet<>(List.of(new CellAddress("D3"), new CellAddress("F2"))));
  }

  private static Map<String, byte[]> oneSheet(String rows) throws IOException {
    Map<String, byte[]> entries;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      entries = TwoEdits.entries(out.toByteArray());
    }
    entries.put(
        "xl/worksheets/sheet1.xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + SheetXmlPatch.MAIN
                + "\"><sheetData>"
                + rows
                + "</sheetData></worksheet>")
            .getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  private static String only(Map<String, byte[]> entries, String pattern) {
    List<String> found = entries.keySet().stream().filter(name -> name.matches(pattern)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Path write(Map<String, byte[]> entries, Path target) throws IOException {
    Files.write(target, TwoEdits.splice(TwoEdits.zipOf(entries), Map.of()));
    return target;
  }
}
