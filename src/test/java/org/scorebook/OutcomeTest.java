package org.scorebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.testing.EvaluationBuilder;

class OutcomeTest {
  private static final Path INPUT = Path.of("评价.xlsx");

  private static Scorecard card(List<Message> messages) {
    Evaluation evaluation = EvaluationBuilder.evaluation().manual("A", "x", 100, 100).build();
    return new Scorecard(evaluation, List.of(), OptionalDouble.empty(), Optional.empty(), messages);
  }

  private static final Scorecard CLEAN =
      card(List.of(Message.warning(CellRef.of("指标评分", 1, 7), "A", "得分低于分值")));
  private static final Scorecard WITH_ERRORS =
      card(List.of(Message.error(CellRef.of("指标评分", 1, 2), "A", "分值为空")));

  @Test
  void aScorecardWithErrorsCannotBeScored() {
    assertThatThrownBy(() -> new Outcome.Scored(INPUT, WITH_ERRORS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("评价.xlsx");
  }

  @Test
  void aScorecardWithoutErrorsCannotBeHeldAsHavingErrors() {
    assertThatThrownBy(() -> new Outcome.HasErrors(INPUT, CLEAN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofPicksTheCaseTheScorecardAllows() {
    assertThat(Outcome.of(INPUT, CLEAN, List.of())).isInstanceOf(Outcome.Scored.class);
    assertThat(Outcome.of(INPUT, WITH_ERRORS, List.of())).isInstanceOf(Outcome.HasErrors.class);
  }

  @Test
  void aScoredOutcomeGetsTheMovedWorkbookAndAnUnreadOneStaysAsItIs() {
    Path moved = Path.of("已评分", "评价.xlsx");
    Outcome scored = new Outcome.Scored(INPUT, CLEAN, List.of()).withWorkbookAt(moved);
    assertThat(scored.workbook()).contains(moved);

    Outcome unread = new Outcome.Unreadable(INPUT, Outcome.Cause.DAMAGED, "文件已损坏");
    assertThat(unread.withWorkbookAt(moved)).isSameAs(unread);
  }
}
