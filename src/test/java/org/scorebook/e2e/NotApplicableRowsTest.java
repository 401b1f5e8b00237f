package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.style.Fill;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.SelfEvaluationForms.Leaf;
import org.scorebook.testing.TestWorkbooks;

/**
 * Rows marked 不适用 (or with a slash, a dash, 无) are left out of the scores with one note that lists
 * them, in the self-evaluation form and in contract v1.
 */
class NotApplicableRowsTest {
  private static final String SHEET = "项目支出绩效自评表";

  @TempDir Path temp;

  /** The sample form with three rows that do not apply, each marked a different way. */
  private static Builder formWithRowsThatDoNotApply() {
    List<Leaf> leaves = new ArrayList<>(SelfEvaluationForms.sampleLeaves());
    leaves.add(2, new Leaf("产出指标", "数量指标", "培训人次", "≥100人次", "不适用", null, null, null));
    leaves.add(8, new Leaf("效益指标", "经济效益指标", "不适用", "/", "/", "/", null, null));
    leaves.add(11, new Leaf("效益指标", "可持续影响指标", "带动就业人数", "—", "—", "—", null, null));
    return SelfEvaluationForms.form().leaves(leaves);
  }

  private CliAccess.Result process(Path file) {
    return CliAccess.run("process", file.toString(), "--out", temp.resolve("out").toString());
  }

  private static List<String> messageLines(CliAccess.Result result) {
    return result.out().lines().filter(line -> line.startsWith("    ")).map(String::trim).toList();
  }

  @Test
  void formRowsMarkedNotApplicableCountForNothingAndAreListedInOneNote() throws Exception {
    Builder form = formWithRowsThatDoNotApply();
    Path file = form.saveTo(temp.resolve("不适用.xlsx"));

    CliAccess.Result result = process(file);

    int first = form.row("培训人次");
    String rows = (first + 1) + "、" + (form.row("不适用") + 1) + "、" + (form.row("带动就业人数") + 1);
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("96.16 分（优）");
    assertThat(messageLines(result))
        .contains("提示 " + SHEET + "!F" + (first + 1) + " 第 " + rows + " 行标为不适用，不计分")
        .noneMatch(line -> line.startsWith("错误"))
        .filteredOn(line -> line.contains("不适用"))
        .hasSize(1);
    try (InputStream in = Files.newInputStream(temp.resolve("out/不适用.xlsx"));
        Workbook out = WorkbookFactory.create(in)) {
      Cell marked = out.getSheet(SHEET).getRow(first).getCell(form.column("实际完成值"));
      assertThat(marked.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.WARNING.index());
      assertThat(marked.getCellComment().getString().getString()).contains("行标为不适用，不计分");
      assertThat(marked.getStringCellValue()).isEqualTo("不适用");
    }
  }

  @Test
  void anXlsFormWithRowsMarkedNotApplicableScoresTheSame() throws Exception {
    Path file = formWithRowsThatDoNotApply().saveTo(temp.resolve("不适用.xls"));

    CliAccess.Result result = process(file);

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("96.16 分（优）", "行标为不适用，不计分");
  }

  @Test
  void aFullOnARowWhoseActualDoesNotApplyIsLeftOutAndTheTotalRuleNamesTheRow() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("运维成果报告", new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "不适用", 5, null, null));
    Path file = form.saveTo(temp.resolve("不适用有分值.xlsx"));

    CliAccess.Result result = process(file);

    int row = form.row("运维成果报告") + 1;
    assertThat(result.status()).isEqualTo(1);
    assertThat(messageLines(result))
        .filteredOn(line -> line.startsWith("错误"))
        .containsExactly(
            "错误 "
                + SHEET
                + "!G12 一级指标分值合计为 95，应为 100：标为不适用的第 "
                + row
                + " 行原填的分值（合计 5）不计入。请把这些分值分给其他指标，使合计为 100");
  }

  @Test
  void aZeroActualTypedAsNoneAgainstANumericTargetIsScoredNotSkipped() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("平均月故障次数", new Leaf("产出指标", "质量指标", "平均月故障次数", "<1次", "无", 10, 10, null));
    Path file = form.saveTo(temp.resolve("无.xlsx"));

    CliAccess.Result result = process(file);

    assertThat(result.out()).doesNotContain("不适用");
    assertThat(messageLines(result))
        .anyMatch(line -> line.startsWith("错误 " + SHEET + "!F" + (form.row("平均月故障次数") + 1)));
  }

  @Test
  void contractLeavesWhoseFullOrManualScoreSaysNotApplicableAreLeftOut() throws Exception {
    Path file =
        TestWorkbooks.evaluation()
            .project("项目名称", "不适用的指标")
            .indicator("A", "全部", 100)
            .leaf("A1", "完成情况", 60)
            .manual(54)
            .reason("部分未完成。")
            .leaf("A2", "群众满意度", 40)
            .manual(40)
            .leaf("A3", "生态效益", "不适用")
            .leaf("A4", "经济效益", null)
            .manual("/")
            .saveTo(temp.resolve("合同不适用.xlsx"));

    CliAccess.Result result = process(file);

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("94.00 分");
    assertThat(messageLines(result)).containsExactly("提示 指标评分!C5 第 5、6 行标为不适用，不计分");
  }

  @Test
  void aContractParentWhoseFullCountsARowThatDoesNotApplyNamesIt() throws Exception {
    Path file =
        TestWorkbooks.evaluation()
            .project("项目名称", "不适用的指标")
            .indicator("A", "全部", 100)
            .leaf("A1", "完成情况", 60)
            .manual(60)
            .leaf("A2", "群众满意度", 30)
            .manual(30)
            .leaf("A3", "生态效益", 10)
            .manual("不适用")
            .saveTo(temp.resolve("合同不适用有分值.xlsx"));

    CliAccess.Result result = process(file);

    assertThat(result.status()).isEqualTo(1);
    assertThat(messageLines(result))
        .contains("错误 指标评分!C2 [A] 分值 100 与下级指标分值合计 90 不一致：标为不适用的第 5 行原填的分值（合计 10）不计入。请相应调整本行的分值");
  }
}
