package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scorebook.samples.SampleFiles;
import org.scorebook.testing.TestWorkbooks;

/**
 * The shipped {@code workbook-templates/绩效评价模板.xlsx} is exactly what {@link TemplateWriter#blank()}
 * builds. When this fails after a change to the template code, regenerate the shipped files with
 * {@code SampleFiles.main} (see its comment) instead of editing the workbook by hand.
 */
class TemplateFileTest {

  @Test
  void shippedTemplateIsWhatTheWriterBuilds() throws IOException {
    Path shipped = SampleFiles.TEMPLATE;
    assertThat(shipped).as("run SampleFiles.main to write it").exists();
    try (InputStream in = Files.newInputStream(shipped);
        XSSFWorkbook read = new XSSFWorkbook(in);
        XSSFWorkbook built = TemplateWriter.blank()) {
      assertThat(TestWorkbooks.dump(read)).isEqualTo(TestWorkbooks.dump(built));
      assertThat(read.getProperties().getCoreProperties().getCreator()).isEqualTo(TemplateWriter.CREATOR);
    }
  }
}
