package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.ooxml.PackageIndex;

/** The package check and the streaming read take the parts of one index: each inflated once. */
class PackageReadOnceTest {
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");

  @Test
  void theCheckAndTheStreamingReadInflateEachPartOnce() throws Exception {
    WorkbookOpener.Checked checked = WorkbookOpener.check(SAMPLE);
    PackageIndex index = checked.index().orElseThrow();
    int parts = index.streamed().size();
    assertThat(index.inflations()).isEqualTo(parts);

    readEveryCell(XlsxGrid.of(index));

    assertThat(index.inflations()).isEqualTo(parts);
  }

  @Test
  void theStreamingReadTakesItsPartsFromTheIndex() throws Exception {
    PackageIndex index = PackageIndex.of(Files.readAllBytes(SAMPLE), PackageCheck.LIMITS);

    readEveryCell(XlsxGrid.of(index));
    int read = index.inflations();
    readEveryCell(XlsxGrid.of(index));

    assertThat(read).isPositive().isLessThan(index.streamed().size());
    assertThat(index.inflations()).isEqualTo(read);
  }

  private static void readEveryCell(XlsxGrid grid) {
    assertThat(grid.sheets()).isNotEmpty();
    for (GridSheet sheet : grid.sheets()) {
      for (int row = sheet.firstRow(); row <= sheet.lastRow(); row++) {
        GridSheet.GridRow cells = sheet.row(row);
        if (cells != null) {
          cells.cells().forEach(GridCell::column);
        }
      }
    }
  }

  @Test
  void loadingAWorkbookHandsTheSameIndexToWhoeverSavesIt() throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.load(SAMPLE, Kinds.ALL.readers())) {
      PackageIndex index = opened.packageIndex().orElseThrow();

      assertThat(index.zip()).isSameAs(opened.original().orElseThrow());
      assertThat(index.inflations()).isEqualTo(index.streamed().size());
    }
  }
}
