package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.department.DepartmentFixtures.Readback;
import org.scorebook.kinds.Kinds;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Leaf;
import org.scorebook.testing.TestWorkbooks;

/**
 * A department that hands in both kinds of workbook, the template (contract v1) and the national
 * self-evaluation form, gets them side by side in one results workbook.
 */
class DepartmentMixedKindsTest {
  private static final String RESULTS = "绩效评价结果信息表";
  private static final String LEVELS = "一级指标得分率";
  private static final String PROBLEMS = "问题清单";
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  private static final String SAMPLE_NAME = "2017年合作交流综合信息服务平台建设运维项目";
  private static final String FORM = "上海市行政审批标准化管理系统运维项目";
  private static final String OTHER_FORM = "另一个自评项目";

  @TempDir Path temp;

  /**
   * By hand. The form: 产出 15+5+10+5+7.5 (2.5小时 against <2小时: 10 × (1 − 0.5 ÷ 2))+5 = 47.5 of 50, 效益
   * 29 of 30, 满意度 10 of 10, 预算执行 10 × 5.6 ÷ 5.8 = 9.66 of 10; total 96.16, 优; 执行率 5.6 ÷ 5.8 = 96.55
   * %. The other form spent 8 of 10: 预算执行 8.00, total 94.50, 执行率 80 %. The sample (seed 001):
   * 87.12, 良, 19 ÷ 19.369 = 98.09 %.
   */
  @Test
  void bothKindsGiveOneRowEachWithKindExecutionRateScoreAndGrade() throws Exception {
    Readback book = summarise(mixedFolder());

    assertThat(book.dataRows(RESULTS)).isEqualTo(3);
    assertThat(header(book, RESULTS, 10))
        .containsExactly(
            "序号", "项目名称", "项目单位", "主管部门", "表样", "预算金额（万元）", "决算金额（万元）", "执行率", "评价分值", "评价结论");
    assertThat(row(book, 1)).containsExactly("1.0", FORM, "自评表", "5.6", "0.9655", "96.16", "优");
    assertThat(row(book, 2)).containsExactly("2.0", OTHER_FORM, "自评表", "8.0", "0.8", "94.5", "优");
    assertThat(row(book, 3))
        .containsExactly("3.0", SAMPLE_NAME, "模板", "19.0", "0.9809", "87.12", "良");
    assertThat(book.number(RESULTS, 1, 7)).isCloseTo(5.6 / 5.8, within(1e-4));
    assertThat(book.cell(RESULTS, 1, 7).getDataFormatString()).isEqualTo("0.00%");
    assertThat(book.dataRows(PROBLEMS)).isZero();
  }

  @Test
  void aFormsAchievementsAndProblemsAreTheOnesItsReportGives() throws Exception {
    Readback book = summarise(mixedFolder());

    List<String> header = header(book, RESULTS, 14);
    int achievements = header.indexOf("主要绩效");
    int problems = header.indexOf("存在问题");
    assertThat(book.text(RESULTS, 1, 1)).isEqualTo(FORM);
    assertThat(book.text(RESULTS, 1, achievements)).isEqualTo("系统全年稳定运行。");
    assertThat(book.text(RESULTS, 1, problems))
        .isEqualTo("1、平均故障修复时间：3 月数据库故障修复用时较长。\n2、系统持续稳定运行：个别功能响应偏慢。");
  }

  @Test
  void executionRateIsBlankWhenAWorkbookGivesNoBudget() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    TestWorkbooks.evaluation()
        .project("项目名称", "没有预算的项目")
        .project("实际支出", 5)
        .indicator("A", "项目决策", 100)
        .leaf("A1", "立项", 100)
        .manual(90)
        .reason("扣分")
        .saveTo(folder.resolve("模板.xlsx"));

    Readback book = summarise(folder);

