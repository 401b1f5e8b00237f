package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.score.Scorer;
import org.scorebook.testing.EvaluationBuilder;

/** Collecting, sorting and the 总览 figures, without any workbook. */
class DepartmentConsolidationTest {

  /** Only against a hang if the first file were never released; not a speed requirement. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @Test
  void entriesComeBackInInputOrderWithTwoThreadsAndProgressCountsToTheEnd() throws Exception {
    List<Path> files = IntStream.range(0, 50).mapToObj(i -> Path.of("f" + i + ".xlsx")).toList();
    List<Integer> progress = new ArrayList<>();
    List<Path> finished = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch secondFinished = new CountDownLatch(1);
    Collector collector =
        new Collector(
            file -> {
              if (file.equals(files.get(0))) {
                awaitOrFail(secondFinished); // the first file finishes only after the second one
              }
              Outcome outcome =
                  Scorebook.score(file); // a missing file: a failed outcome, never an exception
              finished.add(file);
              if (file.equals(files.get(1))) {
                secondFinished.countDown();
              }
              return outcome;
            },
            2);

    List<Entry> entries = collector.collect(files, progress::add);

    assertThat(finished.indexOf(files.get(1))).isLessThan(finished.indexOf(files.get(0)));
    assertThat(entries).extracting(Entry::file).containsExactlyElementsOf(files);
    assertThat(entries).allMatch(e -> e instanceof Problem p && p.unreadable());
    assertThat(progress).hasSize(50).endsWith(50);
  }

  @Test
  void aWorkbookWithTwoProjectsGivesARowForEachAndCountsAsOneWorkbookDone() throws Exception {
    Path file = Path.of("两个项目.xlsx");
    Outcome twoProjects =
        Outcome.of(file, List.of(project("甲", 90), project("乙", 89.99)), List.of());
    List<Integer> progress = new ArrayList<>();

    List<Entry> entries = new Collector(f -> twoProjects, 1).collect(List.of(file), progress::add);

    assertThat(entries)
        .extracting(e -> ((ProjectResult) e).name(), e -> ((ProjectResult) e).grade())
        .containsExactly(tuple("甲", "优"), tuple("乙", "良"));
    assertThat(entries).extracting(Entry::file).containsExactly(file, file);
    assertThat(progress).containsExactly(1);
  }

  @Test
  void aProjectWithErrorsBesideACleanOneIsAProblemAndTheCleanOneARow() throws Exception {
    Path file = Path.of("两个项目.xlsx");
    Scorecard withErrors =
        Scorer.score(EvaluationBuilder.evaluation().manual("A", "x", 50, 55).build());
    Outcome outcome =
        Outcome.of(file, List.of(project("甲", 90), Outcome.Project.of(withErrors)), List.of());
    List<Path> files = List.of(file, file, file);

    List<Entry> entries = new Collector(f -> outcome, 2).collect(files, done -> {});

    assertThat(entries).hasSize(6);
    for (int i = 0; i < 6; i += 2) {
      assertThat(entries.get(i)).isInstanceOf(ProjectResult.class);
      assertThat(entries.get(i + 1))
          .isInstanceOfSatisfying(
              Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.ERRORS));
    }
  }

  /** A template workbook's project named {@code name}, scored {@code score} of 100. */
  private static Outcome.Project project(String name, double score) {
    return Outcome.Project.of(
        Scorer.score(
            EvaluationBuilder.evaluation()
                .project(ProjectInfo.NAME, name)
                .manual("A", "x", 100, score)
                .build()));
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the second file was never scored while the first one waited");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while the first file waited", e);
    }
  }

  @Test
  void statisticsCountOnlyProjectsAndExecutionRateOnlyThoseWithBothAmounts() {
    Consolidation consolidation =
        Consolidation.of(
            List.of(
                project("b.xlsx", "乙", 90, "优", OptionalDouble.of(100), OptionalDouble.of(80)),
                new Problem(
                    Path.of("x.xlsx"),
                    Problem.Kind.UNREADABLE,
                    Optional.empty(),
                    OptionalLong.empty(),
                    List.of("无法读取")),
                project("a.xlsx", "甲", 70, "中", OptionalDouble.empty(), OptionalDouble.of(50)),
                project("c.xlsx", "丙", 80, "良", OptionalDouble.of(10), OptionalDouble.of(10))),
            SortOrder.SCORE,
            Kinds.ALL.identities());

    assertThat(consolidation.projects())
        .extracting(ProjectResult::score)
        .containsExactly(90.0, 80.0, 70.0);
    assertThat(consolidation.workbooks()).isEqualTo(4);
    assertThat(consolidation.meanScore()).hasValue(80);
    assertThat(consolidation.totalSpending()).isEqualTo(140);
    assertThat(consolidation.totalBudget()).isEqualTo(110);
    assertThat(consolidation.executionRate()).hasValue(90.0 / 110);
    assertThat(consolidation.gradeCounts())
        .containsExactly(
            Map.entry("优", 1), Map.entry("良", 1), Map.entry("中", 1), Map.entry("差", 0));
    assertThat(Consolidation.of(List.of(), SortOrder.FILE, Kinds.ALL.identities()).meanScore())
        .isEmpty();
  }

  @Test
  void sortByScoreBreaksTiesByName() {
    List<Entry> entries =
        List.of(
            project("1.xlsx", "乙", 80, "良", OptionalDouble.empty(), OptionalDouble.empty()),
            project("2.xlsx", "甲", 80, "良", OptionalDouble.empty(), OptionalDouble.empty()));

    assertThat(Consolidation.of(entries, SortOrder.SCORE, Kinds.ALL.identities()).projects())
        .extracting(p -> p.file().toString())
        .containsExactly("2.xlsx", "1.xlsx");
    assertThat(Consolidation.of(entries, SortOrder.FILE, Kinds.ALL.identities()).projects())
        .extracting(p -> p.file().toString())
        .containsExactly("1.xlsx", "2.xlsx");
  }

  @Test
  void copiesOfOneProjectCountOnceScoredOutputFirstThenNewest() {
    Instant older = Instant.parse("2026-11-01T08:00:00Z");
    Instant newer = Instant.parse("2026-11-02T08:00:00Z");
    List<Entry> entries =
        List.of(
            project("评价.xlsx", "网站运维", 80, false, newer),
            project("已评分/评价.xlsx", "网站运维", 80, true, older),
            project("旧.xlsx", "视频会议", 70, false, older),
            project("新.xlsx", "视频会议", 75, false, newer));

    Consolidation consolidation = Consolidation.of(entries, SortOrder.FILE, Kinds.ALL.identities());

    assertThat(consolidation.projects())
        .extracting(p -> p.file().toString())
        .containsExactlyInAnyOrder("已评分/评价.xlsx", "新.xlsx");
    assertThat(consolidation.problems())
        .extracting(p -> p.file().toString())
        .containsExactly("评价.xlsx", "旧.xlsx");
    assertThat(consolidation.problems()).allMatch(p -> p.kind() == Problem.Kind.DUPLICATE);
    assertThat(consolidation.problems().get(0).messages().get(0)).contains("已评分/评价.xlsx");
    assertThat(consolidation.meanScore()).hasValue(77.5);
    assertThat(consolidation.needsFixing()).isFalse();
  }

  private static ProjectResult project(
      String file,
      String name,
      double score,
      String grade,
      OptionalDouble budget,
      OptionalDouble spending) {
    return new ProjectResult(
        Path.of(file),
        WorkbookKind.CONTRACT_V1,
        name,
        "",
        "",
        budget,
        spending,
        score,
        grade,
        List.of("", "", "", ""),
        List.of(new Entry.LevelRate("决策", OptionalDouble.of(score / 100))),
        false,
        Instant.EPOCH);
  }

  private static ProjectResult project(
      String file, String name, double score, boolean scored, Instant modified) {
    return new ProjectResult(
        Path.of(file),
        WorkbookKind.CONTRACT_V1,
        name,
        "",
        "",
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        score,
        "良",
        List.of("", "", "", ""),
        List.of(new Entry.LevelRate("决策", OptionalDouble.of(score / 100))),
        scored,
        modified);
  }
}
