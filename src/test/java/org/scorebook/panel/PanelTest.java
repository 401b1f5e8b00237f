package org.scorebook.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.Scorebook;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

class PanelTest {
  private static final String PROJECT = "某某项目";
  private static final String[] LEAVES = {"A1", "A2", "B1", "B2"};
  private static final double[] FULLS = {20, 30, 25, 25};

  @TempDir Path folder;

  /** One expert's copy: the four leaves scored {@code scores}, named {@code expert}. */
  private Path copy(String expert, double... scores) {
    return builder(expert, scores).saveTo(folder.resolve(expert + ".xlsx"));
  }

  private static TestWorkbooks.Builder builder(String expert, double... scores) {
    return TestWorkbooks.evaluation()
        .project("项目名称", PROJECT)
        .project("评价人", expert)
        .indicator("A", "决策", 50)
        .leaf("A1", "立项依据", FULLS[0])
        .manual(scores[0])
        .reason(scores[0] < FULLS[0] ? expert + "认为依据不足" : null)
        .leaf("A2", "绩效目标", FULLS[1])
        .manual(scores[1])
        .reason(scores[1] < FULLS[1] ? "目标不清" : null)
        .indicator("B", "效益", 50)
        .leaf("B1", "社会效益", FULLS[2])
        .manual(scores[2])
        .reason(scores[2] < FULLS[2] ? "效益一般" : null)
        .leaf("B2", "满意度", FULLS[3])
        .manual(scores[3])
        .reason(scores[3] < FULLS[3] ? "有投诉" : null);
  }

  /** The expected combined score, computed here by hand: the mean, trimmed, rounded half-up. */
  private static double expected(double[] column, boolean trim) {
    double[] sorted = column.clone();
    Arrays.sort(sorted);
    int from = trim ? 1 : 0;
    int to = trim ? sorted.length - 1 : sorted.length;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(new BigDecimal(Double.toString(sorted[i])));
    }
    return sum.divide(BigDecimal.valueOf(to - from), 10, RoundingMode.HALF_UP)
        .setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static final double[][] SCORES = {
    {18, 27, 20, 22},
    {16, 28.5, 24, 21},
    {19, 26, 15, 23.5},
    {20, 30, 22, 20},
    {14, 25, 23, 24},
    {17.5, 29, 21, 22.5},
    {18.5, 24, 19, 25},
  };

  @ParameterizedTest(name = "{0} experts")
  @ValueSource(ints = {3, 5, 7})
  void eachLeafIsTheMeanOfTheExpertsTrimmedFromFiveOn(int size) {
    List<Path> copies = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      copies.add(copy("专家" + (e + 1), SCORES[e]));
    }