    assertThat(row(book, 1)).containsExactly("1.0", "没有预算的项目", "模板", "5.0", "", "90.0", "优");
    assertThat(book.number(RESULTS, 1, 7)).isNull();
  }

  @Test
  void levelColumnsAreTheTemplatesThenTheFormsWithBlanksUnderTheOtherKinds() throws Exception {
    Readback book = summarise(mixedFolder());

    assertThat(header(book, LEVELS, 10).subList(3, 10))
        .containsExactly("项目决策", "项目管理", "项目绩效", "产出指标", "效益指标", "满意度指标", "预算执行");
    int form = book.rowWith(LEVELS, 1, FORM);
    assertThat(book.number(LEVELS, form, 3)).isNull();
    assertThat(book.number(LEVELS, form, 4)).isNull();
    assertThat(book.number(LEVELS, form, 5)).isNull();
    assertThat(book.number(LEVELS, form, 6)).isEqualTo(0.95);
    assertThat(book.number(LEVELS, form, 7)).isEqualTo(0.9667);
    assertThat(book.number(LEVELS, form, 8)).isEqualTo(1.0);
    assertThat(book.number(LEVELS, form, 9)).isEqualTo(0.966);
    assertThat(book.cell(LEVELS, form, 9).getDataFormatString()).isEqualTo("0.00%");
    assertThat(book.number(LEVELS, book.rowWith(LEVELS, 1, OTHER_FORM), 9)).isEqualTo(0.8);
    int sample = book.rowWith(LEVELS, 1, SAMPLE_NAME);
    assertThat(book.number(LEVELS, sample, 3)).isEqualTo(0.9);
    for (int column = 6; column <= 9; column++) {
      assertThat(book.number(LEVELS, sample, column)).as("column %d", column).isNull();
    }
  }

  @Test
  void formsWithErrorsOrBlankActualsAreProblemsWithTheirMessages() throws Exception {
    Path folder = mixedFolder();
    SelfEvaluationForms.Builder typo = SelfEvaluationForms.form().projectName("填错的自评表");
    typo.replace(
            "系统持续稳定运行", new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "达成年度指标", 10, "九十", null))
        .saveTo(folder.resolve("3-填错.xlsx"));
    SelfEvaluationForms.Builder blank = SelfEvaluationForms.form().projectName("未填完的自评表");
    blank
        .replace("系统可用率", new Leaf("产出指标", "质量指标", "系统可用率", "≥99%", null, 5, null, null))
        .saveTo(folder.resolve("4-未填完.xlsx"));
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("已汇总 3 个项目", "有 2 个工作簿未纳入汇总");
    Readback book = new Readback(out);
    assertThat(book.dataRows(RESULTS)).isEqualTo(3);
    assertThat(book.dataRows(PROBLEMS)).isEqualTo(2);
    assertThat(book.text(PROBLEMS, 1, 2)).isEqualTo("填错的自评表");
    assertThat(book.number(PROBLEMS, 1, 3)).isEqualTo(1);
    assertThat(book.text(PROBLEMS, 1, 4)).contains("系统持续稳定运行", "九十");
    assertThat(book.text(PROBLEMS, 2, 2)).isEqualTo("未填完的自评表");
    assertThat(book.text(PROBLEMS, 2, 4)).contains("系统可用率", "实际完成值为空");
    assertThat(book.rowWith(LEVELS, 1, "填错的自评表")).isEqualTo(-1);
  }

  @Test
  void aFormAndATemplateOfTheSameProjectCountOnceTheNewerKept() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    Path template = Files.copy(SAMPLE, folder.resolve("a-模板.xlsx"));
    Path form =
        SelfEvaluationForms.form().projectName(SAMPLE_NAME).saveTo(folder.resolve("b-自评表.xlsx"));
    Files.setLastModifiedTime(template, FileTime.from(Instant.parse("2018-03-01T00:00:00Z")));
    Files.setLastModifiedTime(form, FileTime.from(Instant.parse("2018-04-01T00:00:00Z")));

    Readback book = summarise(folder);

    assertThat(book.dataRows(RESULTS)).isEqualTo(1);
    assertThat(row(book, 1))
        .containsExactly("1.0", SAMPLE_NAME, "自评表", "5.6", "0.9655", "96.16", "优");
    assertThat(book.dataRows(PROBLEMS)).isEqualTo(1);
    assertThat(book.text(PROBLEMS, 1, 1)).endsWith("a-模板.xlsx");
    assertThat(book.text(PROBLEMS, 1, 3)).isEqualTo("重复");
    assertThat(book.text(PROBLEMS, 1, 4)).contains("b-自评表.xlsx");
  }

  @Test
  void summaryCommandOnAMixedFolderSumsBothKindsOnTheOverview() throws Exception {
    Path folder = mixedFolder();
    Path out = temp.resolve("x.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    // (96.16 + 94.50 + 87.12) ÷ 3 = 92.59
    assertThat(run.out()).contains("已汇总 3 个项目，平均 92.59 分");
    Readback book = new Readback(out);
    assertThat(book.sheetNames).containsExactly(RESULTS, "总览", LEVELS, PROBLEMS);
    assertThat(IntStream.rangeClosed(1, 3).mapToObj(r -> book.text(RESULTS, r, 4)).toList())
        .containsExactly("自评表", "自评表", "模板");
    assertThat(figure(book, "纳入汇总的项目")).isEqualTo(3);
    assertThat(figure(book, "最高分")).isEqualTo(96.16);
    assertThat(figure(book, "预算金额合计（万元）")).isCloseTo(5.8 + 10 + 19.369, within(1e-9));
    assertThat(figure(book, "决算金额合计（万元）")).isCloseTo(5.6 + 8 + 19, within(1e-9));
    // 32.6 ÷ 35.169 = 0.92695…
    assertThat(figure(book, "预算执行率")).isEqualTo(0.927);
    assertThat(book.number("总览", book.rowWith("总览", 0, "优"), 1)).isEqualTo(2);
    assertThat(book.number("总览", book.rowWith("总览", 0, "良"), 1)).isEqualTo(1);
  }

  /** The two forms come before the template in file order. */
  private Path mixedFolder() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("2017"));
    SelfEvaluationForms.form()
        .projectName(OTHER_FORM)
        .funds(10, 8)
        .saveTo(folder.resolve("0-另一个自评表.xlsx"));
    SelfEvaluationForms.form().saveTo(folder.resolve("1-自评表.xlsx"));
    Files.copy(SAMPLE, folder.resolve(SAMPLE.getFileName()));
    return folder;
  }

  /** Reads and scores the folder's workbooks and writes the results, as the command does. */
  private Readback summarise(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.sorted().toList();
    }
    List<Entry> entries = new Collector(1).collect(files, done -> {});
    Path out = temp.resolve("summary-" + folder.getFileName() + ".xlsx");
    ResultsWorkbook.write(
        Consolidation.of(entries, SortOrder.SCORE, Kinds.ALL.identities()), "2017年度绩效评价结果", out);
    return new Readback(out);
  }

  private static List<String> header(Readback book, String sheet, int columns) {
    return IntStream.range(0, columns).mapToObj(c -> book.text(sheet, 0, c)).toList();
  }

  /** 序号 … 评价结论 of one row of the results table. */
  private static List<String> row(Readback book, int row) {
    return IntStream.of(0, 1, 4, 6, 7, 8, 9).mapToObj(c -> book.text(RESULTS, row, c)).toList();
  }

  private static double figure(Readback book, String label) {
    int row = book.rowWith("总览", 0, label);
    assertThat(row).as(label).isPositive();
    return book.number("总览", row, 1);
  }
}
