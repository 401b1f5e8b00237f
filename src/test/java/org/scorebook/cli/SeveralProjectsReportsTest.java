package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.SelfEvaluationForms;

/**
 * {@code process --report} on a workbook of several forms: a document per project without errors,
 * in a folder named after the workbook, each named after its project; the console and JSON say why
 * a project has none.
 */
class SeveralProjectsReportsTest {
  private static final String NO_REPORT = "未生成评价报告（这个项目有 1 个错误，没有总分和等级；改正后重新处理即可生成）";

  @TempDir Path folder;

  @Test
  void eachProjectWithoutErrorsGetsADocumentNamedAfterIt() throws IOException {
    Path input =
        SelfEvaluationForms.saveAll(folder.resolve("三个项目.xlsx"), SeveralProjectsCliTest.forms(3));
    Path out = folder.resolve("out");

    CliRunner.Result result =
        CliRunner.run("process", input.toString(), "--out", out.toString(), "--report");

    Path reports = out.resolve("三个项目.评价报告");
    Path first = reports.resolve("项目1：行政审批系统运维.评价报告.docx");
    Path third = reports.resolve("项目3：行政审批系统运维.评价报告.docx");
    assertThat(result.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(documents(reports)).containsExactlyInAnyOrder(first, third);
    assertThat(text(first)).contains("项目1：行政审批系统运维");
    assertThat(text(third)).contains("项目3：行政审批系统运维");
    assertThat(result.out().lines())
        .filteredOn(line -> line.startsWith("  "))
        .filteredOn(line -> !line.startsWith("    "))
        .satisfiesExactly(
            one -> assertThat(one).startsWith("  ✓ 「项目1」").endsWith("；评价报告 → " + first),
            two -> assertThat(two).startsWith("  ✗ 「项目2」").endsWith("；" + NO_REPORT),
            three -> assertThat(three).startsWith("  ✓ 「项目3」").endsWith("；评价报告 → " + third));
  }

  @Test
  void jsonNamesEachProjectsDocumentOrWhyItHasNone() {
    Path input =
        SelfEvaluationForms.saveAll(folder.resolve("三个项目.xlsx"), SeveralProjectsCliTest.forms(3));
    Path reports = folder.resolve("out").resolve("三个项目.评价报告");

    List<JsonObject> projects =
        ProjectsAlone.objects(
            CliRunner.run(
                "process",
                input.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--report",
                "--json"));

    assertThat(projects)
        .satisfiesExactly(
            one ->
                assertThat(one.get("report").getAsString())
                    .isEqualTo(reports.resolve("项目1：行政审批系统运维.评价报告.docx").toString()),
            two -> {
              assertThat(two.get("report").isJsonNull()).isTrue();
              assertThat("未生成评价报告（" + two.get("reportReason").getAsString() + "）")
                  .isEqualTo(NO_REPORT);
            },
            three ->
                assertThat(three.get("report").getAsString())
                    .isEqualTo(reports.resolve("项目3：行政审批系统运维.评价报告.docx").toString()));
  }

  @Test
  void twoProjectsOfTheSameNameGetTwoDocuments() throws IOException {
    Path input =
        SelfEvaluationForms.saveAll(
            folder.resolve("同名.xlsx"),
            List.of(
                SelfEvaluationForms.project(1).projectName("运维项目"),
                SelfEvaluationForms.project(2).projectName("运维项目")));

    CliRunner.Result result =
        CliRunner.run(
            "process", input.toString(), "--out", folder.resolve("out").toString(), "--report");

    List<Path> written = documents(folder.resolve("out").resolve("同名.评价报告"));
    assertThat(result.status()).isEqualTo(Cli.OK);
    assertThat(written).hasSize(2).doesNotHaveDuplicates();
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .allMatch(n -> n.startsWith("运维项目"));
    assertThat(text(written.get(0))).isNotEqualTo(text(written.get(1)));
  }

  private static List<Path> documents(Path reports) throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      return files.sorted().toList();
    }
  }

  private static String text(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }
}
