package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.TestWorkbooks;

/**
 * The styles part as LibreOffice writes it (its own fonts, fills with background colours, number
 * formats from 164 for General, many cell styles, every {@code apply…} attribute written out):
 * every look and variant gives POI's cell formats. Skipped where LibreOffice is missing.
 */
class StylesPartLibreOfficeIT {
  @TempDir Path folder;

  @Test
  void aSampleLibreOfficeSavedAgain() throws Exception {
    Path sample = Path.of("samples", "2017年合作交流综合信息服务平台建设运维项目.xlsx");
    Path input = Files.copy(sample, folder.resolve("sample.xlsx"));
    byte[] xlsx = XlsxStyles.read(LibreOfficeRoundTrip.toXlsx(input, folder));
    int formats = XlsxStyles.everyFormat(xlsx).size();

    AgainstPoi.Result result =
        AgainstPoi.check(xlsx, AgainstPoi.everything(formats, formats), folder);

    assertThat(result.part().changed()).isTrue();
    StylesPart again = StylesPart.read(result.stylesXml());
    ProductLooks.all().forEach(again::of);
    assertThat(again.changed()).as("the looks are all there the second time").isFalse();
  }

  @Test
  void aTemplatePoiWroteLibreOfficeSavedAgain() throws Exception {
    Path input = folder.resolve("template.xlsx");
    Files.write(input, TestWorkbooks.evaluation().bytes());
    byte[] xlsx = XlsxStyles.read(LibreOfficeRoundTrip.toXlsx(input, folder));
    int formats = XlsxStyles.everyFormat(xlsx).size();

    AgainstPoi.check(xlsx, AgainstPoi.everything(formats, formats), folder);
  }
}
