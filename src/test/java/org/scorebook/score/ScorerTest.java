package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.TextPosition;

class ScorerTest {

  private static String at(Message m) {
    return m.severity() + " " + m.where() + " [" + m.code() + "]";
  }

  private static double scoreOf(Scorecard card, String code) {
    return card.indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow()
        .score()
        .getAsDouble();
  }

  @Test
  void parentsAreSumsOfRoundedChildrenAndTheTotalIsGraded() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .budget(19.369, 19.0)
                .param("修复及时率", 0.912)
                .parent("A", "决策", null)
                .formula("A1", "预算执行率", 3, "分值 * min(实际支出 / 预算金额, 1)")
                .formula("A2", "修复及时率", 5, "分值 * 修复及时率")
                .manual("B", "其他", 92, 80)
                .build());
    assertThat(card.messages()).isEmpty();
    assertThat(scoreOf(card, "A1")).isEqualTo(2.94);
    assertThat(scoreOf(card, "A2")).isEqualTo(4.56);
    assertThat(scoreOf(card, "A")).isEqualTo(7.50);
    assertThat(card.total()).hasValue(87.50);
    assertThat(card.grade()).hasValue("良");
    assertThat(card.levelOne()).extracting(ScoredIndicator::code).containsExactly("A", "B");
  }

  @Test
  void gradeBoundariesIncludeTheLowerBound() {
    assertThat(Scorer.score(evaluation().manual("A", "x", 100, 90).build()).grade()).hasValue("优");
    assertThat(Scorer.score(evaluation().manual("A", "x", 100, 89.99).build()).grade())
        .hasValue("良");
    assertThat(Scorer.score(evaluation().manual("A", "x", 100, 59.99).build()).grade())
        .hasValue("差");
    assertThat(
            Scorer.score(
                    evaluation()
                        .manual("A", "x", 100, 70)
                        .grades("优良", 80.0, "中", 70.0, "差", 0.0)
                        .build())
                .grade())
        .hasValue("中");
  }

  @Test
  void scoreAboveFullIsAnErrorNeverClampedAndBlocksTheTotal() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .param("率", 1.2)
                .formula("A", "x", 50, "分值 * 率")
                .manual("B", "y", 50, 55)
                .build());
    assertThat(card.messages())
        .extracting(ScorerTest::at)
        .containsExactly("ERROR 指标评分!D2 [A]", "ERROR 指标评分!G3 [B]");
    assertThat(card.messages().get(0).text())
        .startsWith("得分 60.00 超出 0 至 50 的范围")
        .contains("min/max/clamp");
    assertThat(card.total()).isEmpty();
    assertThat(card.grade()).isEmpty();
  }

  @Test
  void manualScoreAboveFullAsksForAScoreWithinRangeNotForAFormula() {
    Scorecard card =
        Scorer.score(evaluation().manual("A", "x", 50, 55).manual("B", "y", 50, 45).build());

    Message message = card.messages().stream().filter(Message::isError).findFirst().orElseThrow();
    assertThat(message.text()).contains("人工得分 55.00 超出 0 至 50 的范围").doesNotContain("公式", "clamp");
  }

  @Test
  void formulaErrorsAreReportedAtTheFormulaCell() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .param("满意度", 0.9)
                .formula("A", "x", 50, "分值 * 满意读")
                .formula("B", "y", 50, "2分值")
                .build());
    assertThat(card.messages())
        .extracting(ScorerTest::at)
        .containsExactly("ERROR 指标评分!D2 [A]", "ERROR 指标评分!D3 [B]");
    assertThat(card.messages().get(0).text()).contains("满意读").contains("满意度");
  }

  @Test
  void aFormulaMistakeKeepsItsPositionInTheMessageAndShowsItOnce() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .param("满意度", 0.9)
                .formula("A", "x", 50, "分值 * 满意读")
                .formula("B", "y", 50, "（分值＋１）×２）")
                .build());

    assertThat(card.messages())
        .extracting(Message::position)
        .containsExactly(
            Optional.of(new TextPosition("分值 * 满意读", 5)),
            Optional.of(new TextPosition("（分值＋１）×２）", 8)));
    assertThat(card.messages())
        .extracting(Message::problem)
        .containsExactly("未知名称「满意读」，是否是「满意度」？", "右括号「）」没有对应的左括号。");
    assertThat(card.messages())
        .extracting(Message::text)
        .containsExactly("第 6 个字符：未知名称「满意读」，是否是「满意度」？", "第 9 个字符：右括号「）」没有对应的左括号。");
  }

  @Test
  void aFormulaMistakeOfTheWholeFormulaHasNoPosition() {
    Scorecard card =
        Scorer.score(evaluation().budget(0, 5).formula("A", "x", 100, "分值 * 实际支出 / 预算金额").build());

    assertThat(card.messages()).extracting(Message::position).containsExactly(Optional.empty());
  }

  @Test
  void blankRowVariableUsedByAFormulaIsAnError() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .row("A", "x", 50.0, "分值 * min(实际值 / 目标值, 1)", 100.0, null, null, "")
                .row("B", "y", 50.0, "分值 * min(实际值 / 目标值, 1)", 100.0, 90.0, null, "未完成")
                .build());
    assertThat(card.messages()).extracting(ScorerTest::at).containsExactly("ERROR 指标评分!D2 [A]");
    assertThat(card.messages().get(0).text()).isEqualTo("公式用到了「实际值」，但本行的实际值为空");
    assertThat(scoreOf(card, "B")).isEqualTo(45.0);
  }

  @Test
  void divisionByZeroIsAnError() {
    Scorecard card =
        Scorer.score(evaluation().budget(0, 5).formula("A", "x", 100, "分值 * 实际支出 / 预算金额").build());
    assertThat(card.messages()).extracting(ScorerTest::at).containsExactly("ERROR 指标评分!D2 [A]");
  }

  @Test
  void deductionWithoutReasonIsAWarningThatDoesNotBlockTheTotal() {
    Scorecard card =
        Scorer.score(evaluation().row("A", "x", 100.0, "", null, null, 95.0, "").build());
    assertThat(card.messages()).extracting(ScorerTest::at).containsExactly("WARNING 指标评分!H2 [A]");
    assertThat(card.messages().get(0).text()).isEqualTo("得分 95.00 低于分值 100，请在评分说明中写明扣分理由");
    assertThat(card.total()).hasValue(95.0);
    assertThat(card.grade()).hasValue("优");
  }

  @Test
  void typedScoreThatDiffersIsKeptInTheMessage() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .row(
                    "A",
                    "x",
                    NumberReading.of(100),
                    "",
                    NumberReading.BLANK,
                    NumberReading.BLANK,
                    NumberReading.of(87.12),
                    "理由",
                    new IndicatorRow.PreviousValue(NumberReading.of(86.5), "86.5"))
                .build());
    assertThat(card.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(at(m)).isEqualTo("WARNING 指标评分!I2 [A]");
              assertThat(m.text()).isEqualTo("原填写 86.5，计算结果 87.12");
            });
  }

  @Test
  void typedScoreEqualToTheComputedOneIsNotReported() {
    Scorecard card =
        Scorer.score(
            evaluation()
                .row(
                    "A",
                    "x",
                    NumberReading.of(100),
                    "",
                    NumberReading.BLANK,
                    NumberReading.BLANK,
                    NumberReading.of(87.12),
                    "理由",
                    new IndicatorRow.PreviousValue(NumberReading.of(87.12), "87.12"))
                .build());
    assertThat(card.messages()).isEmpty();
  }

  @Test
  void manualScoresAreRoundedHalfUp() {
    Scorecard card = Scorer.score(evaluation().manual("A", "x", 100, 2.945).build());
    assertThat(card.total()).hasValue(2.95);
  }
}
