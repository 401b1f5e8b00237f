package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scorebook.watch.WatchFixtures.names;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.Outcome;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.ThreeProjectWorkbook;

/** A workbook of several projects in the drop folder: every report placed, every project named. */
class WatchSeveralProjectsTest {
  private static final String REPORTS = "单位.评价报告";
  private static final List<String> TWO_REPORTS = List.of("项目乙.评价报告.docx", "项目甲.评价报告.docx");

  @TempDir Path inbox;

  private List<Handled> watchOnce(DropFolder folder) throws Exception {
    List<Handled> handled = new ArrayList<>();
    try (Watcher watcher = new Watcher(folder, handled::add, Set.of(Outcome.OutputKind.REPORT))) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    return handled;
  }

  @Test
  void theReportsOfTheCleanProjectsGoInAFolderBesideTheAnnotatedCopy() throws Exception {
    settled(ThreeProjectWorkbook.saveTo(inbox.resolve("单位.xlsx")));
    DropFolder folder = DropFolder.at(inbox);

    Handled handled = watchOnce(folder).get(0);

    assertThat(handled.archived()).isFalse();
    assertThat(names(folder.failed()))
        .containsExactlyInAnyOrder("单位.xlsx", "单位.已标注.xlsx", "单位.错误说明.txt");
    assertThat(names(folder.failed().resolve(REPORTS))).containsExactlyElementsOf(TWO_REPORTS);
    assertThat(handled.outcome().outputs(Outcome.OutputKind.REPORT))
        .extracting(Outcome.Output::sheet, Outcome.Output::path)
        .containsExactly(
            tuple("项目一", folder.failed().resolve(REPORTS).resolve("项目甲.评价报告.docx")),
            tuple("项目二", folder.failed().resolve(REPORTS).resolve("项目乙.评价报告.docx")));
    assertThat(names(folder.out())).isEmpty();
  }

  @Test
  void theReasonFileNamesTheSheetOfTheProjectWithErrorsAndListsTheScoredOnes() throws Exception {
    settled(ThreeProjectWorkbook.saveTo(inbox.resolve("单位.xlsx")));
    DropFolder folder = DropFolder.at(inbox);

    watchOnce(folder);

    String reason =
        Files.readString(folder.failed().resolve("单位.错误说明.txt"), StandardCharsets.UTF_8);
    assertThat(reason)
        .contains("工作簿「单位.xlsx」有 3 个项目，其中 1 个有错误")
        .contains("工作表「项目三」的项目「项目丙」有错误")
        .contains("项目三表第")
        .contains("工作表「项目一」的项目「项目甲」：96.16 分（优）")
        .contains("工作表「项目二」的项目「项目乙」：96.16 分（优）");
    assertThat(reason.indexOf("项目丙")).isLessThan(reason.indexOf("项目甲"));
  }

  @Test
  void aCleanWorkbookOfSeveralProjectsHasEveryReportBesideTheScoredCopy() throws Exception {
    Path file = inbox.resolve("单位.xlsx");
    try (var workbook = new XSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      SelfEvaluationForms.form().sheetName("项目一").projectName("项目甲").fillInto(workbook);
      SelfEvaluationForms.form().sheetName("项目二").projectName("项目乙").fillInto(workbook);
      workbook.write(out);
    }
    settled(file);
    DropFolder folder = DropFolder.at(inbox);

    Handled handled = watchOnce(folder).get(0);

    assertThat(handled.archived()).isTrue();
    assertThat(names(folder.out())).containsExactly("单位.xlsx");
    assertThat(names(folder.out().resolve(REPORTS))).containsExactlyElementsOf(TWO_REPORTS);
    assertThat(handled.outcome().outputs(Outcome.OutputKind.REPORT))
        .allSatisfy(r -> assertThat(r.path()).startsWith(folder.out()).isRegularFile());
  }

  @Test
  void killedWhilePlacingTheReportsTheNextRunReplacesTheFolderWhole() throws Exception {
    DropFolder folder = DropFolder.at(inbox);
    folder.createFolders();
    Path claimed =
        ThreeProjectWorkbook.saveTo(
            folder
                .work()
                .resolve(Claim.nameFor(deadOwner(), System.currentTimeMillis(), "单位", ".xlsx")));
    // What the killed run left: this input's report folder, holding something else.
    Path earlier = Files.createDirectories(folder.failed().resolve(REPORTS));
    Files.writeString(earlier.resolve("项目甲.评价报告.docx"), "half");
    Files.writeString(earlier.resolve("旧.评价报告.docx"), "stale");

    List<Handled> handled = new ArrayList<>();
    try (Watcher watcher = new Watcher(folder, handled::add, Set.of(Outcome.OutputKind.REPORT))) {
      assertThat(watcher.poll()).isEqualTo(1);
    }

    assertThat(Files.exists(claimed)).isFalse();
    assertThat(handled.get(0).original()).isEqualTo(folder.failed().resolve("单位.xlsx"));
    assertThat(names(folder.failed().resolve(REPORTS))).containsExactlyElementsOf(TWO_REPORTS);
    assertThat(Files.size(folder.failed().resolve(REPORTS).resolve("项目甲.评价报告.docx")))
        .isGreaterThan(1000);
  }

  /** An owner whose process has ended, as after kill -9. */
  private static Owner deadOwner() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.waitFor();
    return new Owner(Owner.fresh().host(), process.pid(), "deadbeef");
  }
}
