package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * {@code summary} over a folder of target declarations: a workbook of three forms (one with an
 * error, one with three warnings, one clean) and a workbook of one. The reviewed projects get their
 * own sheets and console line, and the one with an error is to be sent back.
 */
class SummaryDeclarationsTest {
  private static final String SEVERAL = "a-三份申报表.xlsx";
  private static final String ONE = "b-一份申报表.xlsx";

  @TempDir Path temp;

  @Test
  void everyDeclarationIsARowOfTheReviewResultsWithItsCountsAndSuggestedGrade() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run = CliRunner.run("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.out()).isEqualTo(Cli.PROBLEMS);
    try (XSSFWorkbook book = open(out)) {
      assertThat(sheetNames(book)).containsExactly("审核结果", "常见问题", "退回修改");
      assertThat(rows(book.getSheet("审核结果")))
          .containsExactly(
              List.of(
                  "1",
                  source(folder, SEVERAL, "1.护理培训"),
                  "社区养老护理员培训",
                  "区民政局",
                  "48.14",
                  "0",
                  "0",
                  "优"),
              List.of(
                  "2", source(folder, SEVERAL, "2.助餐点"), "助餐点运营", "区民政局", "48.14", "1", "0", "中"),
              List.of(
                  "3", source(folder, SEVERAL, "3.社工站"), "社工站运营", "区民政局", "48.14", "0", "3", "良"),
              List.of(
                  "4", folder.resolve(ONE).toString(), "心理援助热线", "区民政局", "48.14", "0", "0", "优"));
    }
  }

  @Test
  void theFindingsAreCountedByRuleMostFrequentFirst() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.run("summary", folder.toString(), "--out", out.toString());

