package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.department.DepartmentFixtures.SeedProject;
import org.scorebook.model.WorkbookKind;
import org.scorebook.report.DocxXml;
import org.scorebook.report.ReportText;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code summary --report}: the department's report draft, read back with POI and with the JDK's
 * XML parser, from the seed-004 workbooks and from consolidations built by hand.
 */
class DepartmentReportTest {
  private static final ZonedDateTime JUNE_2018 =
      ZonedDateTime.of(2018, 6, 15, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
  private static final List<String> RESULTS_HEADER =
      List.of("序号", "项目名称", "决算金额（万元）", "评价分值", "评价结论", "主要绩效", "存在问题", "整改建议", "整改情况");

  @TempDir Path temp;

  @Test
  void seedDepartmentReportHoldsSeed004sResultsTableInTheResultsWorkbooksOrder() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path out = temp.resolve("2018年度绩效评价结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString(), "--report");

    assertThat(run.status()).as(run.err()).isZero();
    Path docx = temp.resolve("2018年度绩效评价结果.评价报告.docx");
    assertThat(run.out()).contains("部门评价报告 → " + docx);
    assertThat(out).exists();
    List<SeedProject> expected = DepartmentFixtures.byScore();
    List<List<String>> poi = poiTables(docx).get(poiTables(docx).size() - 1);
    List<List<String>> xml = xmlTables(docx).get(xmlTables(docx).size() - 1);
    for (List<List<String>> table : List.of(poi, xml)) {
      assertThat(table.get(0)).containsExactlyElementsOf(RESULTS_HEADER);
      assertThat(table).hasSize(1 + expected.size());
      for (int i = 0; i < expected.size(); i++) {
        SeedProject project = expected.get(i);
        assertThat(table.get(i + 1))
            .containsExactly(
                Integer.toString(i + 1),
                project.name(),
                String.format("%.2f", project.spending()),
                String.format("%.2f", project.score()),
                "良",
                oneLine(project.achievements()),
                oneLine(project.problems()),
                oneLine(project.suggestions()),
                oneLine(project.rectification()));
      }
    }
    // seed 004's first project, as the seed prints it (19.5万元, 87.8分, 良)
    assertThat(poi.get(5).subList(1, 5))
        .containsExactly("2018年各地来沪投资数据采集与统计分析系统(运维)项目", "19.50", "87.80", "良");
    // 7 × 良, average (88.88 + 88.35 + 88.2 + 87.97 + 87.8 + 87.33 + 87) / 7 = 615.53 / 7 = 87.933
    assertThat(poiTables(docx).get(0))
        .containsExactly(
            List.of("评价结论", "项目数", "占比"),
            List.of("优", "0", "0%"),
            List.of("良", "7", "100%"),
            List.of("中", "0", "0%"),
            List.of("差", "0", "0%"),
            List.of("合计", "7", "100%"));
    assertThat(new DocxXml(docx).paragraphs())
        .contains(
            "本次共读取 7 个工作簿，纳入汇总的项目 7 个，决算金额合计 330.71 万元；平均评价分值 87.93 分，最高 88.88 分，最低 87.00 分。",
            "7 个项目的平均评价分值为 87.93 分。",
            "全部工作簿均已纳入汇总。");
  }

  @Test
  void theWideResultsTableIsOnLandscapePagesAfterPortraitOnesAndItsHeaderRepeats()
      throws Exception {
    Path docx = write(consolidation(List.of(project("甲", 80, "良", 1)), List.of()));

    DocxXml xml = new DocxXml(docx);
    NodeList sections = xml.document.getElementsByTagNameNS(DocxXml.W, "pgSz");
    assertThat(sections.getLength()).isEqualTo(2);
    Element portrait = (Element) sections.item(0);
    Element landscape = (Element) sections.item(1);
    assertThat(portrait.getAttributeNS(DocxXml.W, "orient")).isNotEqualTo("landscape");
    assertThat(landscape.getAttributeNS(DocxXml.W, "orient")).isEqualTo("landscape");
    assertThat(Integer.parseInt(landscape.getAttributeNS(DocxXml.W, "w")))
        .isGreaterThan(Integer.parseInt(landscape.getAttributeNS(DocxXml.W, "h")));
    assertThat(xml.document.getElementsByTagNameNS(DocxXml.W, "footerReference").getLength())
        .as("both sections number their pages")
        .isEqualTo(2);
    List<Element> rows = xml.rows(xml.tables().size() - 1);
    assertThat(rows.get(0).getElementsByTagNameNS(DocxXml.W, "tblHeader").getLength()).isOne();
  }

  @Test
  void gradeNamesThatMeanTheSameAreCountedTogetherInTheWorkbooksOwnWords() throws Exception {
    Consolidation consolidation =
        consolidation(
            List.of(
                project("甲", 91.5, "优秀", 10),
                project("乙", 85.25, "良好", 20.5),
                project("丙", 88, "良", 3),
                project("丁", 72.4, "中", 4.125),
                project("戊", 80.1, "良好", 1)),
            List.of());

    Path docx = write(consolidation);

    // by hand: 良 3 of 5 = 60 %, 优 1 = 20 %, 中 1 = 20 %, 差 none; mean 417.25 / 5 = 83.45;
    // spending 10 + 20.5 + 3 + 4.125 + 1 = 38.625 → 38.63
    for (List<List<List<String>>> tables : List.of(poiTables(docx), xmlTables(docx))) {
      assertThat(tables.get(0))
          .containsExactly(
              List.of("评价结论", "项目数", "占比"),
              List.of("优秀", "1", "20%"),
              List.of("良 / 良好", "3", "60%"),
              List.of("中", "1", "20%"),
              List.of("差", "0", "0%"),
              List.of("合计", "5", "100%"));
    }
    assertThat(new DocxXml(docx).paragraphs())
        .contains(
            "本次共读取 5 个工作簿，纳入汇总的项目 5 个，决算金额合计 38.63 万元；平均评价分值 83.45 分，最高 91.50 分，最低 72.40 分。",
            "5 个项目的平均评价分值为 83.45 分。");
    List<List<String>> results = poiTables(docx).get(poiTables(docx).size() - 1);
    assertThat(results.get(4).subList(1, 5)).containsExactly("丁", "4.13", "72.40", "中");
  }

  @Test
  void workbooksLeftOutAreListedWithTheirReasonAndTheExitStatusSaysSo() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Files.writeString(folder.resolve("坏文件.xlsx"), "这不是工作簿");
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString(), "--report");

