package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;

/** The summary command line: usage errors exit 2 before anything is read or written. */
class DepartmentCommandTest {
  @TempDir Path temp;

  @Test
  void helpIsChineseWithExamples() {
    CliAccess.Result run = DepartmentFixtures.cli("summary", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "scorebook summary 路径... --out 结果.xlsx",
            "--sort",
            "--threads",
            "示例：",
            "scorebook summary 2018/ --out 2018年度绩效评价结果.xlsx");
  }

  @Test
  void missingOutBadSortAndBadThreadsAreUsageErrors() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    String out = temp.resolve("r.xlsx").toString();

    assertThat(DepartmentFixtures.cli("summary", folder.toString()).status()).isEqualTo(2);
    assertThat(
            DepartmentFixtures.cli("summary", folder.toString(), "--out", out, "--sort", "grade")
                .err())
        .contains("--sort 应为 score、name 或 file，而不是「grade」");
    assertThat(
            DepartmentFixtures.cli("summary", folder.toString(), "--out", out, "--threads", "3")
                .status())
        .isEqualTo(2);
    assertThat(
            DepartmentFixtures.cli(
                    "summary", folder.toString(), "--out", temp.resolve("r.xls").toString())
                .status())
        .isEqualTo(2);
    assertThat(
            DepartmentFixtures.cli("summary", temp.resolve("nowhere").toString(), "--out", out)
                .status())
        .isEqualTo(2);
    assertThat(Files.exists(Path.of(out))).isFalse();
  }

  @Test
  void refusesToOverwriteAnInputWorkbook() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path input = folder.resolve("a-网站.xlsx");
    byte[] before = Files.readAllBytes(input);

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", input.toString(), "--out", input.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("结果工作簿不能是输入的工作簿之一");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void refusesToReplaceAnEvaluatorsWorkbookInTheInputFolder() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path evaluation = folder.resolve("a-网站.xlsx");
    byte[] before = Files.readAllBytes(evaluation);

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", evaluation.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("已经存在，但不是 Scorebook 写出的汇总结果", "a-网站.xlsx");
    assertThat(Files.readAllBytes(evaluation)).isEqualTo(before);
  }

  @Test
  void refusesToReplaceAnyOtherExistingFile() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path notes = temp.resolve("笔记.xlsx");
    Files.writeString(notes, "not a workbook");

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", notes.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(notes)).isEqualTo("not a workbook");
  }

  @Test
  void replacesAResultsWorkbookWrittenBeforeTheMarkExisted() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path old = temp.resolve("结果.xlsx");
    try (var workbook = new XSSFWorkbook();
        var out = Files.newOutputStream(old)) {
      for (String name : new String[] {"绩效评价结果信息表", "总览", "一级指标得分率", "问题清单"}) {
        workbook.createSheet(name);
      }
      workbook.write(out);
    }

    CliAccess.Result run =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", old.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(new DepartmentFixtures.Readback(old).dataRows("绩效评价结果信息表")).isEqualTo(7);
  }

  @Test
  void aFileNamedTwiceIsCountedOnce() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli(
            "summary",
            folder.toString(),
            folder.resolve("a-网站.xlsx").toString(),
            "--out",
            out.toString());

    assertThat(run.status()).as(run.out()).isZero();
    DepartmentFixtures.Readback results = new DepartmentFixtures.Readback(out);
    assertThat(results.dataRows("绩效评价结果信息表")).isEqualTo(7);
    assertThat(results.dataRows("问题清单")).isZero();
  }

  @Test
  void anEvaluationAndItsScoredCopyCountAsOneProjectAndTheCopyIsListed() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path scored = temp.resolve("已评分");
    assertThat(
            DepartmentFixtures.cli(
                    "process", folder.resolve("a-网站.xlsx").toString(), "--out", scored.toString())
                .status())
        .isZero();
    Path out = temp.resolve("结果.xlsx");

    CliAccess.Result run =
        DepartmentFixtures.cli(
            "summary", folder.toString(), scored.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.out()).isZero();
    DepartmentFixtures.Readback results = new DepartmentFixtures.Readback(out);
    assertThat(results.dataRows("绩效评价结果信息表")).isEqualTo(7);
    assertThat(results.dataRows("问题清单")).isEqualTo(1);
    assertThat(results.text("问题清单", 1, 1)).endsWith(folder.resolve("a-网站.xlsx").toString());
    assertThat(results.text("问题清单", 1, 3)).isEqualTo("重复");
    assertThat(results.text("问题清单", 1, 4)).contains(scored.resolve("a-网站.xlsx").toString());
    assertThat(run.out()).contains("只计入一次");
  }

  @Test
  void resultsWrittenIntoTheInputFolderAreNotReadBackOnTheNextRun() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path out = folder.resolve("结果.xlsx");

    CliAccess.Result first =
        DepartmentFixtures.cli("summary", folder.toString(), "--out", out.toString());
    CliAccess.Result second =
        DepartmentFixtures.cli(
            "summary", folder.toString(), "--out", out.toString(), "--threads", "2");

    assertThat(first.status()).isZero();
    assertThat(second.status()).as(second.out()).isZero();
    assertThat(new DepartmentFixtures.Readback(out).dataRows("绩效评价结果信息表")).isEqualTo(7);
    try (var files = Files.list(folder)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void twoThreadsGiveTheSameRowsAsOne() throws Exception {
    Path folder = DepartmentFixtures.seedFolder(temp.resolve("in"));
    Path one = temp.resolve("one.xlsx");
    Path two = temp.resolve("two.xlsx");

    DepartmentFixtures.cli("summary", folder.toString(), "--out", one.toString(), "--sort", "file");
    DepartmentFixtures.cli(
        "summary", folder.toString(), "--out", two.toString(), "--sort", "file", "--threads", "2");

    DepartmentFixtures.Readback a = new DepartmentFixtures.Readback(one);
    DepartmentFixtures.Readback b = new DepartmentFixtures.Readback(two);
    for (int r = 1; r <= 7; r++) {
      for (int c = 0; c < 9; c++) {
        assertThat(b.text("绩效评价结果信息表", r, c)).isEqualTo(a.text("绩效评价结果信息表", r, c));
      }
    }
  }
}
