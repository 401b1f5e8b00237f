package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * The rich workbook of {@link UntouchedPartsTest} saved again by LibreOffice, whose package (part
 * names, order, compression, charts and drawings) another writer than POI made: the parts Scorebook
 * does not write still come out byte for byte. Skipped where LibreOffice is missing.
 */
class UntouchedPartsLibreOfficeIT {
  @TempDir Path folder;

  @Test
  void aWorkbookLibreOfficeSavedKeepsTheBytesOfItsUntouchedParts() throws Exception {
    Path input = RichWorkbooks.libreOffice(folder);
    Path output = folder.resolve("out").resolve("图表与宏.xlsx");

    Outcome outcome = Scorebook.process(input, output);

    UntouchedPartsTest.assertScored(outcome, RichWorkbooks.TOTAL);
    Set<String> untouched =
        UntouchedPartsTest.assertUntouchedPartsKept(
            input, output, UntouchedPartsTest.markedSheets(outcome));
    ZipPackage in = ZipPackage.read(input);
    assertThat(UntouchedPartsTest.drawingsChartsImagesAndTables(in, RichWorkbooks.CHARTS))
        .as("LibreOffice kept the chart on 图表")
        .anyMatch(part -> part.startsWith("xl/charts/"));
    assertThat(untouched)
        .containsAll(UntouchedPartsTest.drawingsChartsImagesAndTables(in, SheetNames.INDICATORS))
        .containsAll(UntouchedPartsTest.drawingsChartsImagesAndTables(in, RichWorkbooks.CHARTS))
        .containsAll(UntouchedPartsTest.sheetAndRels(in, RichWorkbooks.DATA))
        .containsAll(UntouchedPartsTest.sheetAndRels(in, RichWorkbooks.CHARTS))
        .anyMatch(part -> part.startsWith("docProps/"));
    UntouchedPartsTest.assertOpensAndHangsTogether(output);
  }
}
