package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.WorkbookView;

/** Writes one workbook both ways, POI's whole save and the part-keeping one, and compares them. */
final class TwoSaves {
  private static final String VERSION = "test";
  private static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  private TwoSaves() {}

  /**
   * Saves {@code input} both ways under {@code folder}, asserts that an independent reader sees the
   * same workbook in both, and returns the part-keeping output.
   */
  static Path agree(Path input, Path folder) throws Exception {
    String name = input.getFileName().toString();
    Path whole = save(input, false, folder.resolve("whole").resolve(name));
    Path kept = save(input, true, folder.resolve("kept").resolve(name));
    WorkbookView.assertSameView(whole, kept);
    return kept;
  }

  private static Path save(Path input, boolean keepParts, Path output) throws Exception {
    Files.createDirectories(output.getParent());
    try (OpenedWorkbook opened = WorkbookReader.open(input)) {
      assertThat(opened.original()).as("an .xlsx keeps its bytes for the save").isPresent();
      Scorecard card = Scorer.score(opened.evaluation());
      WorkbookWriter.write(
          opened.workbook(),
          keepParts ? opened.original() : Optional.empty(),
          card,
          output,
          VERSION,
          WRITTEN_AT);
    }
    return output;
  }
}
