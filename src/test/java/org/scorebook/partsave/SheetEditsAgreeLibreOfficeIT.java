package org.scorebook.partsave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.WorkbookView;
import org.scorebook.write.WriteCorpus;

/**
 * The two ways of writing results into the sheets agree on packages LibreOffice wrote, which name
 * and order their parts otherwise than POI and Excel; and LibreOffice reads what the XML way wrote
 * (cells, comments, their drawing) as it reads what POI wrote.
 */
class SheetEditsAgreeLibreOfficeIT {
  @TempDir Path folder;

  @Test
  void bothWaysAgreeOnLibreOfficePackages() throws Exception {
    Path rich = RichWorkbooks.libreOffice(Files.createDirectories(folder.resolve("rich")));
    TwoEdits.agree(rich, folder.resolve("rich-first"));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(file -> file.toString().endsWith(".xlsx")).toList()) {
        if (WriteCorpus.FORMULAS_IN_RESULT_CELLS.contains(sample.getFileName().toString())) {
          continue; // only POI calculates whether a formula under a result may stay
        }
        Path converted =
            LibreOfficeRoundTrip.toXlsx(
                sample, Files.createDirectories(folder.resolve("lo-" + sample.hashCode())));
        TwoEdits.Outputs first =
            TwoEdits.agree(converted, folder.resolve("s-" + sample.hashCode()));
        TwoEdits.agree(first.xml(), folder.resolve("again-" + sample.hashCode()));
      }
    }
  }

  @Test
  void libreOfficeReadsBothOutputsAlike() throws Exception {
    List<Path> inputs =
        List.of(
            Path.of("samples", "带错误示例.xlsx"), WriteCorpus.reviewed(folder.resolve("审阅意见.xlsx")));
    for (Path input : inputs) {
      String name = "n" + Math.abs(input.hashCode());
      TwoEdits.Outputs outputs = TwoEdits.agree(input, folder.resolve(name));
      Path poi =
          LibreOfficeRoundTrip.toXlsx(
              outputs.poi(), Files.createDirectories(folder.resolve(name + "-lo-poi")));
      Path xml =
          LibreOfficeRoundTrip.toXlsx(
              outputs.xml(), Files.createDirectories(folder.resolve(name + "-lo-xml")));
      WorkbookView.assertSameView(poi, xml, view -> view.ignoring("workbook", "core.modified"));
    }
  }
}
