package org.scorebook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
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
      assertThat(read.getProperties().getCoreProperties().getCreator())
          .isEqualTo(TemplateWriter.CREATOR);
    }
  }

  @Test
  void aTemplateNamedXlsIsARealXlsWorkbookThatProcesses(@TempDir Path folder) throws IOException {
    Path xls = folder.resolve("模板.xls");
    TemplateWriter.writeBlank(xls);

    try (InputStream in = Files.newInputStream(xls);
        Workbook read = WorkbookFactory.create(in);
        XSSFWorkbook built = TemplateWriter.blank()) {
      assertThat(read).isInstanceOf(HSSFWorkbook.class);
      assertThat(TestWorkbooks.dump(read)).isEqualTo(TestWorkbooks.dump(built));
    }
    Outcome outcome = Scorebook.score(xls);
    assertThat(outcome.failure()).isEmpty();
    assertThat(outcome.scorecard().orElseThrow().messages())
        .extracting(Message::text)
        .contains("项目名称不能为空");
  }
}
