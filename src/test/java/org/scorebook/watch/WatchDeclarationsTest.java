package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.TargetForms;

/**
 * Target declarations in the drop folder: reviewed, and said to be reviewed, never given a score.
 */
class WatchDeclarationsTest {
  @TempDir Path inbox;

  private Handled watchOnce(DropFolder folder) throws Exception {
    List<Handled> handled = new ArrayList<>();
    try (Watcher watcher = new Watcher(folder, handled::add, Set.of())) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    return handled.get(0);
  }

  @Test
  void theReasonFileListsTheReviewedProjectsWithTheirSuggestedGradeNotAScore() throws Exception {
    TargetForms.LocalBuilder faulty =
        TargetForms.local()
            .sheetName("2.培训")
            .projectName("培训项目")
            .line(
                "项目总成本",
                l ->
                    new TargetForms.LocalLine(
                        l.first(), l.second(), l.third(), "≥48.14万元", l.explanation()));
    settled(
        TargetForms.saveAll(
            inbox.resolve("申报表.xlsx"),
            List.of(TargetForms.local().sheetName("1.护理").projectName("护理项目"), faulty)));
    DropFolder folder = DropFolder.at(inbox);

    Handled handled = watchOnce(folder);

    assertThat(handled.archived()).isFalse();
    String reason =
        Files.readString(folder.failed().resolve("申报表.错误说明.txt"), StandardCharsets.UTF_8);
    assertThat(reason)
        .contains("工作表「2.培训」的项目「培训项目」有错误")
        .contains("工作表「1.护理」的项目「护理项目」：审核通过，建议等级 优")
        .doesNotContain("0.00 分");
  }
}
