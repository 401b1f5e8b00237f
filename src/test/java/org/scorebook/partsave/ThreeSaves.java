package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.PackageIntegrity;
import org.scorebook.testing.WorkbookView;

/**
 * Writes one workbook every way Scorebook saves: POI's whole save, POI's save keeping the untouched
 * parts' bytes, and the save that rewrites only the parts that change without POI; and compares
 * what an independent reader sees in them.
 */
final class ThreeSaves {
  private static final String VERSION = "test";
  private static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  private ThreeSaves() {}

  /**
   * Saves {@code input} every way under {@code folder} and asserts that an independent reader sees
   * the same workbook in all. The part-by-part save must take every workbook, contract v1 or form,
   * {@code partsTakeIt} says it takes. Returns the output of the part-by-part save, or of the
   * part-keeping POI save where the other declined.
   */
  static Path agree(Path input, Path folder, boolean partsTakeIt) throws Exception {
    return agree(input, folder, kind -> partsTakeIt);
  }

  /**
   * As {@link #agree(Path, Path, boolean)}, where the part-by-part save must take every contract-v1
   * workbook and may leave a form to POI (a form saved by another program may hold formulas it does
   * not calculate).
   */
  static Path agree(Path input, Path folder) throws Exception {
    return agree(input, folder, kind -> kind == WorkbookKind.CONTRACT_V1);
  }

  private static Path agree(Path input, Path folder, Predicate<WorkbookKind> mustTake)
      throws Exception {
    String name = input.getFileName().toString();
    Path whole = poiSave(input, false, folder.resolve("whole").resolve(name));
    Path kept = poiSave(input, true, folder.resolve("kept").resolve(name));
    WorkbookView.assertSameView(whole, kept);
    Path parts = folder.resolve("parts").resolve(name);
    Files.createDirectories(parts.getParent());
    Scorecard card;
    try (OpenedWorkbook opened = WorkbookReader.load(input, Kinds.ALL.readers())) {
      card = Scorer.score(opened.evaluation());
      StreamingSave.Prepared prepared =
          StreamingSave.prepare(opened.original().orElseThrow(), card, VERSION, WRITTEN_AT);
      if (prepared instanceof StreamingSave.LeftToPoi left) {
        assertThat(mustTake.test(card.evaluation().kind()))
            .as("%s left to POI: %s", name, left.why())
            .isFalse();
        return kept;
      }
      ((StreamingSave.Ready) prepared).writeTo(parts);
    }
    WorkbookView.assertSameView(whole, parts);
    PackageIntegrity.assertNoNewProblems(input, parts);
    return parts;
  }

  private static Path poiSave(Path input, boolean keepParts, Path output) throws Exception {
    Files.createDirectories(output.getParent());
    try (OpenedWorkbook opened = WorkbookReader.open(input, Kinds.ALL.readers())) {
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
