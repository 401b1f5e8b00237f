package org.scorebook.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Severity;
import org.scorebook.testing.EvaluationBuilder;

/**
 * Each rule of the contract fires at the right cell, with the indicator code and a Chinese text.
 */
class ValidationRulesTest {

  /** A sound two-level tree: A (40) = A1 + A2, B (60) leaf. Rows 2, 3, 4, 5. */
  private static EvaluationBuilder sound() {
    return evaluation()
        .parent("A", "决策", 40.0)
        .manual("A1", "立项", 20, 20)
        .manual("A2", "目标", 20, 20)
        .manual("B", "管理", 60, 60);
  }

  private static List<Message> messagesOf(EvaluationBuilder builder) {
    return Validator.validate(builder.build()).messages();
  }

  private static String at(Message m) {
    return m.severity() + " " + m.where() + " [" + m.code() + "]";
  }

  @Test
  void soundTreeHasNoMessages() {
    Validation validation = Validator.validate(sound().build());
    assertThat(validation.messages()).isEmpty();
    assertThat(validation.tree()).extracting(n -> n.code()).containsExactly("A", "A1", "A2", "B");
    assertThat(validation.tree().get(0).full()).hasValue(40);
  }

  @Test
  void badCodeShapeIsAnErrorAtTheCodeCell() {
    List<Message> messages = messagesOf(sound().manual("B1.", "x", 1, 1).manual("1A", "y", 1, 1));
    assertThat(messages)
        .extracting(ValidationRulesTest::at)
        .contains("ERROR 指标评分!A6 [B1.]", "ERROR 指标评分!A7 [1A]");
    assertThat(messages.get(0).text()).contains("格式不对");
  }

