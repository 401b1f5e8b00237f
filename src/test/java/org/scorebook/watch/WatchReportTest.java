package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.names;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.Outcome;
import org.scorebook.samples.SampleFiles;

class WatchReportTest {
  @TempDir Path inbox;

  @Test
  void withReportEachScoredWorkbookInTheInboxGetsItsReportBesideIt() throws Exception {
    settled(Files.copy(SampleFiles.SEED_001, inbox.resolve("评价.xlsx")));
    settled(Files.copy(SampleFiles.WITH_MISTAKES, inbox.resolve("有错.xlsx")));
    DropFolder folder = DropFolder.at(inbox);
    List<Handled> handled = new ArrayList<>();
    try (Watcher watcher = new Watcher(folder, handled::add, Set.of(Outcome.OutputKind.REPORT))) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(2);
    }

    assertThat(names(folder.out())).containsExactlyInAnyOrder("评价.xlsx", "评价.评价报告.docx");
    Handled scored = handled.stream().filter(Handled::archived).findFirst().orElseThrow();
    assertThat(scored.outcome().report()).contains(folder.out().resolve("评价.评价报告.docx"));
    Handled failed = handled.stream().filter(h -> !h.archived()).findFirst().orElseThrow();
    assertThat(failed.outcome().report()).isEmpty();
    assertThat(failed.outcome().omitted()).hasSize(1);
    assertThat(names(folder.failed())).noneMatch(n -> n.endsWith(".docx"));
  }
}
