package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.department.DepartmentFixtures.Readback;
import org.scorebook.department.DepartmentFixtures.SeedProject;

/** Seed report 004's results table, rebuilt from seven evaluation workbooks. */
class DepartmentSeedResultsTest {
  private static final String RESULTS = "绩效评价结果信息表";

  @TempDir Path temp;

  @Test
  void sevenSeedWorkbooksGiveThePublishedTableSortedByScore() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path out = temp.resolve("2018年度绩效评价结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("已汇总 7 个项目，平均 87.93 分");
    Readback book = new Readback(out);
    assertThat(book.sheetNames).containsExactly(RESULTS, "总览", "一级指标得分率", "问题清单");
    assertThat(IntStream.range(0, 14).mapToObj(c -> book.text(RESULTS, 0, c)).toList())
        .containsExactly(
            "序号",
            "项目名称",
            "项目单位",
            "主管部门",
            "表样",
            "预算金额（万元）",
            "决算金额（万元）",
            "执行率",
            "评价分值",
            "评价结论",
            "主要绩效",
            "存在问题",
            "整改建议",
            "整改情况");
    assertThat(book.dataRows(RESULTS)).isEqualTo(7);
    List<SeedProject> expected = DepartmentFixtures.byScore();
    for (int i = 0; i < expected.size(); i++) {
      SeedProject project = expected.get(i);
      int row = i + 1;
      assertThat(book.number(RESULTS, row, 0)).isEqualTo(row);
      assertThat(book.text(RESULTS, row, 1)).isEqualTo(project.name());
      assertThat(book.text(RESULTS, row, 4)).isEqualTo("模板");
      assertThat(book.number(RESULTS, row, 6)).isEqualTo(project.spending());
      assertThat(book.number(RESULTS, row, 7))
          .isCloseTo(project.spending() / project.budget(), within(1e-4));
      assertThat(book.number(RESULTS, row, 8)).isEqualTo(project.score());
      assertThat(book.text(RESULTS, row, 9)).isEqualTo("良");
      assertThat(book.text(RESULTS, row, 10)).isEqualTo(project.achievements());
      assertThat(book.text(RESULTS, row, 11)).isEqualTo(project.problems());
      assertThat(book.text(RESULTS, row, 12)).isEqualTo(project.suggestions());
      assertThat(book.text(RESULTS, row, 13)).isEqualTo(project.rectification());
    }
    assertThat(book.cell(RESULTS, 1, 7).getDataFormatString()).isEqualTo("0.00%");
    assertThat(book.cell(RESULTS, 1, 8).getDataFormatString()).isEqualTo("0.00");
  }

  @Test
  void scoresAreDescendingByDefaultAndSortNameAndFileReorderTheRows() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path byScore = temp.resolve("score.xlsx");
    Path byFile = temp.resolve("file.xlsx");
    Path byName = temp.resolve("name.xlsx");

    DepartmentFixtures.cli("summary", folder.toString(), "--out", byScore.toString());
    DepartmentFixtures.cli(
        "summary", folder.toString(), "--out", byFile.toString(), "--sort", "file");
    DepartmentFixtures.cli(
        "summary", folder.toString(), "--out", byName.toString(), "--sort", "name");

    assertThat(column(new Readback(byScore), 8))
        .containsExactly("88.88", "88.35", "88.2", "87.97", "87.8", "87.33", "87.0");
    // file names a- … g- in the fixture
    assertThat(column(new Readback(byFile), 1))
        .containsExactly(
            "2018年合作交流网站（运维）项目",
            "2018年合作交流综合信息服务平台建设（运维）项目",
            "2018年各地来沪投资数据采集与统计分析系统(运维)项目",
            "系统党委工作专项经费",
            "2018年合作交流工作业务费项目",
            "2018年上海市政府驻外办事处视频会议（运维）项目",
            "2018年上海市在外地投资企业工商注册数据采集与分析系统（运维）项目");
    List<String> names = column(new Readback(byName), 1);
    assertThat(names).hasSize(7).last().isEqualTo("系统党委工作专项经费");
    assertThat(names).isNotEqualTo(column(new Readback(byScore), 1));
  }

  @Test
  void overviewCountsGradesAndSumsMoneyOverTheSevenProjects() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path out = temp.resolve("结果.xlsx");

    DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    Readback book = new Readback(out);
    assertThat(figure(book, "纳入汇总的项目")).isEqualTo(7);
    assertThat(figure(book, "列入「问题清单」的工作簿")).isEqualTo(0);
    assertThat(figure(book, "平均分")).isEqualTo(87.93);
    assertThat(figure(book, "最高分")).isEqualTo(88.88);
    assertThat(figure(book, "最低分")).isEqualTo(87);
    assertThat(figure(book, "决算金额合计（万元）")).isCloseTo(330.714, within(1e-9));
    assertThat(figure(book, "预算金额合计（万元）")).isCloseTo(337.1, within(1e-9));
    assertThat(figure(book, "预算执行率")).isCloseTo(0.9811, within(1e-9));
    int good = book.rowWith("总览", 0, "良");
    assertThat(book.number("总览", good, 1)).isEqualTo(7);
    assertThat(book.number("总览", good, 2)).isEqualTo(1.0);
    assertThat(book.number("总览", book.rowWith("总览", 0, "优"), 1)).isEqualTo(0);
  }

  @Test
  void levelRatesHaveOneColumnPerLevelOneIndicatorAsPercentages() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    Path out = temp.resolve("结果.xlsx");

    DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    Readback book = new Readback(out);
    String levels = "一级指标得分率";
    assertThat(List.of(book.text(levels, 0, 3), book.text(levels, 0, 4), book.text(levels, 0, 5)))
        .containsExactly("项目决策", "项目管理", "项目绩效");
    assertThat(book.text(levels, 1, 1)).isEqualTo("2018年合作交流工作业务费项目");
    assertThat(book.number(levels, 1, 3)).isEqualTo(0.9);
    assertThat(book.number(levels, 1, 4)).isEqualTo(0.85);
    assertThat(book.number(levels, 1, 5)).isCloseTo(53.88 / 60, within(1e-4));
    assertThat(book.cell(levels, 1, 5).getDataFormatString()).isEqualTo("0.00%");
  }

  private static List<String> column(Readback book, int column) {
    return IntStream.rangeClosed(1, 7).mapToObj(r -> book.text(RESULTS, r, column)).toList();
  }

  private static double figure(Readback book, String label) {
    int row = book.rowWith("总览", 0, label);
    assertThat(row).as(label).isPositive();
    return book.number("总览", row, 1);
  }
}
