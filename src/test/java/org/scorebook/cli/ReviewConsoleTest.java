package org.scorebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.review.ReviewWorkbooks;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.score.Scorer;

/**
 * What the console and JSON say of a workbook whose kind reviews rather than scores: passed or its
 * errors, the warnings and the suggested grade, no total, and why no report was written.
 */
class ReviewConsoleTest {
  private static final String NO_REPORT = "；未生成评价报告（测试审核表不生成评价报告）";
  private static final Set<Outcome.OutputKind> REPORT = Set.of(Outcome.OutputKind.REPORT);

  @TempDir Path dir;

  @Test
  void aPassedProjectSaysSoWithItsGradeAndWarnings() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("乙.xlsx"), ReviewWorkbooks::passed);
    Path output = dir.resolve("乙.审核.xlsx");

    Outcome outcome = Scorebook.process(ReviewWorkbooks.KINDS, input, output, output, REPORT);

    assertThat(heads(printed(outcome, false)))
        .containsExactly("✓ " + input + " → " + output + "：审核通过，建议等级 优，2 条提示" + NO_REPORT);
  }

  @Test
  void aProjectWithErrorsSaysHowManyAndItsGrade() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("甲.xlsx"), ReviewWorkbooks::withErrors);
    Path output = dir.resolve("甲.审核.xlsx");

    Outcome outcome = Scorebook.process(ReviewWorkbooks.KINDS, input, output, output, Set.of());

    List<String> lines = printed(outcome, false);
    assertThat(heads(lines))
        .containsExactly("✗ " + input + " → " + output + "：1 个错误，1 条提示，建议等级 中（请按批注修改后重新提交）");
    assertThat(lines).contains("    错误 项目甲!B8 [覆盖率] 指标值未填写，请填写可衡量的目标值，如「≥95%」");
  }

  @Test
  void twoProjectsGetALineForTheWorkbookThenOneEach() throws Exception {
    Path input =
        ReviewWorkbooks.save(
            dir.resolve("两个.xlsx"), ReviewWorkbooks::withErrors, ReviewWorkbooks::passed);
    Path output = dir.resolve("两个.审核.xlsx");

    Outcome outcome = Scorebook.process(ReviewWorkbooks.KINDS, input, output, output, REPORT);

    assertThat(heads(printed(outcome, false)))
        .containsExactly(
            "✗ " + input + " → " + output + "：2 个项目：1 个审核通过，1 个有错误",
            "  ✗ 「项目甲」甲项目：1 个错误，1 条提示，建议等级 中（请按批注修改后重新提交）" + NO_REPORT,
            "  ✓ 「项目乙」乙项目：审核通过，建议等级 优，2 条提示" + NO_REPORT);
  }

  @Test
  void jsonSaysItIsAReviewWithItsGradeAndNoTotal() throws Exception {
    Path input =
        ReviewWorkbooks.save(
            dir.resolve("两个.xlsx"), ReviewWorkbooks::withErrors, ReviewWorkbooks::passed);
    Path output = dir.resolve("两个.审核.xlsx");

    Outcome outcome = Scorebook.process(ReviewWorkbooks.KINDS, input, output, output, REPORT);

    List<JsonObject> objects =
        printed(outcome, true).stream()
            .map(line -> JsonParser.parseString(line).getAsJsonObject())
            .toList();
    assertThat(objects).hasSize(2);
    for (JsonObject json : objects) {
      assertThat(json.get("review").getAsBoolean()).isTrue();
      assertThat(json.get("kind").getAsString()).isEqualTo("review-test");
      assertThat(json.get("total").isJsonNull()).isTrue();
      assertThat(json.get("reportReason").getAsString()).isEqualTo("测试审核表不生成评价报告");
    }
    assertThat(objects)
        .extracting(
            json ->
                json.get("sheet").getAsString()
                    + " "
                    + json.get("grade").getAsString()
                    + " "
                    + json.get("errors").getAsInt()
                    + "/"
                    + json.get("warnings").getAsInt())
        .containsExactly("项目甲 中 1/1", "项目乙 优 0/2");
    assertThat(objects.get(0).getAsJsonArray("messages").get(1).getAsJsonObject().get("cell"))
        .hasToString("\"B8\"");
  }

  @Test
  void aScoredProjectsJsonHasNoReviewFlag() {
    Outcome scored =
        Outcome.of(
            Path.of("评价.xlsx"),
            List.of(
                Outcome.Project.of(
                    Scorer.score(
                        evaluation()
                            .project(ProjectInfo.NAME, "甲项目")
                            .manual("A", "x", 100, 90)
                            .build()))),
            List.of());

    assertThat(Report.toJson(scored).get(0).has("review")).isFalse();
  }

  private static List<String> printed(Outcome outcome, boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report.print(outcome, json, new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8).lines().toList();
  }

  /** The result lines, without the messages under them. */
  private static List<String> heads(List<String> lines) {
    return lines.stream().filter(line -> !line.startsWith("    ")).toList();
  }
}
