package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * A workbook of one, two or twenty self-evaluation forms, through {@code validate} and {@code
 * process}: every project is scored, checked and written as its sheet is in a workbook of its own,
 * and the exit status is the worst of the projects'.
 */
class SeveralProjectsCliTest {
  /** The project whose 分值 is typed as a word, when there are several. */
  private static final int WITH_ERROR = 2;

  @TempDir Path folder;

  @ParameterizedTest(name = "{0} forms in an {1}")
  @CsvSource({"1, xlsx", "2, xlsx", "20, xlsx", "2, xls", "20, xls"})
  void eachProjectIsWhatItsSheetIsAlone(int count, String extension) throws Exception {
    List<SelfEvaluationForms.Builder> forms = forms(count);
    Path several = SelfEvaluationForms.saveAll(folder.resolve(count + "个项目." + extension), forms);
    List<Path> alone = new ArrayList<>();
    for (SelfEvaluationForms.Builder form : forms) {
      Path single = Files.createDirectories(folder.resolve("alone").resolve(form.sheetName()));
      alone.add(form.saveTo(single.resolve("单个项目." + extension)));
    }

    ProjectsAlone.Statuses statuses = ProjectsAlone.assertEachAsAlone(several, alone, folder);

    int worst = count >= WITH_ERROR ? Cli.PROBLEMS : Cli.OK;
    assertThat(statuses).isEqualTo(new ProjectsAlone.Statuses(worst, worst));
    if (count >= WITH_ERROR) {
      Path output = folder.resolve("several").resolve(several.getFileName());
      assertThat(ProjectsAlone.cellsAndComments(output, "项目" + WITH_ERROR).keySet())
          .as("the error's comment was among what was compared")
          .anyMatch(key -> key.endsWith(" comment"));
    }
  }

  /** {@code count} projects, the second with an error. */
  static List<SelfEvaluationForms.Builder> forms(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                i == WITH_ERROR
                    ? SelfEvaluationForms.withTextFull(SelfEvaluationForms.project(i), "运维成果报告")
                    : SelfEvaluationForms.project(i))
        .toList();
  }
}
