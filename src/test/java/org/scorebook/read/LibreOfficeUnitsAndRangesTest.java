package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TestWorkbooks.evaluation;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.NumberReading;
import org.scorebook.testing.LibreOfficeRoundTrip;

/**
 * Amounts in 元 and 等级标准 ranges in a workbook saved by LibreOffice, not POI; skipped where
 * LibreOffice is not installed.
 */
class LibreOfficeUnitsAndRangesTest {

  @Test
  void aWorkbookSavedByLibreOfficeKeepsUnitsAndRanges(@TempDir Path folder) throws Exception {
    Path poi =
        evaluation()
            .project("项目名称", "测试")
            .project("预算金额（元）", 1_000_000)
            .project("实际支出", "95万元")
            .indicator("A", "决策", 100)
            .manual(85)
            .reason("扣分")
            .gradeRanges("分数区间", "优", "≥90", "良", "[80,90)", "中", "60-79.99", "差", "60分以下")
            .saveTo(folder.resolve("in").resolve("x.xlsx"));
    Path converted = LibreOfficeRoundTrip.toXlsx(poi, folder);

    Evaluation evaluation;
    try (InputStream in = Files.newInputStream(converted);
        Workbook workbook = WorkbookFactory.create(in)) {
      evaluation = WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
    }
    assertThat(evaluation.readMessages()).isEmpty();
    assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(100));
    assertThat(evaluation.project().spending()).isEqualTo(NumberReading.of(95));
    assertThat(evaluation.grades().orElseThrow().rows())
        .extracting(GradeSheet.Row::minimum)
        .containsExactly(
            NumberReading.of(90), NumberReading.of(80), NumberReading.of(60), NumberReading.of(0));
  }
}
