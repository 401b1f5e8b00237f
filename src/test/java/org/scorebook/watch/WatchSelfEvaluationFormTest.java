package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.names;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.selfevaluation.SelfEvaluation;
import org.scorebook.testing.SelfEvaluationForms;

class WatchSelfEvaluationFormTest {
  @TempDir Path inbox;

  @Test
  void aSelfEvaluationFormDroppedInTheInboxIsScoredAndArchived() throws Exception {
    settled(SelfEvaluationForms.form().saveTo(inbox.resolve("自评表.xlsx")));
    settled(SelfEvaluationForms.form().saveTo(inbox.resolve("旧版自评表.xls")));
    DropFolder folder = DropFolder.at(inbox);
    List<Handled> handled = new ArrayList<>();
    try (Watcher watcher = new Watcher(folder, handled::add)) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(2);
    }

    assertThat(handled).allMatch(Handled::archived);
    assertThat(handled)
        .extracting(h -> h.outcome().scorecard().orElseThrow())
        .allSatisfy(
            card -> {
              assertThat(card.evaluation().kind()).isEqualTo(SelfEvaluation.IDENTITY);
              assertThat(card.total()).hasValue(96.16);
            });
    assertThat(names(folder.archive())).containsExactlyInAnyOrder("自评表.xlsx", "旧版自评表.xls");
    assertThat(names(folder.failed())).isEmpty();
  }
}
