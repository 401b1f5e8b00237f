package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/**
 * {@code summary} over a folder holding a workbook of three projects (one with an error) and a
 * workbook of one: every project is a row or a problem, each named by its file and sheet.
 */
class SummarySeveralProjectsTest {
  private static final String SEVERAL = "a-三个项目.xlsx";
  private static final String ONE = "b-一个项目.xlsx";

  @TempDir Path temp;

  @Test
  void everyProjectOfEveryWorkbookIsARowOrAProblemNamedByFileAndSheet() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run = CliRunner.run("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("已汇总 3 个项目", "有 1 个项目或工作簿未纳入汇总")
        .contains("✗ " + folder.resolve(SEVERAL) + " · 项目二：1 个错误");
    try (XSSFWorkbook book = open(out)) {
      List<List<String>> results = rows(book.getSheet("绩效评价结果信息表"));
      assertThat(results).extracting(row -> row.get(1)).contains("合计（3 个项目）");
      List<List<String>> projects = projectRows(book);
      assertThat(projects)
          .extracting(row -> row.get(1) + "|" + row.get(row.size() - 1))
          .containsExactlyInAnyOrder(
              "项目甲|" + folder.resolve(SEVERAL) + " · 项目一",
              "项目丙|" + folder.resolve(SEVERAL) + " · 项目三",
              "项目丁|" + folder.resolve(ONE));
      List<List<String>> problems = rows(book.getSheet("问题清单"));
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).get(1)).isEqualTo(folder.resolve(SEVERAL) + " · 项目二");
      assertThat(problems.get(0).get(2)).isEqualTo("项目乙");
      assertThat(problems.get(0).get(3)).isEqualTo("1");
      Sheet overview = book.getSheet("总览");
      assertThat(figure(overview, "读取的工作簿")).isEqualTo("2");
      assertThat(figure(overview, "纳入汇总的项目")).isEqualTo("3");
      assertThat(figure(overview, "列入「问题清单」的项目或工作簿")).isEqualTo("1");
    }
  }

  @Test
  void theDepartmentReportListsEveryProjectAndNamesTheSheetOfTheOneLeftOut() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run =
        CliRunner.run("summary", folder.toString(), "--out", out.toString(), "--report");

    assertThat(run.status()).isEqualTo(1);
    String text;
    try (InputStream in = Files.newInputStream(temp.resolve("结果.评价报告.docx"));
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      text = extractor.getText();
    }
    assertThat(text)
        .contains("本次共读取 2 个工作簿，纳入汇总的项目 3 个")
        .contains("项目甲", "项目丙", "项目丁")
        .contains("以下 1 个项目或工作簿未纳入结果表和统计")
        .contains(SEVERAL + " · 项目二");
  }

  @Test
  void sortedByFileTheProjectsOfAWorkbookKeepTheirSheetOrder() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.run("summary", folder.toString(), "--out", out.toString(), "--sort", "file");

    try (XSSFWorkbook book = open(out)) {
      assertThat(projectRows(book))
          .extracting(row -> row.get(1))
          .containsExactly("项目甲", "项目丙", "项目丁");
    }
  }

  /** 项目一 项目甲 and 项目三 项目丙 clean, 项目二 项目乙 with a 分值 that is not a number; 项目丁 alone. */
  private Path folder() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("2016"));
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SelfEvaluationForms.form().sheetName("项目一").projectName("项目甲").fillInto(workbook);
      SelfEvaluationForms.Builder broken =
          SelfEvaluationForms.form().sheetName("项目二").projectName("项目乙");
      Leaf leaf = broken.leaf("运维成果报告");
      broken
          .replace(
              leaf.third(),
              new Leaf(
                  leaf.first(),
                  leaf.second(),
                  leaf.third(),
                  leaf.target(),
                  leaf.actual(),
                  "五",
                  leaf.score(),
                  leaf.reason()))
          .fillInto(workbook);
      SelfEvaluationForms.form().sheetName("项目三").projectName("项目丙").fillInto(workbook);
      try (OutputStream out = Files.newOutputStream(folder.resolve(SEVERAL))) {
        workbook.write(out);
      }
    }
    SelfEvaluationForms.form().projectName("项目丁").saveTo(folder.resolve(ONE));
    return folder;
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** The rows under the header, each cell as shown. */
  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter shown = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The result table's project rows, the 合计 row aside. */
  private static List<List<String>> projectRows(XSSFWorkbook book) {
    return rows(book.getSheet("绩效评价结果信息表")).stream()
        .filter(row -> !row.get(1).startsWith("合计"))
        .toList();
  }

  private static String figure(Sheet sheet, String label) {
    DataFormatter shown = new DataFormatter();
    for (Row row : sheet) {
      if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
        return shown.formatCellValue(row.getCell(1));
      }
    }
    return "(no row " + label + ")";
  }
}
