package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.WorkbookView;

/**
 * The save that edits XML parts writes what POI's way writes: for every workbook it takes on, an
 * independent reader sees the same workbook as in POI's output with the same version and time.
 * Which workbooks it declines, and why, is printed.
 */
class StreamingSaveAgreesTest {
  private static final String VERSION = "test";
  private static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
  private static final List<String> DECLINED = new ArrayList<>();

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void writesWhatPoiWrites(String name, SavePathsAgreeTest.Workbooks.Maker maker) throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));
    byte[] original = Files.readAllBytes(input);
    Path poi = Files.createDirectories(folder.resolve("poi")).resolve(name);
    Path xml = Files.createDirectories(folder.resolve("xml")).resolve(name);
    Scorecard card;
    try (OpenedWorkbook opened = WorkbookReader.open(input)) {
      card = Scorer.score(opened.evaluation());
    }
    Optional<String> declined = StreamingSave.save(original, card, VERSION, WRITTEN_AT, xml);
    if (declined.isPresent()) {
      DECLINED.add(name + ": " + declined.get());
      assertThat(xml).doesNotExist();
      return;
    }
    try (OpenedWorkbook opened = WorkbookReader.open(input)) {
      WorkbookWriter.write(opened.workbook(), opened.original(), card, poi, VERSION, WRITTEN_AT);
    }
    WorkbookView.assertSameView(poi, xml);

    // processed again, as users reprocess results: each way from its own output
    Path poiAgain = Files.createDirectories(folder.resolve("poi-again")).resolve(name);
    Path xmlAgain = Files.createDirectories(folder.resolve("xml-again")).resolve(name);
    Scorecard again;
    try (OpenedWorkbook opened = WorkbookReader.open(xml)) {
      again = Scorer.score(opened.evaluation());
    }
    Optional<String> declinedAgain =
        StreamingSave.save(Files.readAllBytes(xml), again, VERSION, WRITTEN_AT, xmlAgain);
    if (declinedAgain.isPresent()) {
      DECLINED.add(name + " again: " + declinedAgain.get());
      return;
    }
    try (OpenedWorkbook opened = WorkbookReader.open(poi)) {
      WorkbookWriter.write(
          opened.workbook(),
          opened.original(),
          Scorer.score(opened.evaluation()),
          poiAgain,
          VERSION,
          WRITTEN_AT);
    }
    WorkbookView.assertSameView(poiAgain, xmlAgain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formulasOnlyPoiGetsRight")
  void aFormulaItCannotKeepCurrentIsLeftToPoi(
      String cell, Object formula, boolean saved, String why) throws Exception {
    TestWorkbooks.Builder builder =
        TestWorkbooks.evaluation()
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(90)
            .reason("扣 10 分")
            .sheet("附表")
            .cell("附表", "A1", formula);
    if (saved) {
      builder.formulaResultsSaved();
    }
    Path input =
        builder.saveTo(Files.createDirectories(folder.resolve("in")).resolve(cell + ".xlsx"));
    Path output = folder.resolve(cell + "-out.xlsx");
    Scorecard card;
    try (OpenedWorkbook opened = WorkbookReader.open(input)) {
      card = Scorer.score(opened.evaluation());
    }

    Optional<String> declined =
        StreamingSave.save(Files.readAllBytes(input), card, VERSION, WRITTEN_AT, output);

    assertThat(declined)
        .as(cell)
        .hasValueSatisfying(reason -> assertThat(reason).contains("附表!A1").contains(why));
    assertThat(output).doesNotExist();
  }

  static Stream<Arguments> formulasOnlyPoiGetsRight() {
    return Stream.of(
        Arguments.of("未保存结果", TestWorkbooks.formulaCell("1+1"), false, "no saved result"),
        Arguments.of("引用指标评分", TestWorkbooks.formulaCell("SUM(指标评分!H2:H3)"), true, "may refer"),
        Arguments.of("间接引用", TestWorkbooks.formulaCell("INDIRECT(\"B1\")"), true, "may refer"));
  }

  @AfterAll
  static void report() {
    DECLINED.forEach(line -> System.out.println("declined " + line));
  }

  /** The corpus the two ways of POI's save are compared on. */
  static Stream<Arguments> corpus() {
    return SavePathsAgreeTest.corpus();
  }
}
