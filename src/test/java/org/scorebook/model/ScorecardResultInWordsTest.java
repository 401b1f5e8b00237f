package org.scorebook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A project's result in words: a score's total and grade, a review's suggested grade, or none. */
class ScorecardResultInWordsTest {
  private static final WorkbookKind REVIEWED =
      new WorkbookKind(
          "reviewed", "审核表", "审核表", RuleProfile.CONTRACT_V1, false, WorkbookKind.Result.REVIEW);

  private static Evaluation evaluation(WorkbookKind kind) {
    return new Evaluation(
        kind,
        "x.xlsx",
        new ProjectInfo(
            "项目信息",
            java.util.Map.of(),
            java.util.Map.of(),
            NumberReading.BLANK,
            NumberReading.BLANK,
            List.of()),
        List.of(),
        new IndicatorSheet("指标评分", 0, java.util.Map.of(), List.of(), java.util.Map.of(), List.of()),
        Optional.empty(),
        Findings.NONE,
        List.of(),
        false);
  }

  @Test
  void aScoreIsItsTotalAndGrade() {
    Scorecard card =
        new Scorecard(
            evaluation(WorkbookKind.CONTRACT_V1),
            List.of(),
            OptionalDouble.of(87.125),
            Optional.of("良"),
            List.of());
    assertThat(card.resultInWords()).isEqualTo("87.13 分（良）");
  }

  @Test
  void aReviewIsItsSuggestedGradeWithoutAScore() {
    Scorecard card = Scorecard.review(evaluation(REVIEWED), "优", List.of());
    assertThat(card.resultInWords()).isEqualTo("审核通过，建议等级 优");
  }

  @Test
  void aCardWithErrorsHasNoResultInWords() {
    Message error = Message.error(CellRef.of("指标评分", 3, 4), "A1", "错");
    Scorecard card = Scorecard.review(evaluation(REVIEWED), "中", List.of(error));
    assertThat(card.resultInWords()).isEmpty();
  }
}