    try (XSSFWorkbook book = open(out)) {
      // 指标解释: two findings in one project; then the rules met once, in the order first met
      assertThat(rows(book.getSheet("常见问题")))
          .containsExactly(
              List.of("1", "指标解释", "2", "1"),
              List.of("2", "成本指标", "1", "1"),
              List.of("3", "计量单位", "1", "1"));
    }
  }

  @Test
  void theProjectWithAnErrorIsToBeSentBackWithItsFirstError() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run = CliRunner.run("summary", folder.toString(), "--out", out.toString());

    assertThat(run.out())
        .contains("已汇总 4 个项目：3 个审核通过，1 个需退回修改 → " + out)
        .contains("  ✗ " + source(folder, SEVERAL, "2.助餐点") + "：1 个错误，建议等级 中")
        .doesNotContain("未给出总分")
        .doesNotContain("问题清单");
    try (XSSFWorkbook book = open(out)) {
      List<List<String>> back = rows(book.getSheet("退回修改"));
      assertThat(back).hasSize(1);
      assertThat(back.get(0).subList(0, 4))
          .containsExactly("1", source(folder, SEVERAL, "2.助餐点"), "助餐点运营", "1");
      assertThat(back.get(0).get(4)).startsWith("错误 2.助餐点!D17 [项目总成本] 成本指标：");
    }
  }

  @Test
  void declarationsThatAllPassExitWithZero() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("通过"));
    TargetForms.saveAll(
        folder.resolve(ONE), List.of(TargetForms.local().sheetName("申报表").projectName("心理援助热线")));
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run = CliRunner.run("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.out()).isEqualTo(Cli.OK);
    assertThat(run.out()).contains("已汇总 1 个项目：1 个审核通过，0 个需退回修改");
    try (XSSFWorkbook book = open(out)) {
      assertThat(rows(book.getSheet("退回修改"))).isEmpty();
    }
  }

  @Test
  void scoredWorkbooksBesideDeclarationsKeepTheirOwnSheets() throws Exception {
    Path folder = folder();
    SelfEvaluationForms.form().projectName("项目丁").saveTo(folder.resolve("c-自评表.xlsx"));
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run = CliRunner.run("summary", folder.toString(), "--out", out.toString());

    assertThat(run.out()).contains("已汇总 4 个项目：3 个审核通过，1 个需退回修改").contains("已汇总 1 个项目，平均");
    try (XSSFWorkbook book = open(out)) {
      assertThat(sheetNames(book))
          .containsExactly("审核结果", "常见问题", "退回修改", "绩效评价结果信息表", "总览", "一级指标得分率");
      assertThat(rows(book.getSheet("审核结果"))).hasSize(4);
      assertThat(rows(book.getSheet("绩效评价结果信息表")))
          .extracting(row -> row.get(1))
          .containsExactly("项目丁", "合计（1 个项目）");
    }
  }

  @Test
  void theReportCountsTheGradesTheFrequentFindingsAndTheProjectsToSendBack() throws Exception {
    Path folder = folder();
    Path out = temp.resolve("结果.xlsx");

    CliRunner.Result run =
        CliRunner.run("summary", folder.toString(), "--out", out.toString(), "--report");

    assertThat(run.status()).as(run.out()).isEqualTo(Cli.PROBLEMS);
    List<String> lines = reportText(temp.resolve("结果.评价报告.docx")).lines().toList();
    assertThat(lines)
        .contains(
            "项目支出绩效目标审核情况报告（草稿）",
            "一、申报表审核情况",
            "本次共审核 4 个项目的绩效目标申报表：3 个审核通过，1 个需退回修改。建议等级由 Scorebook 按默认审核规则给出，以审核人员的意见为准。",
            "优\t2\t50%",
            "良\t1\t25%",
            "中\t1\t25%",
            "指标解释\t2\t1",
            "以下 1 个项目的申报表有错误，需退回申报单位修改后重新提交：")
        .doesNotContain("一、总体情况", "三、绩效评价结果信息表");
    assertThat(lines).anyMatch(line -> line.startsWith(SEVERAL + " · 2.助餐点\t助餐点运营\t错误 2.助餐点!D17"));
  }

  @Test
  void aReportOfScoredProjectsAndDeclarationsGivesTheDeclarationsTheLastSection() throws Exception {
    Path folder = folder();
    SelfEvaluationForms.form().projectName("项目丁").saveTo(folder.resolve("c-自评表.xlsx"));
    Path out = temp.resolve("结果.xlsx");

    CliRunner.run("summary", folder.toString(), "--out", out.toString(), "--report");

    List<String> lines = reportText(temp.resolve("结果.评价报告.docx")).lines().toList();
    assertThat(lines)
        .contains("财政支出项目绩效评价结果报告（草稿）", "一、总体情况", "三、绩效评价结果信息表", "四、申报表审核情况")
        .doesNotContain("一、申报表审核情况");
    assertThat(lines.indexOf("四、申报表审核情况")).isGreaterThan(lines.indexOf("三、绩效评价结果信息表"));
  }

  private static String reportText(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static String source(Path folder, String file, String sheet) {
    return folder.resolve(file) + " · " + sheet;
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /**
   * 1.护理培训 and 申报表 clean; 2.助餐点 with a cost target written as a floor (an error); 3.社工站 with a
   * value without a unit and two indicators unexplained (three warnings).
   */
  private Path folder() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("申报"));
    TargetForms.saveAll(
        folder.resolve(SEVERAL),
        List.of(
            TargetForms.local().sheetName("1.护理培训").projectName("社区养老护理员培训"),
            TargetForms.local()
                .sheetName("2.助餐点")
                .projectName("助餐点运营")
                .line("项目总成本", value("≥48.14万元")),
            TargetForms.local()
                .sheetName("3.社工站")
                .projectName("社工站运营")
                .line("培训场次", value("164.8247"))
                .line("培训合格率", explained(""))
                .line("护理员持证上岗率", explained(""))));
    TargetForms.saveAll(
        folder.resolve(ONE), List.of(TargetForms.local().sheetName("申报表").projectName("心理援助热线")));
    return folder;
  }

  private static Function<LocalLine, LocalLine> value(String value) {
    return l -> new LocalLine(l.first(), l.second(), l.third(), value, l.explanation());
  }

  private static Function<LocalLine, LocalLine> explained(String text) {
    return l -> new LocalLine(l.first(), l.second(), l.third(), l.value(), text);
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
}
