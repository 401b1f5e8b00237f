package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;

/** {@code scorebook process … --report} from the command line. */
class ReportCommandTest {
  @TempDir Path temp;

  @Test
  void processWithReportWritesTheWordDraftBesideTheScoredWorkbook() throws Exception {
    Path out = temp.resolve("已评分");

    CliAccess.Result result =
        CliAccess.run(
            "process", SeedGoldenTest.SEED_001.toString(), "--out", out.toString(), "--report");

    Path report = out.resolve("2017年合作交流综合信息服务平台建设运维项目.评价报告.docx");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("87.12 分（良）").contains("；评价报告 → " + report);
    assertThat(out.resolve("2017年合作交流综合信息服务平台建设运维项目.xlsx")).isRegularFile();
    try (InputStream in = Files.newInputStream(report);
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .contains("该项目预算金额为19.369万元，实际支出19.000万元，预算执行率为98.09%。");
    }
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void jsonNamesTheReportOrWhyThereIsNone() throws Exception {
    Path out = temp.resolve("out");

    CliAccess.Result result =
        CliAccess.run(
            "process",
            SeedGoldenTest.SEED_001.toString(),
            SeedGoldenTest.WITH_MISTAKES.toString(),
            "--out",
            out.toString(),
            "--report",
            "--json",
            "--threads",
            "1");

    List<JsonObject> lines =
        result.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertThat(result.status()).isEqualTo(1);
    assertThat(lines.get(0).get("report").getAsString())
        .isEqualTo(out.resolve("2017年合作交流综合信息服务平台建设运维项目.评价报告.docx").toString());
    assertThat(lines.get(0).get("reportReason").isJsonNull()).isTrue();
    assertThat(lines.get(1).get("report").isJsonNull()).isTrue();
    assertThat(lines.get(1).get("reportReason").getAsString())
        .isEqualTo("工作簿有 7 个错误，没有总分和等级；改正后重新处理即可生成");
    assertThat(out.resolve("带错误示例.评价报告.docx")).doesNotExist();
  }

  @Test
  void aWorkbookWithErrorsSaysOnItsConsoleLineWhyItHasNoReport() {
    CliAccess.Result result =
        CliAccess.run(
            "process",
            SeedGoldenTest.WITH_MISTAKES.toString(),
            "--out",
            temp.toString(),
            "--report");

    assertThat(result.out().lines().findFirst().orElseThrow())
        .endsWith("；未生成评价报告（工作簿有 7 个错误，没有总分和等级；改正后重新处理即可生成）");
  }

  @Test
  void withoutReportTheJsonSaysNull() {
    CliAccess.Result result =
        CliAccess.run(
            "process", SeedGoldenTest.SEED_001.toString(), "--out", temp.toString(), "--json");

    JsonObject json = JsonParser.parseString(result.out().strip()).getAsJsonObject();
    assertThat(json.get("report").isJsonNull()).isTrue();
    assertThat(json.get("reportReason").isJsonNull()).isTrue();
  }

  @Test
  void processHelpTeachesTheReportOption() {
    CliAccess.Result result = CliAccess.run("process", "--help");

    assertThat(result.out()).contains("--report").contains("名称.评价报告.docx");
  }
}