  @Test
  void duplicateCodeIsAnErrorAtTheSecondOccurrenceNamingTheFirstRow() {
    List<Message> messages = messagesOf(sound().manual("A2", "again", 20, 20));
    assertThat(messages)
        .filteredOn(m -> m.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(at(m)).isEqualTo("ERROR 指标评分!A6 [A2]");
              assertThat(m.text()).isEqualTo("指标编码 A2 重复（第一次出现在第 4 行）");
            });
  }

  @Test
  void parentWhoseChildrenAddUpButForARepeatedCodeIsToldWhyExcelShowsItRed() {
    List<Message> messages = messagesOf(sound().manual("A2", "again", 5, 5));
    assertThat(messages)
        .filteredOn(m -> m.severity() == Severity.WARNING)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(at(m)).isEqualTo("WARNING 指标评分!C2 [A]");
              assertThat(m.text())
                  .isEqualTo(
                      "分值 40 与下级指标分值合计相符；但第 6 行重复使用了编码 A2，Excel 里这一格的红色提示"
                          + "把那一行也算进了下级合计（45），所以显示为红色。改正第 6 行的编码后红色即消失");
            });
  }

  @Test
  void repeatedCodeUnderAParentThatDoesNotAddUpGivesOnlyTheMismatch() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .parent("A", "决策", 50.0)
                .manual("A1", "立项", 20, 20)
                .manual("A2", "目标", 20, 20)
                .manual("B", "管理", 60, 60)
                .manual("A2", "again", 5, 5));
    assertThat(messages).noneMatch(m -> m.text().contains("红色"));
    assertThat(messages).extracting(ValidationRulesTest::at).contains("ERROR 指标评分!C2 [A]");
  }

  @Test
  void missingParentIsAnErrorAndItsChildrenAreNotScoredTwiceOver() {
    List<Message> messages =
        messagesOf(sound().manual("C1.1", "orphan", 1, 1).manual("C1.1.1", "grandchild", 1, 1));
    assertThat(messages).extracting(ValidationRulesTest::at).contains("ERROR 指标评分!A6 [C1.1]");
    assertThat(messages)
        .filteredOn(m -> m.code().equals("C1.1.1"))
        .singleElement()
        .satisfies(m -> assertThat(m.severity()).isEqualTo(Severity.WARNING));
    assertThat(messages.stream().filter(Message::isError).toList()).hasSize(1);
  }

  @Test
  void parentMayComeAfterItsChildren() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .manual("A1", "x", 50, 50)
                .parent("A", "决策", null)
                .manual("B", "管理", 50, 50));
    assertThat(messages).isEmpty();
  }

  @Test
  void parentFullScoreThatDiffersFromChildrenNamesBothFigures() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .parent("A", "决策", 41.0)
                .manual("A1", "x", 20, 20)
                .manual("A2", "y", 20, 20)
                .manual("B", "z", 59, 59));
    assertThat(messages)
        .filteredOn(m -> m.code().equals("A"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(at(m)).isEqualTo("ERROR 指标评分!C2 [A]");
              assertThat(m.text()).isEqualTo("分值 41 与下级指标分值合计 40 不一致");
            });
  }

  @Test
  void parentFullScoreWithinHalfACentIsAccepted() {
    assertThat(
            messagesOf(
                evaluation()
                    .parent("A", "决策", 40.004)
                    .manual("A1", "x", 20, 20)
                    .manual("A2", "y", 20, 20)
                    .manual("B", "z", 59.996, 59.996)))
        .isEmpty();
  }

  @Test
  void blankParentFullScoreIsTheSumOfItsChildren() {
    Validation validation =
        Validator.validate(
            evaluation()
                .parent("A", "决策", null)
                .manual("A1", "x", 12.5, 12.5)
                .manual("A2", "y", 27.5, 27.5)
                .manual("B", "z", 60, 60)
                .build());
    assertThat(validation.messages()).isEmpty();
    assertThat(validation.tree().get(0).full()).hasValue(40);
  }

  @Test
  void topLevelMustAddUpTo100() {
    List<Message> messages =
        messagesOf(evaluation().manual("A", "x", 30, 30).manual("B", "y", 60, 60));
    assertThat(messages)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(at(m)).isEqualTo("ERROR 指标评分!C1 []");
              assertThat(m.text()).isEqualTo("一级指标分值合计为 90，应为 100");
            });
  }

  @Test
  void fullScoreMustBeAboveZeroAndPresentOnLeaves() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .manual("A", "x", 0, 0)
                .row("B", "y", null, "", null, null, 5.0, "")
                .manual("C", "z", 100, 100));
    assertThat(messages)
        .extracting(ValidationRulesTest::at)
        .contains("ERROR 指标评分!C2 [A]", "ERROR 指标评分!C3 [B]");
  }

  @Test
  void leafNeedsExactlyOneOfFormulaAndManualScore() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .row("A", "both", 50.0, "分值", null, null, 50.0, "")
                .row("B", "neither", 50.0, "", null, null, null, ""));
    assertThat(messages)
        .extracting(ValidationRulesTest::at)
        .containsExactly("ERROR 指标评分!G2 [A]", "ERROR 指标评分!G3 [B]");
    assertThat(messages.get(0).text()).contains("不能两项都填");
    assertThat(messages.get(1).text()).contains("需要填写评分公式或人工得分");
  }

  @Test
  void parentWithAManualScoreIsWarnedThatItIsIgnored() {
    List<Message> messages =
        messagesOf(
            evaluation()
                .row("A", "p", 40.0, "", null, null, 39.0, "")
                .manual("A1", "x", 40, 40)
                .manual("B", "y", 60, 60));
    assertThat(messages).extracting(ValidationRulesTest::at).containsExactly("WARNING 指标评分!G2 [A]");
  }

  @Test
  void parameterNamesMustBeValidAndDistinct() {
    List<Message> messages =
        messagesOf(
            sound()
                .param("满意度", 0.9)
                .param("满意度", 0.8)
                .param("2x", 1)
                .param("min", 1)
                .param("分值", 1)
                .param("预算金额", 1)
                .param("空值", NumberReading.BLANK));
    assertThat(messages)
        .extracting(ValidationRulesTest::at)
        .containsExactly(
            "ERROR 评分参数!A3 []",
            "ERROR 评分参数!A4 []",
            "ERROR 评分参数!A5 []",
            "ERROR 评分参数!A6 []",
            "ERROR 评分参数!A7 []",
            "ERROR 评分参数!B8 []");
    assertThat(messages.get(0).text()).isEqualTo("参数名「满意度」重复（第一次出现在 A2）");
  }

  @Test
  void variablesIncludeParametersAndProjectAmounts() {
    Validation validation =
        Validator.validate(sound().budget(19.369, 19.0).param("满意度", 0.8913).build());
    assertThat(validation.variables())
        .containsEntry("预算金额", 19.369)
        .containsEntry("实际支出", 19.0)
        .containsEntry("满意度", 0.8913);
  }

  @Test
  void projectNameIsRequired() {
    List<Message> messages = messagesOf(sound().project(ProjectInfo.NAME, ""));
    assertThat(messages).extracting(ValidationRulesTest::at).containsExactly("ERROR 项目信息!B2 []");
    assertThat(messages.get(0).text()).isEqualTo("项目名称不能为空");
  }

  @Test
  void gradeBandsMustCoverZeroWithDistinctNamesAndThresholds() {
    assertThat(messagesOf(sound().grades("优", 90.0, "良", 80.0, "差", 0.0))).isEmpty();
    assertThat(messagesOf(sound().grades("优", 90.0, "良", 60.0)))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("没有覆盖 0 分"));
    assertThat(messagesOf(sound().grades("优", 90.0, "优", 80.0, "差", 0.0)))
        .extracting(ValidationRulesTest::at)
        .containsExactly("ERROR 等级标准!A3 []");
    assertThat(messagesOf(sound().grades("优", 90.0, "良", 90.0, "差", 0.0)))
        .extracting(ValidationRulesTest::at)
        .containsExactly("ERROR 等级标准!B3 []");
    assertThat(messagesOf(sound().grades("优", 120.0, "差", 0.0)))
        .extracting(ValidationRulesTest::at)
        .containsExactly("ERROR 等级标准!B2 []");
  }

  @Test
  void codesKnowTheirParentsAndLevels() {
    assertThat(Codes.parent("B1.1.2")).hasValue("B1.1");
    assertThat(Codes.parent("A1")).hasValue("A");
    assertThat(Codes.parent("A")).isEmpty();
    assertThat(Codes.level("B1.1.2")).isEqualTo(4);
    assertThat(Codes.isWellFormed("C10.2")).isTrue();
    assertThat(Codes.isWellFormed("C1.")).isFalse();
    assertThat(Codes.isWellFormed("AB1")).isFalse();
  }
}