    assertThat(run.status()).isEqualTo(1);
    Path docx = temp.resolve("结果.评价报告.docx");
    assertThat(new DocxXml(docx).paragraphs())
        .contains("二、未纳入汇总的工作簿")
        .anyMatch(p -> p.startsWith("以下 1 个工作簿未纳入结果表和统计"));
    List<List<String>> problems = poiTables(docx).get(1);
    assertThat(problems.get(0)).containsExactly("文件", "项目名称", "原因");
    assertThat(problems.get(1).get(0)).isEqualTo("坏文件.xlsx");
    assertThat(problems.get(1).get(2)).startsWith("无法读取");
    assertThat(poiTables(docx).get(2)).hasSize(8);
  }

  @Test
  void withoutReportOnlyTheResultsWorkbookIsWrittenAndHelpTeachesTheOption() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("评价报告");
    assertThat(temp.resolve("结果.评价报告.docx")).doesNotExist();
    assertThat(DepartmentFixtures.cli("summary", "--help").out())
        .contains("[--report]", "--report", "结果名.评价报告.docx");
  }

  @Test
  void hostileTextFromWorkbooksCannotBreakTheDocument() throws Exception {
    String hostile =
        "项目\u0000名称\u0001\u0008\u000B\u001F\u007F\u0085\u200F\u202E反转\u2066\uD83D尾\uDE00\uFFFF😀<&>\"'";
    ProjectResult project =
        new ProjectResult(
            Path.of("x.xlsx"),
            WorkbookKind.CONTRACT_V1,
            hostile,
            "",
            "",
            OptionalDouble.of(10),
            OptionalDouble.of(9),
            85,
            "\u202B良好\u202C",
            List.of(hostile + "\r\n第二行", "问".repeat(32_767), "\uDBFF", ""),
            List.of(),
            false,
            Instant.EPOCH);
    Problem problem =
        new Problem(
            Path.of("坏\u0007.xlsx"),
            Problem.Kind.ERRORS,
            Optional.of(hostile),
            OptionalLong.of(3),
            List.of("错误\u0000<b>"));

    Path docx = write(consolidation(List.of(project), List.of(problem)));

    String clean = ReportText.clean(hostile);
    assertThat(clean).isEqualTo("项目名称反转尾😀<&>\"'");
    for (List<List<List<String>>> tables : List.of(poiTables(docx), xmlTables(docx))) {
      List<String> row = tables.get(tables.size() - 1).get(1);
      assertThat(row.get(1)).isEqualTo(clean);
      assertThat(row.get(5)).isEqualTo(clean + "第二行");
      assertThat(row.get(6)).hasSize(ReportText.MAX_LENGTH + 1).endsWith("问…");
      assertThat(row.get(7)).isEmpty();
      assertThat(tables.get(1).get(1)).containsExactly("坏.xlsx", clean, "3 个错误，未给出总分：错误<b>");
    }
  }

  private static String oneLine(String text) {
    return text.replace("\n", "");
  }

  private static ProjectResult project(String name, double score, String grade, double spending) {
    return new ProjectResult(
        Path.of(name + ".xlsx"),
        WorkbookKind.CONTRACT_V1,
        name,
        "",
        "",
        OptionalDouble.of(spending),
        OptionalDouble.of(spending),
        score,
        grade,
        List.of("绩效", "问题", "建议", "情况"),
        List.of(),
        false,
        Instant.EPOCH);
  }

  private static Consolidation consolidation(List<ProjectResult> projects, List<Problem> problems) {
    return new Consolidation(projects, problems, List.of());
  }

  private Path write(Consolidation consolidation) throws Exception {
    Path docx = temp.resolve("部门.评价报告.docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      DepartmentReport.write(consolidation, "2018年度绩效评价结果", "test", JUNE_2018, out);
    }
    return docx;
  }

  /** Each table's rows of cell texts as POI reads them, line breaks left out as Word shows them. */
  private static List<List<List<String>>> poiTables(Path docx) throws Exception {
    List<List<List<String>>> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      for (XWPFTable table : doc.getTables()) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : cell.getParagraphs()) {
              p.getRuns().forEach(r -> text.append(r.text()));
            }
            cells.add(text.toString().replace("\n", ""));
          }
          rows.add(cells);
        }
        out.add(rows);
      }
    }
    return out;
  }

  private static List<List<List<String>>> xmlTables(Path docx) throws Exception {
    return new DocxXml(docx).tables();
  }
}
