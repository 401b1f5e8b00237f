package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.WorkbookView;
import org.scorebook.testing.ZipPackage;

/**
 * What {@code process} writes for a workbook of several forms: the score sheet's table of projects
 * in both saves, and the same projects when its output is processed again.
 */
class SeveralProjectsOutputsTest {
  private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

  @TempDir Path folder;

  @AfterEach
  void forgetTheChosenSave() {
    System.clearProperty(Scorebook.SAVE_PROPERTY);
  }

  @Test
  void theScoreSheetListsEveryProjectWithALinkToItsSheet() {
    Path input = threeProjects();

    CliRunner.Result result = process(input, folder.resolve("out"));

    List<JsonObject> projects = ProjectsAlone.objects(result);
    WorkbookView view = WorkbookView.of(output(projects));
    assertThat(projects).hasSize(3);
    for (JsonObject project : projects) {
      String sheet = project.get("sheet").getAsString();
      List<String> row = tableRow(view, sheet);
      assertThat(row.get(0)).isEqualTo(sheet);
      assertThat(row).contains(project.get("project").getAsString());
      List<Double> numbers =
          row.stream().filter(SeveralProjectsOutputsTest::isNumber).map(Double::valueOf).toList();
      int errors = project.get("errors").getAsInt();
      if (errors == 0) {
        assertThat(row).contains(project.get("grade").getAsString());
        assertThat(numbers)
            .as("total, errors, warnings")
            .containsExactly(project.get("total").getAsDouble(), 0.0, warnings(project));
      } else {
        assertThat(numbers)
            .as("errors, warnings")
            .containsExactly((double) errors, warnings(project));
      }
    }
  }

  @Test
  void bothSavesWriteTheSameScoreSheet() {
    Path input = threeProjects();
    Path byParts = output(ProjectsAlone.objects(process(input, folder.resolve("parts"))));
    System.setProperty(Scorebook.SAVE_PROPERTY, "poi");
    Path byPoi = output(ProjectsAlone.objects(process(input, folder.resolve("poi"))));

    assertThat(scoreSheetValues(WorkbookView.of(byPoi)))
        .isNotEmpty()
        .isEqualTo(scoreSheetValues(WorkbookView.of(byParts)));
  }

  @Test
  void aWorkbookOfSeveralFormsIsSavedPartByPart() {
    Path input = threeProjects();

    Path output = output(ProjectsAlone.objects(process(input, folder.resolve("out"))));

    assertThat(ZipPackage.read(output).entry(SHARED_STRINGS))
        .as("the shared strings, which no project changes, keep their bytes")
        .get()
        .usingRecursiveComparison()
        .isEqualTo(ZipPackage.read(input).entry(SHARED_STRINGS).orElseThrow());
  }

  @Test
  void anOutputProcessedAgainGivesTheSameProjectsAndResults() {
    Path input = threeProjects();
    List<JsonObject> first = ProjectsAlone.objects(process(input, folder.resolve("first")));

    CliRunner.Result again = process(output(first), folder.resolve("again"));

    List<JsonObject> second = ProjectsAlone.objects(again);
    assertThat(again.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      for (String field :
          List.of("sheet", "project", "total", "grade", "executionRate", "errors", "levels")) {
        assertThat(second.get(i).get(field))
            .as("%s of project %d", field, i + 1)
            .isEqualTo(first.get(i).get(field));
      }
      assertThat(messages(second.get(i), "error")).isEqualTo(messages(first.get(i), "error"));
      assertThat(first.get(i).get("messages").getAsJsonArray().asList())
          .as("a score typed over is written as computed, so only its warning goes")
          .containsAll(second.get(i).get("messages").getAsJsonArray().asList());
    }
    assertThat(WorkbookView.of(output(second)).sheetNames())
        .as("one score sheet, the projects' sheets as they were")
        .isEqualTo(WorkbookView.of(output(first)).sheetNames());
  }

  /** Three projects, the second with an error. */
  private Path threeProjects() {
    return SelfEvaluationForms.saveAll(
        folder.resolve("三个项目.xlsx"), SeveralProjectsCliTest.forms(3));
  }

  private static CliRunner.Result process(Path input, Path out) {
    return CliRunner.run("process", input.toString(), "--out", out.toString(), "--json");
  }

  private static Path output(List<JsonObject> projects) {
    return Path.of(projects.get(0).get("output").getAsString());
  }

  private static List<JsonElement> messages(JsonObject project, String severity) {
    return project.getAsJsonArray("messages").asList().stream()
        .filter(m -> m.getAsJsonObject().get("severity").getAsString().equals(severity))
        .toList();
  }

  /**
   * The values of the score sheet's row whose first cell is {@code sheet} linking to that sheet's
   * A1, in column order.
   */
  private static List<String> tableRow(WorkbookView view, String sheet) {
    for (Map.Entry<String, SortedMap<String, String>> cell : view.entities().entrySet()) {
      SortedMap<String, String> a = cell.getValue();
      if (cell.getKey().startsWith(SheetNames.SCORE_SHEET + "!A")
          && sheet.equals(a.get("value"))
          && a.getOrDefault("link.address", "").matches("'?" + sheet + "'?!A1")) {
        int row = new CellReference(cell.getKey()).getRow();
        return rowValues(view, row);
      }
    }
    throw new AssertionError("no row of the score sheet links to " + sheet);
  }

  private static List<String> rowValues(WorkbookView view, int row) {
    SortedMap<Integer, String> values = new TreeMap<>();
    for (Map.Entry<String, SortedMap<String, String>> cell : view.entities().entrySet()) {
      if (cell.getKey().startsWith(SheetNames.SCORE_SHEET + "!")
          && cell.getValue().containsKey("value")) {
        CellReference ref = new CellReference(cell.getKey());
        if (ref.getRow() == row) {
          values.put((int) ref.getCol(), cell.getValue().get("value"));
        }
      }
    }
    return List.copyOf(values.values());
  }

  private static SortedMap<String, String> scoreSheetValues(WorkbookView view) {
    SortedMap<String, String> values = new TreeMap<>();
    view.entities()
        .forEach(
            (name, attributes) -> {
              if (name.startsWith(SheetNames.SCORE_SHEET + "!")
                  && attributes.containsKey("value")) {
                values.put(name + " " + attributes.get("type"), attributes.get("value"));
              }
            });
    return values;
  }

  private static double warnings(JsonObject project) {
    return project.get("warnings").getAsDouble();
  }

  private static boolean isNumber(String text) {
    return text.matches("-?[0-9.]+(E-?[0-9]+)?");
  }
}
