package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.TestWorkbooks;

/**
 * Two thousand workbooks in a child JVM limited to 256 MB of heap: the consolidation keeps a small
 * record per workbook and streams the output, so it finishes instead of running out of memory.
 */
class DepartmentScaleIT {
  private static final int WORKBOOKS = 2000;
  private static final int VARIANTS = 20;

  @TempDir Path temp;

  @Test
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  void twoThousandWorkbooksConsolidateWithin256MegabytesOfHeap() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("2018"));
    for (int i = 0; i < WORKBOOKS; i++) {
      int v = i % VARIANTS;
      TestWorkbooks.evaluation()
          .project("项目名称", "项目" + i)
          .project("预算金额", 10 + v)
          .project("实际支出", 9 + v)
          .indicator("A", "项目决策", 20)
          .leaf("A1", "决策", 20)
          .manual(15 + v % 5)
          .reason("扣分")
          .indicator("B", "项目管理", 20)
          .leaf("B1", "管理", 20)
          .manual(16)
          .reason("扣分")
          .indicator("C", "项目绩效", 60)
          .leaf("C1", "绩效", 60)
          .manual(40 + v)
          .reason("扣分")
          .finding("主要绩效", "完成了年度目标。".repeat(1 + v % 4))
          .finding("存在问题", "问题" + v)
          .saveTo(folder.resolve(String.format("评价-%04d.xlsx", i)));
    }
    Path out = temp.resolve("2018年度绩效评价结果.xlsx");
    Path log = temp.resolve("child.log");

    Process child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.scorebook.cli.Main",
                "summary",
                folder.toString(),
                "--out",
                out.toString(),
                "--threads",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = child.waitFor(160, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }

    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as(output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("已处理 2000/2000", "已汇总 2000 个项目").doesNotContain("OutOfMemoryError");
    DepartmentFixtures.Readback book = new DepartmentFixtures.Readback(out);
    assertThat(book.dataRows(ResultsWorkbook.RESULTS)).isEqualTo(WORKBOOKS);
    assertThat(book.dataRows(ResultsWorkbook.LEVELS)).isEqualTo(WORKBOOKS);
    assertThat(book.dataRows(ResultsWorkbook.PROBLEMS)).isZero();
  }
}
