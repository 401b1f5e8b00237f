package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.RichWorkbooks;

/**
 * The three ways of saving agree on packages LibreOffice wrote, which order and name their parts
 * otherwise than POI: the rich workbook and every shipped sample after a LibreOffice round trip.
 */
class SavePathsAgreeLibreOfficeIT {
  @TempDir Path folder;

  @Test
  void bothSavesShowTheSameWorkbookForLibreOfficePackages() throws Exception {
    Path rich = RichWorkbooks.libreOffice(Files.createDirectories(folder.resolve("rich")));
    ThreeSaves.agree(
        ThreeSaves.agree(rich, folder.resolve("rich-first")), folder.resolve("rich-again"));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(file -> file.toString().endsWith(".xlsx")).toList()) {
        Path converted =
            LibreOfficeRoundTrip.toXlsx(
                sample, Files.createDirectories(folder.resolve("lo-" + sample.hashCode())));
        ThreeSaves.agree(converted, folder.resolve("sample-" + sample.hashCode()));
      }
    }
  }

  @Test
  void libreOfficeOpensWhatThePartByPartSaveWrote() throws Exception {
    Path rich = RichWorkbooks.libreOffice(Files.createDirectories(folder.resolve("rich")));
    Path written = ThreeSaves.agree(rich, folder.resolve("first"));

    Path reopened =
        LibreOfficeRoundTrip.toXlsx(written, Files.createDirectories(folder.resolve("reopened")));

    try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(reopened))) {
      assertThat(workbook.getSheetName(0)).isEqualTo(SheetNames.SCORE_SHEET);
      assertThat(workbook.getSheet(SheetNames.INDICATORS)).isNotNull();
    }
  }
}
