package org.scorebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.score.Scorer;

/** What the console shows for a workbook with more than one project. */
class ConsoleReportTest {
  private static final Outcome TWO_PROJECTS =
      Outcome.of(Path.of("评价.xlsx"), List.of(project("甲项目", 90), project("乙项目", 89.99)), List.of());

  private static Outcome.Project project(String name, double score) {
    return Outcome.Project.of(
        Scorer.score(
            evaluation().project(ProjectInfo.NAME, name).manual("A", "x", 100, score).build()));
  }

  private static List<String> printed(boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report.print(TWO_PROJECTS, json, new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8).lines().toList();
  }

  @Test
  void aWorkbookWithTwoProjectsGetsALineForItThenALineForEach() {
    assertThat(printed(false))
        .filteredOn(line -> !line.startsWith("    "))
        .satisfiesExactly(
            workbook -> assertThat(workbook).isEqualTo("✓ 评价.xlsx：2 个项目，都已评分"),
            first -> assertThat(first).startsWith("  ✓ 「指标评分」甲项目：").contains("90.00 分（优）"),
            second -> assertThat(second).startsWith("  ✓ 「指标评分」乙项目：").contains("89.99 分（良）"));
  }

  @Test
  void aWorkbookWithOneProjectKeepsItsOneLine() {
    Outcome one = Outcome.of(Path.of("评价.xlsx"), List.of(project("甲项目", 90)), List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report.print(one, false, new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8).lines())
        .filteredOn(line -> !line.startsWith("    "))
        .containsExactly("✓ 评价.xlsx：90.00 分（优），0 条提示");
  }

  @Test
  void aWorkbookWithTwoProjectsGetsAJsonObjectForEach() {
    assertThat(printed(true))
        .extracting(
            line -> JsonParser.parseString(line).getAsJsonObject().get("project").getAsString())
        .containsExactly("甲项目", "乙项目");
    assertThat(printed(true))
        .extracting(
            line -> JsonParser.parseString(line).getAsJsonObject().get("sheet").getAsString())
        .containsExactly("指标评分", "指标评分");
  }
}
