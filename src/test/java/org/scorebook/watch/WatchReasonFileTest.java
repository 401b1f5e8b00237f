package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.testing.EvaluationBuilder;

/** The 错误说明.txt a colleague who is not technical opens in Notepad. */
class WatchReasonFileTest {
  @TempDir Path inbox;

  private static String text(Outcome outcome) {
    return new String(
        ReasonFile.contents("评价.xlsx", outcome, "评价.已标注.xlsx"), StandardCharsets.UTF_8);
  }

  @Test
  void aWorkbookWithTwoProjectsListsTheErrorsOfTheOneThatHasThemAndTheAnnotatedCopyOnce() {
    Message blank = Message.error(CellRef.of("指标评分", 5, 5), "B1.1", "分值为空");
    Message low = Message.warning(CellRef.of("指标评分", 3, 7), "A1", "得分低于分值，请写明扣分理由");
    Evaluation evaluation = EvaluationBuilder.evaluation().manual("A", "x", 100, 100).build();
    Scorecard clean =
        new Scorecard(
            evaluation, List.of(), OptionalDouble.empty(), Optional.empty(), List.of(low));
    Scorecard withErrors =
        new Scorecard(
            evaluation, List.of(), OptionalDouble.empty(), Optional.empty(), List.of(blank));
    Outcome outcome =
        Outcome.of(
            Path.of("评价.xlsx"),
            List.of(Outcome.Project.of(clean), Outcome.Project.of(withErrors)),
            List.of());

    String text = text(outcome);

    assertThat(text).contains("需要改正 1 处").contains("分值为空").doesNotContain("扣分理由");
    assertThat(text.split("评价.已标注.xlsx", -1)).hasSize(2);
  }

  @Test
  void errorsComeFirstCountedWithPlacesInWordsAndIdenticalOnesOnOneLine() {
    String blank = "分值为空";
    List<Message> messages =
        List.of(
            Message.warning(CellRef.of("指标评分", 3, 7), "A1", "得分低于分值，请写明扣分理由"),
            Message.error(CellRef.of("指标评分", 5, 5), "B1.1", blank),
            Message.error(CellRef.of("项目信息", 1, 1), "", "项目名称为空"),
            Message.error(CellRef.of("指标评分", 7, 5), "B1.2", blank));
    Evaluation evaluation = EvaluationBuilder.evaluation().manual("A", "x", 100, 100).build();
    Scorecard card =
        new Scorecard(evaluation, List.of(), OptionalDouble.empty(), Optional.empty(), messages);
    String text =
        text(
            new Outcome.HasErrors(
                Path.of("评价.xlsx"), List.of(Outcome.Project.of(card)), List.of()));

    assertThat(text).contains("需要改正 3 处");
    assertThat(text).contains("1. 指标评分表第 6 行「实际值」列（指标 B1.1）、第 8 行「实际值」列（指标 B1.2）：分值为空");
    assertThat(text).contains("2. 项目信息表第 2 行 B 列：项目名称为空");
    assertThat(text).contains("另有 1 条提示").contains("指标评分表第 4 行「评分说明」列（指标 A1）：得分低于分值");
    assertThat(text.indexOf("分值为空")).as("errors before warnings").isLessThan(text.indexOf("扣分理由"));
    assertThat(text.split("分值为空", -1)).as("the same error once").hasSize(2);
    assertThat(text).doesNotContain("指标评分!F6");
  }

  @Test
  void anEmptyFileIsToBeCopiedAgainNotSavedAnew() throws Exception {
    DropFolder folder = DropFolder.at(inbox);
    settled(Files.write(inbox.resolve("空的.xlsx"), new byte[0]));
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    String text = Files.readString(folder.failed().resolve("空的.错误说明.txt"), StandardCharsets.UTF_8);
    assertThat(text).contains("重新复制").doesNotContain("另存");
  }
}
