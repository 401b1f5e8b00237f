package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.cli.Cli;
import org.scorebook.cli.ProjectsAlone;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * A workbook of three forms saved again by LibreOffice, as .xlsx and as .xls: each project is what
 * its sheet, saved alone by LibreOffice too, gives through {@code validate} and {@code process}.
 */
class SeveralProjectsLibreOfficeIT {
  @TempDir Path folder;

  @ParameterizedTest(name = "saved by LibreOffice as {0}")
  @ValueSource(strings = {"xlsx", "xls"})
  void eachProjectIsWhatItsSheetIsAlone(String format) throws Exception {
    List<SelfEvaluationForms.Builder> forms = forms();
    Path several =
        convert(SelfEvaluationForms.saveAll(folder.resolve("三个项目.xlsx"), forms), format, "several");
    List<Path> alone = new ArrayList<>();
    for (SelfEvaluationForms.Builder form : forms) {
      Path single = Files.createDirectories(folder.resolve("alone").resolve(form.sheetName()));
      alone.add(convert(form.saveTo(single.resolve("单个项目.xlsx")), format, form.sheetName()));
    }

    ProjectsAlone.Statuses statuses =
        ProjectsAlone.assertEachAsAlone(several, alone, folder.resolve("outputs"));

    assertThat(statuses).isEqualTo(new ProjectsAlone.Statuses(Cli.PROBLEMS, Cli.PROBLEMS));
  }

  /** Three projects, the second with its 分值 typed as a word. */
  private static List<SelfEvaluationForms.Builder> forms() {
    return List.of(
        SelfEvaluationForms.project(1),
        SelfEvaluationForms.withTextFull(SelfEvaluationForms.project(2), "运维成果报告"),
        SelfEvaluationForms.project(3));
  }

  private Path convert(Path file, String format, String name) throws Exception {
    Path work = Files.createDirectories(folder.resolve("soffice").resolve(name));
    return format.equals("xls")
        ? LibreOfficeRoundTrip.toXls(file, work)
        : LibreOfficeRoundTrip.toXlsx(file, work);
  }
}
