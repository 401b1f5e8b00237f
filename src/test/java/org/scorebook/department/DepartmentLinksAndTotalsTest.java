package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.department.DepartmentFixtures.Readback;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.WorkbookKind;
import org.scorebook.testing.SheetXml;
import org.scorebook.testing.SheetXml.Link;
import org.scorebook.testing.TestWorkbooks;

/**
 * The results workbook as a user meets it: names that open their workbooks, 项目单位, 主管部门 and 预算金额
 * beside each project, a 合计 row, money with two decimals, one heading without repeats, and grade
 * words that mean the same counted together.
 */
class DepartmentLinksAndTotalsTest {
  private static final String RESULTS = ResultsWorkbook.RESULTS;
  private static final String PROBLEMS = ResultsWorkbook.PROBLEMS;

  @TempDir Path temp;

  private Path summarise() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018 项目"));
    TestWorkbooks.evaluation()
        .project("项目名称", "填错的项目")
        .indicator("A", "项目决策", 100)
        .leaf("A1", "决策过程", 100)
        .manual("九十")
        .saveTo(folder.resolve("i-填错.xlsx"));
    DepartmentFixtures.SEED
        .get(0)
        .workbook()
        .project("项目单位", "合作交流办")
        .project("主管部门", "市政府")
        .saveTo(folder.resolve(DepartmentFixtures.SEED.get(0).file()));
    Path out = temp.resolve("结果.xlsx");
    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());
    assertThat(run.status()).as(run.out()).isEqualTo(1);
    return out;
  }

  @Test
  void projectNamesAndProblemFilesLinkToTheirWorkbooksByRelativePath() throws Exception {
    Path out = summarise();

    List<Link> results = SheetXml.read(out, RESULTS).links;
    assertThat(results).hasSize(7);
    assertThat(results)
        .extracting(Link::target)
        .allSatisfy(target -> assertThat(target).startsWith("2018%20项目/").endsWith(".xlsx"));
    assertThat(SheetXml.read(out, PROBLEMS).links)
        .extracting(Link::ref, Link::target)
        .containsExactly(tuple("B2", "2018%20项目/i-填错.xlsx"));

    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet(RESULTS);
      for (Hyperlink link : sheet.getHyperlinkList()) {
        String name = sheet.getRow(link.getFirstRow()).getCell(1).getStringCellValue();
        Path file =
            DepartmentFixtures.SEED.stream()
                .filter(seed -> seed.name().equals(name))
                .map(seed -> Path.of(seed.file()))
                .findFirst()
                .orElseThrow();
        assertThat(link.getAddress()).isEqualTo("2018%20项目/" + file);
        var cell = sheet.getRow(link.getFirstRow()).getCell(1);
        assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getUnderline())
            .isEqualTo(Font.U_SINGLE);
        assertThat(temp.resolve(link.getAddress().replace("%20", " "))).exists();
      }
    }
  }

  @Test
  void resultsShowUnitDepartmentAndBudgetWithTwoDecimalsAndATotalsRow() throws Exception {
    Readback book = new Readback(summarise());

    assertThat(book.text(RESULTS, 0, 2)).isEqualTo("项目单位");
    assertThat(book.text(RESULTS, 0, 3)).isEqualTo("主管部门");
    assertThat(book.text(RESULTS, 0, 5)).isEqualTo("预算金额（万元）");
    int row = book.rowWith(RESULTS, 1, DepartmentFixtures.SEED.get(0).name());
    assertThat(book.text(RESULTS, row, 2)).isEqualTo("合作交流办");
    assertThat(book.text(RESULTS, row, 3)).isEqualTo("市政府");
    assertThat(book.number(RESULTS, row, 5)).isEqualTo(DepartmentFixtures.SEED.get(0).budget());
    assertThat(book.cell(RESULTS, row, 5).getDataFormatString()).isEqualTo("#,##0.00");
    assertThat(book.cell(RESULTS, row, 6).getDataFormatString()).isEqualTo("#,##0.00");

    assertThat(book.text(RESULTS, 8, 1)).isEqualTo("合计（7 个项目）");
    double budget = DepartmentFixtures.SEED.stream().mapToDouble(s -> s.budget()).sum();
    double spending = DepartmentFixtures.SEED.stream().mapToDouble(s -> s.spending()).sum();
    assertThat(book.number(RESULTS, 8, 5)).isCloseTo(budget, offset(1e-9));
    assertThat(book.number(RESULTS, 8, 6)).isCloseTo(spending, offset(1e-9));
    assertThat(book.number(RESULTS, 8, 7)).isCloseTo(spending / budget, offset(1e-4));
  }

  @Test
  void headingJoinsTitleAndSheetNameWithoutSayingTheSharedWordsTwice() {
    assertThat(Sheets.heading("2018年度绩效评价结果", "绩效评价结果信息表")).isEqualTo("2018年度绩效评价结果信息表");
    assertThat(Sheets.heading("2018年度绩效评价结果", "总览")).isEqualTo("2018年度绩效评价结果 总览");
    assertThat(Sheets.heading("2018年度绩效评价结果", "问题清单")).isEqualTo("2018年度绩效评价结果 问题清单");
  }

  @Test
  void gradeWordsThatMeanTheSameAreCountedTogetherUnderTheWorkbooksOwnWords() {
    Consolidation consolidation =
        Consolidation.of(
            List.of(
                project("a.xlsx", "甲", 95, "优秀"),
                project("b.xlsx", "乙", 85, "良"),
                project("c.xlsx", "丙", 84, "良好"),
                project("d.xlsx", "丁", 82, "良好")),
            SortOrder.SCORE,
            Kinds.ALL.identities());

    Map<String, Integer> counts = consolidation.gradeCounts();

    assertThat(counts)
        .containsExactly(
            Map.entry("优秀", 1), Map.entry("良 / 良好", 3), Map.entry("中", 0), Map.entry("差", 0));
  }

  private static ProjectResult project(String file, String name, double score, String grade) {
    return new ProjectResult(
        Path.of(file),
        WorkbookKind.CONTRACT_V1,
        name,
        "",
        "",
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        score,
        grade,
        List.of("", "", "", ""),
        List.of(new Entry.LevelRate("决策", OptionalDouble.of(score / 100))),
        false,
        Instant.EPOCH);
  }
}
