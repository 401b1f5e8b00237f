package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.read.WorkbookReader;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.SelfEvaluationForms.Leaf;
import org.scorebook.testing.TestWorkbooks;

class SelfEvaluationFormScoringTest {
  private static final String SHEET = "项目支出绩效自评表";

  private static Scorecard score(Builder form) throws Exception {
    return Scorer.score(form.read());
  }

  @Test
  void theSampleFormScoresTheSumOfItsLeavesAndBudgetLine() throws Exception {
    Scorecard card = score(SelfEvaluationForms.form());

    // 产出: 15 + 5 + 10 + 5 + 10 × (1 − 0.5 ÷ 2) + 5; 效益: 10 + 10 + 9 (by hand); 满意度 10;
    // 预算执行: 10 × 5.6 ÷ 5.8 = 9.655… → 9.66.
    assertThat(card.levelOne())
        .extracting(ScoredIndicator::name, i -> i.score().getAsDouble())
        .containsExactly(
            tuple("产出指标", 47.5), tuple("效益指标", 29.0), tuple("满意度指标", 10.0), tuple("预算执行", 9.66));
    assertThat(card.total().getAsDouble()).isEqualTo(96.16);
    assertThat(card.grade()).contains("优");
    assertThat(card.errorCount()).isZero();
  }

