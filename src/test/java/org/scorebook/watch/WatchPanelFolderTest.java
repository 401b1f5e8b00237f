package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.names;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.panel.PanelOutcome;
import org.scorebook.testing.ExpertCopies;
import org.scorebook.testing.TestWorkbooks;

class WatchPanelFolderTest {
  @TempDir Path inbox;

  private Path copy(Path dir, String expert, double first, double second) {
    return settled(ExpertCopies.of(expert, first, second).saveTo(dir.resolve(expert + ".xlsx")));
  }

  private static Path marker(Path dir) throws Exception {
    return settled(Files.writeString(dir.resolve("合议.txt"), ""));
  }

  @Test
  void aSubFolderWithAPanelMarkerIsCombinedAndArchived() throws Exception {
    Path panel = Files.createDirectories(inbox.resolve("某项目专家评分"));
    copy(panel, "甲", 40, 50);
    copy(panel, "乙", 30, 54);
    copy(panel, "丙", 35, 57);
    marker(panel);
    DropFolder folder = DropFolder.at(inbox);
    List<PanelOutcome> outcomes = new ArrayList<>();
    try (Watcher watcher =
        new Watcher(
            folder,
            new WatchListener() {
              @Override
              public void handled(Handled handled) {}

              @Override
              public void panel(String name, PanelOutcome outcome) {
                outcomes.add(outcome);
              }
            })) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
      assertThat(watcher.poll()).isZero();
      assertThat(watcher.panelsCombined()).isEqualTo(1);
      assertThat(watcher.panelsFailed()).isZero();
    }

    assertThat(outcomes).singleElement().isInstanceOf(PanelOutcome.Combined.class);
    Path result = folder.out().resolve("某项目专家评分.合议.xlsx");
    // A1: (40 + 30 + 35) / 3 = 35; A2: (50 + 54 + 57) / 3 → 53.67.
    assertThat(Scorebook.score(result).scorecard().orElseThrow().total()).hasValue(88.67);
    assertThat(names(folder.archive().resolve("某项目专家评分")))
        .containsExactly("丙.xlsx", "乙.xlsx", "合议.txt", "甲.xlsx");
    assertThat(inbox.resolve("某项目专家评分")).doesNotExist();
  }

  @Test
  void aSubFolderWithoutTheMarkerIsLeftAlone() throws Exception {
    Path waiting = Files.createDirectories(inbox.resolve("还没交齐"));
    copy(waiting, "甲", 40, 50);
    copy(waiting, "乙", 30, 54);
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isZero();
    }

    assertThat(names(waiting)).containsExactly("乙.xlsx", "甲.xlsx");
    assertThat(names(folder.out())).isEmpty();
  }

  @Test
  void copiesOfDifferentTreesGoToTheFailedFolderWithAReason() throws Exception {
    Path panel = Files.createDirectories(inbox.resolve("不一致"));
    copy(panel, "甲", 40, 50);
    settled(
        TestWorkbooks.evaluation()
            .project("项目名称", "另一个项目")
            .project("评价人", "乙")
            .indicator("A", "决策", 100)
            .leaf("A1", "依据", 40)
            .manual(40)
            .leaf("A2", "目标", 60)
            .manual(60)
            .saveTo(panel.resolve("乙.xlsx")));
    marker(panel);
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      watcher.poll();
      assertThat(watcher.panelsFailed()).isEqualTo(1);
    }

    Path failed = folder.failed().resolve("不一致");
    assertThat(names(failed)).contains("错误说明.txt", "甲.xlsx", "乙.xlsx");
    assertThat(Files.readString(failed.resolve("错误说明.txt"), StandardCharsets.UTF_8))
        .contains("未能合议", "另一个项目");
    assertThat(names(folder.out())).isEmpty();
  }

  @Test
  void aPanelClaimLeftByAProcessThatDiedGoesBackToTheInbox() throws Exception {
    DropFolder folder = DropFolder.at(inbox);
    folder.createFolders();
    Owner dead = new Owner(Owner.fresh().host(), Long.MAX_VALUE - 1, "dead");
    Path claimed =
        Files.createDirectories(
            folder
                .work()
                .resolve(Claim.nameFor(dead, System.currentTimeMillis(), "某项目", ".panel")));
    copy(claimed, "甲", 40, 50);
    copy(claimed, "乙", 30, 54);
    marker(claimed);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      watcher.poll();
      watcher.poll();
    }

    assertThat(folder.out().resolve("某项目.合议.xlsx")).exists();
    assertThat(names(folder.archive().resolve("某项目"))).contains("甲.xlsx", "乙.xlsx");
  }
}
