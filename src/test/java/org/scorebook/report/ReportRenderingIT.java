package org.scorebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.samples.SampleFiles;
import org.scorebook.testing.InstalledPrograms;
import org.scorebook.testing.LibreOfficeRoundTrip;

/** LibreOffice lays the report out as pages: the text a reader sees is all there. */
class ReportRenderingIT {
  @TempDir Path temp;

  @Test
  void libreOfficeRendersTheReportWithItsChineseTextAndNumbers() throws Exception {
    Path docx = temp.resolve("报告.docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      EvaluationReport.write(
          Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow(),
          ReportSections.STANDARD,
          "test",
          EvaluationReportTest.JUNE_2018,
          out);
    }

    Path pdf = LibreOfficeRoundTrip.toPdf(docx, temp);

    Path pdftotext = InstalledPrograms.poppler("pdftotext");
    Path text = temp.resolve("报告.txt");
    Process process =
        new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String shown = Files.readString(text).replaceAll("\\s+", "");
    assertThat(shown)
        .contains("财政项目支出绩效评价报告")
        .contains("二〇一八年六月")
        .contains("该项目总体得分为87.12分")
        .contains("项目绩效得分情况表")
        .contains("【待补充】");
    assertThat(Files.readString(text).split("\f")).hasSizeGreaterThan(6);
  }
}
