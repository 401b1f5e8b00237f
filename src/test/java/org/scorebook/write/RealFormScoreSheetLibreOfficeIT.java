package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice prints 评分汇总 of a form as people fill it in (short texts, so nothing widens the
 * columns) with every number shown: no ### in the bold totals and rates, the 位置 of a message whole.
 */
class RealFormScoreSheetLibreOfficeIT {
  @TempDir Path temp;

  @Test
  void libreOfficeShowsEveryNumberAndPlaceOfARealFormsScoreSheet() throws Exception {
    Path output = RealFormScoreSheetTest.processed(RealFormScoreSheetTest.realForm(), temp);

    String shown = text(org.scorebook.testing.LibreOfficeRoundTrip.toPdf(output, temp));

    assertThat(shown).doesNotContain("###").contains("100.00%").contains("年度资金总额");
    assertThat(shown.replaceAll("\\s+", "")).contains("项目支出绩效自评表!H");
  }

  private String text(Path pdf) throws Exception {
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    assumeTrue(Files.isExecutable(pdftotext), "pdftotext (poppler) is not installed");
    Path text = temp.resolve("评分汇总.txt");
    Process process =
        new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Files.readString(text);
  }
}
