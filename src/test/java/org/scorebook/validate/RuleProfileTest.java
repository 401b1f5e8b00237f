package org.scorebook.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Evaluation;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;
import org.scorebook.model.Message;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.score.Scorer;
import org.scorebook.testing.EvaluationBuilder;

/** The rules take what differs between kinds of workbook from the evaluation's profile. */
class RuleProfileTest {
  private static final GradeScale NATIONAL =
      new GradeScale(
          List.of(
              new GradeBand("优", 90),
              new GradeBand("良", 80),
              new GradeBand("中", 60),
              new GradeBand("差", 0)),
          true);

  /** Contract v1's values, written out here rather than taken from the production constant. */
  private static final RuleProfile V1_AS_DOCUMENTED =
      new RuleProfile(100, true, Optional.of("评分说明"), Map.of(), NATIONAL);

  /** A sound tree out of 120: A (40) = A1 + A2, B (80). */
  private static EvaluationBuilder outOf120() {
    return evaluation()
        .parent("A", "产出指标", 40.0)
        .manual("A1", "数量", 20, 20)
        .manual("A2", "质量", 20, 20)
        .manual("B", "效益指标", 80, 80);
  }

  private static Evaluation as(RuleProfile rules, EvaluationBuilder builder) {
    Evaluation e = builder.build();
    return new Evaluation(
        new WorkbookKind("test", "测试", rules, true),
        e.source(),
        e.project(),
        e.parameters(),
        e.indicators(),
        e.grades(),
        e.findings(),
        e.readMessages(),
        e.scoredBefore());
  }

  /** Contract v1's values with another required total. */
  private static RuleProfile outOf(double total) {
    return new RuleProfile(total, true, Optional.of("评分说明"), Map.of(), NATIONAL);
  }

  private static List<String> messages(Evaluation evaluation) {
    return Validator.validate(evaluation).messages().stream().map(RuleProfileTest::line).toList();
  }

  private static String line(Message m) {
    return m.severity() + " " + m.where() + " [" + m.code() + "] " + m.text();
  }

  @Test
  void contractV1RequiresATotalOf100AllowsBlankParentsAsksForA评分说明AndGradesNationally() {
    assertThat(RuleProfile.CONTRACT_V1).isEqualTo(V1_AS_DOCUMENTED);
    assertThat(WorkbookKind.CONTRACT_V1.rules()).isEqualTo(V1_AS_DOCUMENTED);
    assertThat(WorkbookKind.CONTRACT_V1.displayName()).isEqualTo("绩效评价工作簿（模板第 1 版）");
  }

  @Test
  void theTopLevelMustMakeTheProfilesTotal() {
    assertThat(messages(as(V1_AS_DOCUMENTED, outOf120())))
        .containsExactly("ERROR 指标评分!C1 [] 一级指标分值合计为 120，应为 100");
    assertThat(messages(as(outOf(120), outOf120()))).isEmpty();
    assertThat(
            messages(
                as(outOf(120), evaluation().manual("A", "决策", 40, 40).manual("B", "管理", 60, 60))))
        .containsExactly("ERROR 指标评分!C1 [] 一级指标分值合计为 100，应为 120");
  }

  @Test
  void aBlankParentFullScoreIsAnErrorWhereTheProfileForbidsIt() {
    EvaluationBuilder blankParent =
        evaluation().parent("A", "决策", null).manual("A1", "x", 40, 40).manual("B", "y", 60, 60);
    assertThat(messages(as(V1_AS_DOCUMENTED, blankParent))).isEmpty();
    assertThat(
            messages(
                as(
                    new RuleProfile(100, false, Optional.of("评分说明"), Map.of(), NATIONAL),
                    blankParent)))
        .containsExactly("ERROR 指标评分!C2 [A] 上级指标的分值不能为空");
  }

  @Test
  void aTopLevelWeightOtherThanTheUsualOneIsOnlyAWarning() {
    RuleProfile usual =
        new RuleProfile(
            120, true, Optional.of("评分说明"), Map.of("产出指标", 50.0, "效益指标", 80.0), NATIONAL);
    Validation validation = Validator.validate(as(usual, outOf120()));
    assertThat(validation.messages())
        .extracting(RuleProfileTest::line)
        .containsExactly("WARNING 指标评分!C2 [A] 一级指标「产出指标」的分值为 40，通常为 50，请确认是否符合本地规定");
  }

  @Test
  void aDeductionAsksForAReasonInTheProfilesColumnOrNotAtAll() {
    EvaluationBuilder deducted = evaluation().row("A", "决策", 100.0, "", null, null, 90.0, "");
    RuleProfile deviationReason =
        new RuleProfile(100, true, Optional.of("偏差原因分析及改进措施"), Map.of(), NATIONAL);
    RuleProfile noReason = new RuleProfile(100, true, Optional.empty(), Map.of(), NATIONAL);
    Scorecard asked = Scorer.score(as(deviationReason, deducted));
    Scorecard notAsked = Scorer.score(as(noReason, deducted));

    assertThat(asked.messages())
        .extracting(RuleProfileTest::line)
        .containsExactly("WARNING 指标评分!H2 [A] 得分 90.00 低于分值 100，请在偏差原因分析及改进措施中写明扣分理由");
    assertThat(notAsked.messages()).isEmpty();
  }

  @Test
  void withoutA等级标准SheetTheProfilesBandsGrade() {
    GradeScale province =
        new GradeScale(List.of(new GradeBand("优", 80), new GradeBand("合格", 0)), true);
    EvaluationBuilder scored85 = evaluation().manual("A", "决策", 100, 85).withoutGradeSheet();

    assertThat(Scorer.score(as(V1_AS_DOCUMENTED, scored85)).grade()).hasValue("良");
    assertThat(
            Scorer.score(
                    as(
                        new RuleProfile(100, true, Optional.of("评分说明"), Map.of(), province),
                        scored85))
                .grade())
        .hasValue("优");
  }

  @Test
  void gradeThresholdsMayReachTheProfilesTotal() {
    EvaluationBuilder bands = evaluation().manual("A", "x", 120, 120).grades("优", 110.0, "差", 0.0);
    assertThat(messages(as(V1_AS_DOCUMENTED, bands)))
        .contains("ERROR 等级标准!B2 [] 最低分 110 不在 0 至 100 之间");
    assertThat(messages(as(outOf(120), bands))).isEmpty();
  }
}
