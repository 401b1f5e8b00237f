package org.scorebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.scorebook.testing.EvaluationBuilder;

class OutcomeTest {
  private static final Path INPUT = Path.of("评价.xlsx");

  private static Scorecard card(List<Message> messages) {
    Evaluation evaluation = EvaluationBuilder.evaluation().manual("A", "x", 100, 100).build();
    return new Scorecard(evaluation, List.of(), OptionalDouble.empty(), Optional.empty(), messages);
  }

  private static final Outcome.Project CLEAN =
      Outcome.Project.of(card(List.of(Message.warning(CellRef.of("指标评分", 1, 7), "A", "得分低于分值"))));
  private static final Outcome.Project WITH_ERRORS =
      Outcome.Project.of(card(List.of(Message.error(CellRef.of("指标评分", 1, 2), "A", "分值为空"))));

  @Test
  void aProjectIsNamedByTheSheetOfItsIndicatorsAndIsCleanWithoutErrors() {
    assertThat(CLEAN.sheet()).isEqualTo("指标评分");
    assertThat(CLEAN.isClean()).isTrue();
    assertThat(WITH_ERRORS.isClean()).isFalse();
  }

  @Test
  void aProjectWithErrorsCannotBeScored() {
    assertThatThrownBy(() -> new Outcome.Scored(INPUT, List.of(WITH_ERRORS), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("评价.xlsx");
  }

  @Test
  void aWorkbookWithACleanProjectBesideOneWithErrorsCannotBeScored() {
    assertThatThrownBy(() -> new Outcome.Scored(INPUT, List.of(CLEAN, WITH_ERRORS), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("评价.xlsx");
  }

  @Test
  void projectsWithoutErrorsCannotBeHeldAsHavingErrors() {
    assertThatThrownBy(() -> new Outcome.HasErrors(INPUT, List.of(CLEAN, CLEAN), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWorkbookReadHasAtLeastOneProject() {
    assertThatThrownBy(() -> new Outcome.Scored(INPUT, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("评价.xlsx");
    assertThatThrownBy(() -> new Outcome.HasErrors(INPUT, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Outcome.NotWritten(INPUT, List.of(), "磁盘空间不足"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Outcome.of(INPUT, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofPicksTheCaseTheProjectsAllow() {
    assertThat(Outcome.of(INPUT, List.of(CLEAN), List.of())).isInstanceOf(Outcome.Scored.class);
    assertThat(Outcome.of(INPUT, List.of(CLEAN, CLEAN), List.of()))
        .isInstanceOf(Outcome.Scored.class);
    assertThat(Outcome.of(INPUT, List.of(WITH_ERRORS), List.of()))
        .isInstanceOf(Outcome.HasErrors.class);
  }

  @Test
  void aWorkbookWithTwoProjectsOneWithErrorsHasErrorsAndReportsBoth() {
    Outcome outcome = Outcome.of(INPUT, List.of(CLEAN, WITH_ERRORS), List.of());

    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);
    assertThat(outcome.isClean()).isFalse();
    assertThat(outcome.projects()).containsExactly(CLEAN, WITH_ERRORS);
    assertThat(outcome.projects())
        .extracting(Outcome.Project::isClean)
        .containsExactly(true, false);
  }

  @Test
  void aMovedWorkbookKeepsEveryProject() {
    Path moved = Path.of("待修改", "评价.xlsx");
    Outcome outcome =
        Outcome.of(INPUT, List.of(CLEAN, WITH_ERRORS), List.of()).withWorkbookAt(moved);

    assertThat(outcome.workbook()).contains(moved);
    assertThat(outcome.projects()).containsExactly(CLEAN, WITH_ERRORS);
  }

  @Test
  void aScoredOutcomeGetsTheMovedWorkbookAndAnUnreadOneStaysAsItIs() {
    Path moved = Path.of("已评分", "评价.xlsx");
    Outcome scored = new Outcome.Scored(INPUT, List.of(CLEAN), List.of()).withWorkbookAt(moved);
    assertThat(scored.workbook()).contains(moved);

    Outcome unread = new Outcome.Unreadable(INPUT, Outcome.Cause.DAMAGED, "文件已损坏");
    assertThat(unread.withWorkbookAt(moved)).isSameAs(unread);
    assertThat(unread.projects()).isEmpty();
  }
}
