package org.scorebook.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.samples.SampleFiles;
import org.scorebook.score.Scorer;

/** The part-by-part save takes its parts from the index the workbook was read through. */
class SaveFromIndexTest {
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  private static final PackageIndex.Limits GENEROUS =
      new PackageIndex.Limits(1_000, 100_000_000, 100_000_000);

  @TempDir Path folder;

  static Path[] samples() {
    return new Path[] {SampleFiles.SEED_001, SampleFiles.SELF_EVALUATION};
  }

  @ParameterizedTest
  @MethodSource("samples")
  void savingFromTheIndexInflatesNoPartAgainAndWritesWhatTheBytesGive(Path sample)
      throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.load(sample, Kinds.ALL.readers())) {
      PackageIndex index = opened.packageIndex().orElseThrow();
      Scorecard card = Scorer.score(opened.evaluation());
      int inflatedByReading = index.inflations();

      Path fromIndex = folder.resolve("index.xlsx");
      Path fromBytes = folder.resolve("bytes.xlsx");
      assertThat(WorkbookWriter.writeParts(index, card, fromIndex, "test", AT)).isTrue();
      assertThat(index.inflations()).isEqualTo(inflatedByReading);
      assertThat(WorkbookWriter.writeParts(index.zip(), card, fromBytes, "test", AT)).isTrue();

      assertThat(parts(fromIndex)).isEqualTo(parts(fromBytes));
    }
  }

  /** Each part's name and inflated bytes, in the zip's order (the zip's own dates differ). */
  private static Map<String, List<Byte>> parts(Path xlsx) throws IOException {
    Map<String, List<Byte>> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        List<Byte> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
          list.add(b);
        }
        parts.put(entry.getName(), list);
      }
    }
    return parts;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSaveTakesEachPartFromTheIndexInflatingItThereOnce(Path sample) throws Exception {
    Scorecard card = Scorer.score(WorkbookReader.read(sample, Kinds.ALL.readers()));
    PackageIndex index = PackageIndex.of(Files.readAllBytes(sample), GENEROUS);
    assertThat(index.inflations()).isZero();

    WorkbookWriter.writeParts(index, card, folder.resolve("first.xlsx"), "test", AT);
    int parts = index.inflations();
    WorkbookWriter.writeParts(index, card, folder.resolve("second.xlsx"), "test", AT);

    assertThat(parts).isEqualTo(index.entries().size());
    assertThat(index.inflations()).isEqualTo(parts);
  }
}
