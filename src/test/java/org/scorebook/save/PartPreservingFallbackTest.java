package org.scorebook.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.PackageEntries;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.WorkbookView;

/**
 * A package whose parts cannot be copied as they came (here: a part's name twice, which no zip
 * reader agrees on) is saved whole by POI instead, and shows the same workbook as POI's save.
 */
class PartPreservingFallbackTest {
  private static final ZonedDateTime WRITTEN_AT = ZonedDateTime.parse("2026-12-02T09:30:00+08:00");

  @TempDir Path folder;

  @Test
  void aPackageThatCannotBeCopiedFromIsSavedWholeByPoi() throws Exception {
    byte[] clean = TestWorkbooks.evaluation().bytes();
    byte[] twice = withAPartTwice(clean, "docProps/app.xml");

    Path whole = save(clean, Optional.empty(), folder.resolve("whole.xlsx"));
    Path fallen = save(clean, Optional.of(twice), folder.resolve("fallen.xlsx"));

    WorkbookView.assertSameView(whole, fallen);
  }

  private static Path save(byte[] opened, Optional<byte[]> original, Path target) throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(opened))) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "测试.xlsx", Kinds.ALL.readers()));
      WorkbookWriter.write(workbook, original, card, target, "test", WRITTEN_AT);
    }
    return target;
  }

  private static byte[] withAPartTwice(byte[] workbook, String part) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : PackageEntries.of(workbook).parts.entrySet()) {
        int copies = entry.getKey().equals(part) ? 2 : 1;
        for (int i = 0; i < copies; i++) {
          zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
          zip.write(entry.getValue());
          zip.closeArchiveEntry();
        }
      }
    }
    assertThat(bytes.size()).isGreaterThan(workbook.length / 2);
    return bytes.toByteArray();
  }
}
