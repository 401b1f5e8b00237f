package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.RichWorkbooks;

/**
 * The workbook part patched for a new first 评分汇总 lists what POI's own save of the scored workbook
 * lists: the sheets in the same order, every name scoped to the same sheet, the first tab active
 * and a recalculation on opening; processing an output again replaces its 评分汇总.
 */
class WorkbookXmlPatchTest {
  @TempDir Path folder;

  @Test
  void aNewFirstSheetShiftsEveryScopedNameAsPoiDoes() throws Exception {
    Path input = RichWorkbooks.xlsx(folder.resolve("带名称.xlsx"));
    Path once = poiSave(input, folder.resolve("一次.xlsx"));
    Path twice = poiSave(once, folder.resolve("两次.xlsx"));

    for (Path[] pair : new Path[][] {{input, once}, {once, twice}}) {
      byte[] before = part(pair[0], "xl/workbook.xml");
      WorkbookXmlPatch.Listing poi = WorkbookXmlPatch.list(part(pair[1], "xl/workbook.xml"));
      String printTitles =
          poi.names().stream()
              .filter(
                  n ->
                      n.name().equals("_xlnm.Print_Titles")
                          && SheetNames.SCORE_SHEET.equals(n.sheet()))
              .findFirst()
              .orElseThrow()
              .formula();

      byte[] patched =
          new WorkbookXmlPatch()
              .removeSheets(name -> SheetNames.matches(name, SheetNames.SCORE_SHEET))
              .firstSheet(SheetNames.SCORE_SHEET, "rIdScore")
              .name("_xlnm.Print_Titles", SheetNames.SCORE_SHEET, printTitles, false)
              .apply(before);

      WorkbookXmlPatch.Listing ours = WorkbookXmlPatch.list(patched);
      assertThat(ours.sheets()).isEqualTo(poi.sheets());
      assertThat(scoped(ours)).containsExactlyInAnyOrderElementsOf(scoped(poi));
      String xml = new String(patched, StandardCharsets.UTF_8);
      assertThat(xml)
          .contains("fullCalcOnLoad=\"1\"")
          .contains("activeTab=\"0\"")
          .contains("r:id=\"rIdScore\"");
    }
  }

  private static List<String> scoped(WorkbookXmlPatch.Listing listing) {
    return listing.names().stream()
        .map(n -> n.name() + " @" + n.sheet() + " = " + n.formula() + " hidden=" + hidden(n))
        .toList();
  }

  private static boolean hidden(WorkbookXmlPatch.Name name) {
    String value = name.attributes().get("hidden");
    return "1".equals(value) || "true".equals(value);
  }

  private static Path poiSave(Path input, Path output) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.open(input, Kinds.ALL.readers())) {
      Scorecard card = Scorer.score(opened.evaluation());
      WorkbookWriter.write(
          opened.workbook(), Optional.empty(), card, output, "test", java.time.ZonedDateTime.now());
    }
    return output;
  }

  private static byte[] part(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getInputStream(zip.getEntry(name)).readAllBytes();
    }
  }
}
