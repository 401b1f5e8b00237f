package org.scorebook.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.write.Readback;
import org.scorebook.write.SampleWorkbook;

/** Saving an annotated workbook: into place in one step, nothing left beside it. */
class WorkbookWriterTest {
  @TempDir Path folder;

  @Test
  void savedWorkbookReplacesTheTargetAtomically() throws IOException {
    Path target = folder.resolve("out.xlsx");
    Files.writeString(target, "not a workbook yet");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.write(
          workbook, SampleWorkbook.card().build(), target, "1", SampleWorkbook.WRITTEN_AT);
    }

    assertThat(Readback.of(target).sheetNames()).first().isEqualTo(WorkbookWriter.SCORE_SHEET);
    assertThat(Files.list(folder)).containsExactly(target);
  }
}
