package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.department.DepartmentFixtures.Readback;
import org.scorebook.testing.TestWorkbooks;

/** Workbooks that cannot be scored go to 问题清单 and nowhere else. */
class DepartmentProblemsTest {
  private static final String PROBLEMS = "问题清单";

  @TempDir Path temp;

  @Test
  void brokenAndInvalidWorkbooksAreListedAsProblemsAndLeftOutOfTheAverages() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("2018"));
    byte[] noise = new byte[4096];
    new Random(4).nextBytes(noise);
    Files.write(folder.resolve("h-损坏.xlsx"), noise);
    TestWorkbooks.evaluation()
        .project("项目名称", "填错的项目")
        .project("实际支出", 999)
        .indicator("A", "项目决策", 100)
        .leaf("A1", "决策过程", 100)
        .manual("九十")
        .saveTo(folder.resolve("i-填错.xlsx"));
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("已汇总 7 个项目，平均 87.93 分", "有 2 个工作簿未纳入汇总");
    Readback book = new Readback(out);
    assertThat(book.dataRows("绩效评价结果信息表")).isEqualTo(7);
    assertThat(book.rowWith("绩效评价结果信息表", 1, "填错的项目")).isEqualTo(-1);
    assertThat(book.dataRows("一级指标得分率")).isEqualTo(7);
    int mean = book.rowWith("总览", 0, "平均分");
    assertThat(book.number("总览", mean, 1)).isEqualTo(87.93);
    assertThat(book.number("总览", book.rowWith("总览", 0, "列入「问题清单」的工作簿"), 1)).isEqualTo(2);
    assertThat(book.number("总览", book.rowWith("总览", 0, "决算金额合计（万元）"), 1)).isEqualTo(330.714);

    assertThat(book.dataRows(PROBLEMS)).isEqualTo(2);
    assertThat(book.text(PROBLEMS, 1, 1)).endsWith("h-损坏.xlsx");
    assertThat(book.text(PROBLEMS, 1, 2)).isEmpty();
    assertThat(book.text(PROBLEMS, 1, 3)).isEqualTo("无法读取");
    assertThat(book.text(PROBLEMS, 1, 4)).isNotBlank();
    assertThat(book.text(PROBLEMS, 2, 1)).endsWith("i-填错.xlsx");
    assertThat(book.text(PROBLEMS, 2, 2)).isEqualTo("填错的项目");
    assertThat(book.number(PROBLEMS, 2, 3)).isPositive();
    assertThat(book.text(PROBLEMS, 2, 4)).contains("九十");
  }

  @Test
  void levelNamesAreUnitedInFirstSeenOrderAndBlankWhereAProjectLacksOne() throws Exception {
    Path folder = temp.resolve("in");
    TestWorkbooks.evaluation()
        .project("项目名称", "甲")
        .project("实际支出", 5)
        .indicator("A", "项目决策", 30)
        .leaf("A1", "立项", 30)
        .manual(30)
        .indicator("B", "项目管理", 70)
        .leaf("B1", "管理", 70)
        .manual(56)
        .reason("扣分")
        .saveTo(folder.resolve("1.xlsx"));
    TestWorkbooks.evaluation()
        .project("项目名称", "乙")
        .project("实际支出", 6)
        .indicator("A", "决策", 20)
        .leaf("A1", "立项", 20)
        .manual(20)
        .indicator("B", "过程", 20)
        .leaf("B1", "管理", 20)
        .manual(20)
        .indicator("C", "产出", 30)
        .leaf("C1", "产出", 30)
        .manual(30)
        .indicator("D", "效益", 30)
        .leaf("D1", "效益", 30)
        .manual(15)
        .reason("扣分")
        .saveTo(folder.resolve("2.xlsx"));
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli(
            "summary", folder.toString(), "--out", out.toString(), "--sort", "file");

    assertThat(run.status()).as(run.err()).isZero();
    Readback book = new Readback(out);
    String levels = "一级指标得分率";
    assertThat(IntStream.range(3, 9).mapToObj(c -> book.text(levels, 0, c)).toList())
        .containsExactly("项目决策", "项目管理", "决策", "过程", "产出", "效益");
    assertThat(book.number(levels, 1, 4)).isEqualTo(0.8);
    assertThat(book.number(levels, 1, 5)).isNull();
    assertThat(book.number(levels, 2, 3)).isNull();
    assertThat(book.number(levels, 2, 8)).isEqualTo(0.5);
  }
}