    PanelOutcome outcome = Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    PanelOutcome.Combined combined = (PanelOutcome.Combined) outcome;
    boolean trim = size >= 5;
    double total = 0;
    for (int leaf = 0; leaf < LEAVES.length; leaf++) {
      double[] column = new double[size];
      for (int e = 0; e < size; e++) {
        column[e] = SCORES[e][leaf];
      }
      double want = expected(column, trim);
      total += want;
      ExpertPanel.Leaf got = combined.panel().leaves().get(leaf);
      assertThat(got.code()).isEqualTo(LEAVES[leaf]);
      assertThat(got.combined()).as(LEAVES[leaf]).isEqualTo(want);
      assertThat(got.scores()).hasSize(size);
    }
    assertThat(combined.card().total().getAsDouble())
        .isEqualTo(BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP).doubleValue());
    assertThat(combined.card().errorCount()).isZero();
  }

  @Test
  void aMeanOfTwoPointNineFourFiveRoundsUp() {
    assertThat(Combination.combined(List.of(2.94, 2.95), false)).isEqualTo(2.95);
    assertThat(Combination.combined(List.of(1.0, 2.94, 2.95, 9.0), true)).isEqualTo(2.95);
  }

  @Test
  void trimmingOneAlwaysDropsTheHighestAndLowestFromThreeExperts() {
    List<Path> copies =
        List.of(copy("甲", 10, 30, 25, 25), copy("乙", 16, 30, 25, 25), copy("丙", 20, 30, 25, 25));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined)
            Panel.combine(
                copies, folder.resolve("合议.xlsx"), new PanelRule(PanelRule.Trim.ONE, 0.2));

    assertThat(combined.panel().leaves().get(0).combined()).isEqualTo(16);
    assertThat(combined.panel().rule()).contains("去掉一个最高分和一个最低分");
  }

  @Test
  void leavesWhoseExpertsSpreadBeyondTheLimitAreMarked() {
    // A1 (分值 20): 14 to 20 is 6, more than 20 % of 20; A2 (分值 30): 27 to 30 is 3, within 6.
    List<Path> copies =
        List.of(copy("甲", 14, 27, 25, 25), copy("乙", 20, 30, 25, 25), copy("丙", 18, 28, 25, 25));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined) Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(combined.panel().disputed())
        .extracting(ExpertPanel.Leaf::code)
        .containsExactly("A1");
    assertThat(combined.panel().disputed().get(0).spread()).isEqualTo(6);
    assertThat(combined.panel().disputed().get(0).reasons())
        .containsExactly("甲认为依据不足", "", "丙认为依据不足");
  }

  @Test
  void theExpertWhoseTotalIsFurthestFromTheOthersIsNamed() {
    List<Path> copies =
        List.of(copy("甲", 18, 27, 20, 22), copy("乙", 10, 15, 12, 13), copy("丙", 19, 26, 21, 21));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined) Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(combined.panel().outliers()).containsExactly("乙");
    assertThat(combined.panel().outlierLine()).contains("总分与其他专家相差最大的是「乙」");
  }

  @Test
  void twoExpertsEquallyFarFromTheOthersAreBothNamed() {
    // Totals 60, 80 and 100: 甲 and 丙 are each 30 from the mean of the other two, 乙 is 0.
    List<Path> copies =
        List.of(copy("甲", 10, 15, 15, 20), copy("乙", 15, 20, 20, 25), copy("丙", 20, 30, 25, 25));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined) Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(combined.panel().outliers()).containsExactly("甲", "丙");
    assertThat(combined.panel().outlierLine()).contains("总分与其他专家相差最大的是「甲」「丙」，相差一样大");
  }

  @Test
  void aCopyWithErrorsIsLeftOutAndNamed() {
    Path broken = builder("丁", 18, 27, 20, 22).manual("很好").saveTo(folder.resolve("丁.xlsx"));
    List<Path> copies =
        List.of(
            copy("甲", 18, 27, 20, 22),
            copy("乙", 16, 28, 24, 21),
            broken,
            copy("丙", 19, 26, 21, 21));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined) Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(combined.panel().experts()).containsExactly("甲", "乙", "丙");
    assertThat(combined.leftOut()).extracting(PanelOutcome.LeftOut::file).containsExactly(broken);
    assertThat(combined.leftOut().get(0).reason()).contains("1 个错误", "很好");
  }

  @Test
  void anotherProjectIsADifferenceAtItsName() {
    Path other =
        builder("丙", 18, 27, 20, 22).project("项目名称", "另一个项目").saveTo(folder.resolve("丙.xlsx"));

    PanelOutcome outcome =
        Panel.combine(
            List.of(copy("甲", 18, 27, 20, 22), copy("乙", 16, 28, 24, 21), other),
            folder.resolve("合议.xlsx"),
            PanelRule.DEFAULT);

    assertThat(outcome).isInstanceOf(PanelOutcome.NotCombined.class);
    assertThat(((PanelOutcome.NotCombined) outcome).differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.copy()).isEqualTo("丙");
              assertThat(d.where()).isEqualTo("项目信息!B2");
              assertThat(d.text()).contains("另一个项目", "某某项目");
            });
    assertThat(folder.resolve("合议.xlsx")).doesNotExist();
  }

  @Test
  void aMissingLeafADifferentFullScoreAndAnExtraLeafAreEachADifference() {
    Path missing =
        TestWorkbooks.evaluation()
            .project("项目名称", PROJECT)
            .project("评价人", "乙")
            .indicator("A", "决策", 50)
            .leaf("A1", "立项依据", 20)
            .manual(18)
            .leaf("A2", "绩效目标", 30)
            .manual(27)
            .indicator("B", "效益", 50)
            .leaf("B1", "社会效益", 50)
            .manual(40)
            .reason("一般")
            .saveTo(folder.resolve("乙.xlsx"));
    Path extra =
        TestWorkbooks.evaluation()
            .project("项目名称", PROJECT)
            .project("评价人", "丙")
            .indicator("A", "决策", 50)
            .leaf("A1", "立项依据", 20)
            .manual(20)
            .leaf("A2", "绩效目标", 30)
            .manual(30)
            .indicator("B", "效益", 50)
            .leaf("B1", "社会效益", 25)
            .manual(25)
            .leaf("B2", "满意度", 20)
            .manual(20)
            .leaf("B3", "可持续影响", 5)
            .manual(5)
            .saveTo(folder.resolve("丙.xlsx"));

    PanelOutcome.NotCombined outcome =
        (PanelOutcome.NotCombined)
            Panel.combine(
                List.of(copy("甲", 18, 27, 20, 22), missing, extra),
                folder.resolve("合议.xlsx"),
                PanelRule.DEFAULT);

    assertThat(outcome.differences())
        .extracting(d -> d.copy() + " " + d.text())
        .anySatisfy(t -> assertThat(t).startsWith("乙 缺少指标 B2"))
        .anySatisfy(t -> assertThat(t).startsWith("乙 分值 50 与「甲」的 25 不同"))
        .anySatisfy(t -> assertThat(t).startsWith("丙 多出指标 B3"));
  }

  @Test
  void twoCopiesFromOneExpertAreADifference() {
    PanelOutcome outcome =
        Panel.combine(
            List.of(
                copy("甲", 18, 27, 20, 22),
                builder("甲", 16, 28, 24, 21).saveTo(folder.resolve("甲2.xlsx"))),
            folder.resolve("合议.xlsx"),
            PanelRule.DEFAULT);

    assertThat(((PanelOutcome.NotCombined) outcome).differences())
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains("同一位评价人「甲」"));
  }

  @Test
  void theCombinedWorkbookScoresTheSameWhenProcessedAgain() {
    Path out = folder.resolve("合议.xlsx");
    PanelOutcome.Combined combined =
        (PanelOutcome.Combined)
            Panel.combine(
                List.of(
                    copy("甲", 18, 27, 20, 22),
                    copy("乙", 16, 28.5, 24, 21),
                    copy("丙", 19, 26, 15, 23.5)),
                out,
                PanelRule.DEFAULT);

    Scorecard again = Scorebook.score(out).scorecard().orElseThrow();
    assertThat(again.total()).isEqualTo(combined.card().total());
    assertThat(again.evaluation().project().field("评价人")).isEqualTo("专家组（3 人）：甲、乙、丙");
    assertThat(again.evaluation().project().field("合议规则")).contains("平均值");
  }

  @Test
  void theExpertSheetReadsBackWithAnIndependentReader() throws Exception {
    Path out = folder.resolve("合议.xlsx");
    Panel.combine(
        List.of(copy("甲", 14, 27, 25, 25), copy("乙", 20, 30, 25, 25), copy("丙", 18, 28, 25, 25)),
        out,
        PanelRule.DEFAULT);

    try (var in = java.nio.file.Files.newInputStream(out);
        var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
      List<String> sheets = workbook.getSheets().map(s -> s.getName()).toList();
      assertThat(sheets.subList(0, 2)).containsExactly("评分汇总", "专家评分");
      List<org.dhatim.fastexcel.reader.Row> rows = workbook.getSheet(1).orElseThrow().read();
      org.dhatim.fastexcel.reader.Row header =
          rows.stream().filter(r -> "指标".equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(List.of(header.getCellText(3), header.getCellText(4), header.getCellText(5)))
          .containsExactly("甲", "乙", "丙");
      org.dhatim.fastexcel.reader.Row a1 =
          rows.stream().filter(r -> "A1".equals(r.getCellText(0))).findFirst().orElseThrow();
      // (14 + 20 + 18) / 3 = 17.333… → 17.33; spread 6 of 20 is marked.
      assertThat(new BigDecimal(a1.getCellRawValue(6).orElseThrow())).isEqualByComparingTo("17.33");
      assertThat(a1.getCellText(8)).isEqualTo("需讨论");
    }
  }

  @Test
  void selfEvaluationFormsCombineTheirHandScoredLeaves() {
    Path first = SelfEvaluationForms.form().saveTo(folder.resolve("甲.xlsx"));
    SelfEvaluationForms.Builder other = SelfEvaluationForms.form();
    other.replace(
        "系统持续稳定运行",
        new SelfEvaluationForms.Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "达成年度指标", 10, 8, "偏慢"));
    Path second = other.saveTo(folder.resolve("乙.xlsx"));

    PanelOutcome.Combined combined =
        (PanelOutcome.Combined)
            Panel.combine(List.of(first, second), folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    ExpertPanel.Leaf leaf =
        combined.panel().leaves().stream()
            .filter(l -> l.name().equals("系统持续稳定运行"))
            .findFirst()
            .orElseThrow();
    assertThat(leaf.scores()).containsExactly(9.0, 8.0);
    assertThat(leaf.combined()).isEqualTo(8.5);
    assertThat(combined.card().total()).hasValue(95.66);
    assertThat(combined.card().evaluation().project().field("评价人")).isEqualTo("专家组（2 人）：甲、乙");
    assertThat(combined.card().evaluation().project().field("合议规则")).contains("平均值");
  }

  @Test
  void formsWhoseExpertsReadAnotherActualValueAreADifference() {
    Path first = SelfEvaluationForms.form().saveTo(folder.resolve("甲.xlsx"));
    SelfEvaluationForms.Builder other = SelfEvaluationForms.form();
    other.replace(
        "系统可用率",
        new SelfEvaluationForms.Leaf("产出指标", "质量指标", "系统可用率", "≥99%", "98%", 5, null, "偏低"));
    Path second = other.saveTo(folder.resolve("乙.xlsx"));

    PanelOutcome.NotCombined outcome =
        (PanelOutcome.NotCombined)
            Panel.combine(List.of(first, second), folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(outcome.differences())
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains("98%", "99.6%"));
  }
}
