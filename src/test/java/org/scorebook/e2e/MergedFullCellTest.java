package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/** A 分值 merged down over several leaves of the self-evaluation form is one error at the range. */
class MergedFullCellTest {
  @TempDir Path temp;

  @Test
  void aFullMergedOverTwoLeavesIsOneErrorAtTheMergedRange() {
    Builder form = SelfEvaluationForms.form();
    form.replace("定期维护检查次数", new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "每周4次", 20, 15, null));
    form.replace("运维成果报告", new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "1份", null, 5, null));
    int first = form.row("定期维护检查次数");
    int column = form.column("分值");
    form.edit(
        workbook -> {
          Sheet sheet = workbook.getSheet("项目支出绩效自评表");
          sheet.addMergedRegion(new CellRangeAddress(first, first + 1, column, column));
        });
    Path file = form.saveTo(temp.resolve("合并分值.xlsx"));

    CliAccess.Result result =
        CliAccess.run("process", file.toString(), "--out", temp.resolve("out").toString());

    String range = "G" + (first + 1) + ":G" + (first + 2);
    List<String> errors =
        result.out().lines().map(String::trim).filter(line -> line.startsWith("错误")).toList();
    assertThat(result.status()).isEqualTo(1);
    assertThat(errors)
        .containsExactly(
            "错误 项目支出绩效自评表!G"
                + (first + 1)
                + " "
                + range
                + " 是合并单元格，一个分值 20 跨了 2 个末级指标：请取消合并，给每个指标分别填写分值");
  }
}