  @Test
  void aTypedScoreThatDiffersFromTheComputedOneIsKeptInANote() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("平均故障修复时间"), form.column("得分")))
        .containsExactly("原填写 8，计算结果 7.50");
  }

  @Test
  void anActualFarAboveAHigherIsBetterTargetIsNotedButScoresFull() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("系统支撑审批办件量"), form.column("实际完成值")))
        .singleElement()
        .asString()
        .contains("1.5 倍");
    assertThat(scoreOf(card, "系统支撑审批办件量")).isEqualTo(10);
  }

  @Test
  void anActualInAnotherUnitIsAnErrorAtTheActual() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("运维成果报告", new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "3天", 5, 5, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("运维成果报告"), form.column("实际完成值")))
        .singleElement()
        .asString()
        .contains("「天」", "「份」");
    assertThat(card.total()).isEmpty();
  }

  @Test
  void aBareNumberAgainstAPercentageIsAnErrorNotAGuess() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "93", 10, 10, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("使用单位满意度"), form.column("实际完成值")))
        .singleElement()
        .asString()
        .contains("93%");
  }

  @Test
  void aTargetWithoutAUnitAgainstAPercentageIsReadAsAPercentageWithANoteAtTheTarget()
      throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90", "93%", 10, 10, null));
    Scorecard card = score(form);

    assertThat(scoreOf(card, "使用单位满意度")).isEqualTo(10);
    assertThat(card.total().getAsDouble()).isEqualTo(96.16);
    assertThat(messagesAt(card, form.row("使用单位满意度"), form.column("年度指标值")))
        .containsExactly("年度指标值「≥90」没有写单位，而实际完成值「93%」是百分数：年度指标值按 90% 计分，请在年度指标值里写上 %");
  }

  @Test
  void aTargetWithoutAUnitAgainstAFractionOfTheSameSizeIsReadAsAPercentageWithANote()
      throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90", "0.93", 10, 10, null));
    Scorecard card = score(form);

    assertThat(scoreOf(card, "使用单位满意度")).isEqualTo(10);
    assertThat(card.total().getAsDouble()).isEqualTo(96.16);
    assertThat(messagesAt(card, form.row("使用单位满意度"), form.column("年度指标值")))
        .singleElement()
        .asString()
        .contains("「0.93」是一个比率", "按 90% 计分");
  }

  @Test
  void aSmallCountTargetAgainstAFractionIsNotTakenForAPercentage() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace(
        "使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥2", "0.5", 10, null, "未达到"));
    Scorecard card = score(form);

    assertThat(scoreOf(card, "使用单位满意度")).isEqualTo(2.5);
    assertThat(messagesAt(card, form.row("使用单位满意度"), form.column("年度指标值"))).isEmpty();
  }

  @Test
  void aFractionTargetWithoutAUnitAgainstAPercentageIsReadAsThatFraction() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace(
        "使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥0.95", "93%", 10, null, "略低"));
    Scorecard card = score(form);

    assertThat(scoreOf(card, "使用单位满意度")).isEqualTo(9.79);
    assertThat(messagesAt(card, form.row("使用单位满意度"), form.column("年度指标值")))
        .singleElement()
        .asString()
        .contains("按 95% 计分");
  }

  @Test
  void aYearsCountAgainstAWeeklyTargetIsConvertedAtFiftyTwoWeeksAndSaidSo() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace(
        "定期维护检查次数", new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "全年150次", 15, null, "节假日停检"));
    Scorecard card = score(form);

    // 4 a week is 208 a year: 15 × 150 ÷ 208 = 10.817… → 10.82.
    assertThat(scoreOf(card, "定期维护检查次数")).isEqualTo(10.82);
    assertThat(messagesAt(card, form.row("定期维护检查次数"), form.column("实际完成值")))
        .containsExactly("实际完成值「全年150次」按年计，年度指标值按周计：按一年 52 周换算，年度指标值相当于每年 208次，据此计分");
    assertThat(card.errorCount()).isZero();
  }

  @Test
  void aMonthlyCountAgainstAWeeklyTargetIsConvertedThroughTheYear() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("定期维护检查次数", new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "每月16次", 15, null, "少检"));
    Scorecard card = score(form);

    // 16 a month is 192 a year, 4 a week 208: 15 × 192 ÷ 208 = 13.846… → 13.85.
    assertThat(scoreOf(card, "定期维护检查次数")).isEqualTo(13.85);
    assertThat(messagesAt(card, form.row("定期维护检查次数"), form.column("实际完成值")))
        .singleElement()
        .asString()
        .contains("一年 12 个月、52 周", "相当于每月 17.33次");
  }

  @Test
  void aCountWithoutItsPeriodFarAboveAWeeklyTargetIsAnErrorSayingWhatToWrite() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("定期维护检查次数", new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "150次", 15, 15, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("定期维护检查次数"), form.column("实际完成值")))
        .containsExactly(
            "实际完成值「150次」没有写明周期，而年度指标值按周计，150次 远超每周的目标，不能直接比较：如果是全年合计，请写成「全年150次」（按一年 52 周换算）；如果是每周的数量，请写成「每周150次」");
    assertThat(card.total()).isEmpty();
  }

  @Test
  void aCountWithoutItsPeriodNearAWeeklyTargetIsTheWeeksCount() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("定期维护检查次数", new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "3次", 15, null, "少检"));
    Scorecard card = score(form);

    assertThat(scoreOf(card, "定期维护检查次数")).isEqualTo(11.25);
    assertThat(messagesAt(card, form.row("定期维护检查次数"), form.column("实际完成值"))).isEmpty();
  }

  @Test
  void anEmptyActualIsAnErrorAtTheActual() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("系统可用率", new Leaf("产出指标", "质量指标", "系统可用率", "≥99%", null, 5, null, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("系统可用率"), form.column("实际完成值")))
        .singleElement()
        .asString()
        .contains("实际完成值为空");
  }

  @Test
  void aQualitativeLeafWithoutATypedScoreIsAnErrorAtTheScore() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace(
        "系统持续稳定运行", new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "达成年度指标", 10, null, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("系统持续稳定运行"), form.column("得分")))
        .singleElement()
        .asString()
        .contains("人工填写");
  }

  @Test
  void aTypedScoreOutsideTheNamedBandIsAnError() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("系统持续稳定运行", new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "部分达成", 10, 9, "偏慢"));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("系统持续稳定运行"), form.column("得分")))
        .singleElement()
        .asString()
        .contains("部分达成年度指标并具有一定效果", "不低于 6 且低于 8");
  }

  @Test
  void aHandScoreAboveTheFullScoreIsAnErrorAtTheScore() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("系统持续稳定运行", new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "很好", 10, 12, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("系统持续稳定运行"), form.column("得分")))
        .containsExactly("得分 12.00 超出 0 至 10 的范围，请填写 0 到分值之间的得分");
  }

  @Test
  void aDeductionWithoutADeviationReasonIsNotedAtTheReasonColumn() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("平均故障修复时间", new Leaf("产出指标", "时效指标", "平均故障修复时间", "<2小时", "2.5小时", 10, null, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, form.row("平均故障修复时间"), form.column("偏差原因分析及改进措施")))
        .singleElement()
        .asString()
        .contains("偏差原因分析及改进措施");
  }

  @Test
  void theBudgetLineIsCappedAtItsFullScoreWhenMoreWasSpent() throws Exception {
    Scorecard card = score(SelfEvaluationForms.form().funds(100, 104));

    assertThat(scoreOf(card, "预算执行")).isEqualTo(10);
    assertThat(card.executionRate().getAsDouble()).isEqualTo(1.04);
  }

  @Test
  void aBlankBudgetIsAnErrorAtTheBudgetCell() throws Exception {
    Scorecard card = score(SelfEvaluationForms.form().funds(null, 5.6));

    assertThat(messagesAt(card, Builder.FUNDS_ROW, Builder.BUDGET_COLUMN))
        .singleElement()
        .asString()
        .contains("全年预算数为空");
    assertThat(card.total()).isEmpty();
  }

  @Test
  void weightsOtherThanTheNationalSplitAreANoteNotAnError() throws Exception {
    Builder form =
        SelfEvaluationForms.form()
            .leaves(
                SelfEvaluationForms.sampleLeaves().stream()
                    .filter(leaf -> !leaf.third().equals("系统支撑审批办件量"))
                    .toList());
    form.replace("运维成果报告", new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "1份", 15, 15, null));
    Scorecard card = score(form);

    // 产出 60, 效益 20, 满意度 10, 预算执行 10: still 100.
    assertThat(card.messages())
        .filteredOn(m -> m.text().contains("产出指标") || m.text().contains("效益指标"))
        .extracting(Message::isError)
        .containsExactly(false, false);
    assertThat(card.total()).isPresent();
  }

  @Test
  void leavesThatDoNotMakeAHundredAreAnErrorAtTheScoreHeader() throws Exception {
    Builder form = SelfEvaluationForms.form();
    form.replace("运维成果报告", new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "1份", 2, 2, null));
    Scorecard card = score(form);

    assertThat(messagesAt(card, Builder.TABLE_HEADER_ROW, form.column("分值")))
        .singleElement()
        .asString()
        .contains("97", "100");
    assertThat(card.total()).isEmpty();
  }

  @Test
  void aHalfFilledFormGetsOneLocatedMessagePerProblem() throws Exception {
    Builder form = SelfEvaluationForms.form().total(TestWorkbooks.formulaCell("H13+#REF!"));
    form.replace(
        "平均故障修复时间", new Leaf("产出指标", "时效指标", "平均故障修复时间", "<2小时", "2.5小时", 10, 7.5, "故障修复偏慢"));
    form.replace(
        "系统支撑审批办件量", new Leaf("效益指标", "社会效益指标", "系统支撑审批办件量", "≥2万件", null, 10, null, null));
    form.replace(
        "使用单位满意度", new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "很满意", "很满意", 10, null, null));
    Scorecard card = score(form);

    assertThat(card.messages())
        .extracting(m -> m.where().row(), m -> m.where().column())
        .containsExactlyInAnyOrder(
            tuple(form.row("系统支撑审批办件量"), form.column("实际完成值")),
            tuple(form.row("使用单位满意度"), form.column("得分")),
            tuple(form.totalRow(), form.column("得分")));
  }

  @Test
  void weightsAllLeftAtZeroAreOneErrorAtTheScoreHeader() throws Exception {
    Builder form =
        SelfEvaluationForms.form()
            .leaves(
                SelfEvaluationForms.sampleLeaves().stream()
                    .map(
                        l ->
                            new Leaf(
                                l.first(),
                                l.second(),
                                l.third(),
                                l.target(),
                                l.actual(),
                                "0.0",
                                null,
                                null))
                    .toList());
    Scorecard card = score(form);

    assertThat(card.messages())
        .filteredOn(Message::isError)
        .extracting(m -> m.where().row(), m -> m.where().column())
        .containsExactly(tuple(Builder.TABLE_HEADER_ROW, form.column("分值")));
  }

  @Test
  void aFormSavedByLibreOfficeScoresTheSame(@TempDir Path folder) throws Exception {
    Path saved =
        LibreOfficeRoundTrip.toXlsx(
            SelfEvaluationForms.form().saveTo(folder.resolve("自评表.xlsx")), folder);

    try (var in = Files.newInputStream(saved);
        var workbook = WorkbookFactory.create(in)) {
      Scorecard card =
          Scorer.score(WorkbookReader.read(workbook, saved.toString(), Kinds.ALL.readers()));
      Scorecard poi = score(SelfEvaluationForms.form());
      assertThat(card.total()).isEqualTo(poi.total()).hasValue(96.16);
      assertThat(card.messages())
          .extracting(Message::text)
          .isEqualTo(poi.messages().stream().map(Message::text).toList());
    }
  }

  private static double scoreOf(Scorecard card, String name) {
    return card.indicators().stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow()
        .score()
        .getAsDouble();
  }

  private static List<String> messagesAt(Scorecard card, int row, int column) {
    CellRef at = CellRef.of(SHEET, row, column);
    return card.messages().stream().filter(m -> m.where().equals(at)).map(Message::text).toList();
  }
}
