package org.scorebook.partsave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.partsave.ScoreSheetXmlTest.BothWays;
import org.scorebook.partsave.ScoreSheetXmlTest.Messages;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.samples.SampleFiles;
import org.scorebook.score.Scorer;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * LibreOffice, a reader other than POI that also keeps looks, merged cells, heights, links and the
 * print setup, reads the score sheet written as XML as it reads the one written through POI: each
 * saved again by it, the two read the same. Skipped where LibreOffice is missing.
 */
class ScoreSheetXmlLibreOfficeIT {
  @TempDir Path folder;

  @Test
  void libreOfficeReadsTheContractV1ScoreSheetTheSameBothWays() throws Exception {
    try (OpenedWorkbook opened =
        WorkbookReader.open(SampleFiles.WITH_MISTAKES, Kinds.ALL.readers())) {
      Scorecard card = Messages.PLANTED.apply(Scorer.score(opened.evaluation()));
      assertLibreOfficeReadsTheSame(opened.workbook(), opened.original(), card);
    }
  }

  @Test
  void libreOfficeReadsTheFormsScoreSheetTheSameBothWays() throws Exception {
    try (Workbook workbook = SelfEvaluationForms.form().build()) {
      Scorecard card =
          Scorer.score(
              WorkbookReader.read(workbook, SelfEvaluationForms.SOURCE, Kinds.ALL.readers()));
      assertLibreOfficeReadsTheSame(workbook, Optional.empty(), card);
    }
  }

  private void assertLibreOfficeReadsTheSame(
      Workbook workbook, Optional<byte[]> original, Scorecard card) throws Exception {
    BothWays written = ScoreSheetXmlTest.bothWays(folder, workbook, original, card);
    Path viaPoi =
        LibreOfficeRoundTrip.toXlsx(
            written.viaPoi(), Files.createDirectories(folder.resolve("poi")));
    Path viaXml =
        LibreOfficeRoundTrip.toXlsx(
            written.viaXml(), Files.createDirectories(folder.resolve("xml")));
    ScoreSheetXmlTest.assertSameView(viaPoi, viaXml);
  }
}
