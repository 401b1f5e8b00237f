package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * Sheets of a workbook of forms that are not projects: a blank copy of the form, the budget cycle's
 * other forms. Each is named once, in a note without a cell; a workbook of blank forms only cannot
 * be scored, as one blank form cannot.
 */
class SeveralProjectsNotesTest {
  private static final String EMPTY = "这张项目支出绩效自评表还是空白的";

  @TempDir Path folder;

  @Test
  void aBlankCopyOfTheFormAfterTwoFilledOnesIsNamedInOneNote() {
    Path file =
        SelfEvaluationForms.saveAll(
            folder.resolve("两个项目和一张空表.xlsx"),
            List.of(
                SelfEvaluationForms.project(1),
                SelfEvaluationForms.project(2),
                SelfEvaluationForms.blank().sheetName("空表")));

    CliRunner.Result result = CliRunner.run("validate", file.toString(), "--json");

    List<JsonObject> projects = ProjectsAlone.objects(result);
    assertThat(projects)
        .extracting(p -> p.get("sheet").getAsString())
        .containsExactly("项目1", "项目2");
    assertThat(result.status()).isEqualTo(Cli.OK);
    List<JsonObject> naming = messagesNaming(projects, "空表");
    assertThat(naming).singleElement().satisfies(SeveralProjectsNotesTest::isANote);
    assertThat(messages(projects))
        .as("nothing of the blank sheet's rows is listed")
        .filteredOn(m -> m.get("sheet").getAsString().equals("空表") || isNote(m))
        .isEqualTo(naming);
  }

  @Test
  void theBudgetCyclesOtherFormsAreNamedTogetherInOneNote() throws IOException {
    Path file = folder.resolve("项目库导出.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("申报表").createRow(0).createCell(0).setCellValue("项目支出绩效目标申报表");
      workbook.createSheet("监控表").createRow(0).createCell(0).setCellValue("项目支出绩效目标执行监控表");
      SelfEvaluationForms.project(1).fillInto(workbook);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }

    CliRunner.Result result = CliRunner.run("validate", file.toString(), "--json");

    List<JsonObject> projects = ProjectsAlone.objects(result);
    assertThat(projects).extracting(p -> p.get("sheet").getAsString()).containsExactly("项目1");
    List<JsonObject> naming = messagesNaming(projects, "申报表");
    assertThat(naming).singleElement().satisfies(SeveralProjectsNotesTest::isANote);
    assertThat(naming.get(0).get("text").getAsString()).contains("申报表、监控表");
    assertThat(messagesNaming(projects, "监控表")).isEqualTo(naming);
  }

  @Test
  void aWorkbookOfBlankFormsOnlyCannotBeScoredAsOneBlankFormCannot() {
    Path one =
        SelfEvaluationForms.saveAll(
            folder.resolve("一张空表.xlsx"), List.of(SelfEvaluationForms.blank().sheetName("空表1")));
    Path two =
        SelfEvaluationForms.saveAll(
            folder.resolve("两张空表.xlsx"),
            List.of(
                SelfEvaluationForms.blank().sheetName("空表1"),
                SelfEvaluationForms.blank().sheetName("空表2")));

    CliRunner.Result alone = CliRunner.run("validate", one.toString());
    CliRunner.Result both = CliRunner.run("validate", two.toString());

    assertThat(alone.out().lines()).singleElement().asString().contains("无法评分：" + EMPTY);
    assertThat(both.status()).isEqualTo(alone.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(both.out().replace(two.toString(), one.toString())).isEqualTo(alone.out());
  }

  private static boolean isNote(JsonObject message) {
    return message.get("severity").getAsString().equals("warning")
        && message.get("cell").isJsonNull();
  }

  private static void isANote(JsonObject message) {
    assertThat(isNote(message)).as("a warning without a cell: %s", message).isTrue();
  }

  private static List<JsonObject> messages(List<JsonObject> projects) {
    return projects.stream()
        .flatMap(p -> p.getAsJsonArray("messages").asList().stream())
        .map(JsonElement::getAsJsonObject)
        .toList();
  }

  private static List<JsonObject> messagesNaming(List<JsonObject> projects, String sheet) {
    return messages(projects).stream()
        .filter(
            m ->
                m.get("text").getAsString().contains(sheet)
                    || m.get("sheet").getAsString().equals(sheet))
        .toList();
  }
}
