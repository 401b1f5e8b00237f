package org.scorebook.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;

/**
 * The samples' data: read and scored as a user's workbook would be, they give the seed reports'
 * figures.
 */
class SampleScoresTest {

  /**
   * Seed 001's 表5: code, full score and score of every indicator (C1.2.1's score from the totals).
   */
  private static final String SEED_001_TABLE_5 =
      """
      A 10 9.00
      A1 6 6.00
      A1.1 2 2.00
      A1.2 2 2.00
      A1.3 2 2.00
      A2 4 3.00
      A2.1 2 2.00
      A2.2 2 1.00
      B 25 16.94
      B1 13 11.94
      B1.1 6 4.94
      B1.1.1 3 2.00
      B1.1.2 3 2.94
      B1.2 2 2.00
      B1.3 5 5.00
      B2 12 5.00
      B2.1 6 4.00
      B2.1.1 3 2.00
      B2.1.2 3 2.00
      B2.2 3 1.00
      B2.3 3 0.00
      C 65 61.18
      C1 28 27.56
      C1.1 12 12.00
      C1.1.1 12 12.00
      C1.2 10 9.56
      C1.2.1 5 5.00
      C1.2.2 5 4.56
      C1.3 6 6.00
      C1.3.1 6 6.00
      C2 37 33.62
      C2.1 19 16.62
      C2.1.1 4 4.00
      C2.1.2 5 4.35
      C2.1.3 5 4.57
      C2.1.4 5 3.70
      C2.2 8 7.00
      C2.2.1 2 2.00
      C2.2.2 2 1.00
      C2.2.3 2 2.00
      C2.2.4 2 2.00
      C2.3 10 10.00
      C2.3.1 10 10.00
      """;

  @Test
  void seed001GivesEveryFigureOfTable5() throws Exception {
    Scorecard card = score(SampleFiles.SEED_001);
    assertThat(card.messages()).isEmpty();
    Map<String, String> expected = new LinkedHashMap<>();
    SEED_001_TABLE_5
        .lines()
        .map(l -> l.trim().split(" "))
        .forEach(p -> expected.put(p[0], p[1] + " " + p[2]));
    Map<String, String> actual = new LinkedHashMap<>();
    for (ScoredIndicator indicator : card.indicators()) {
      actual.put(
          indicator.code(),
          Decimals.plain(indicator.full())
              + " "
              + Decimals.format2(indicator.score().orElseThrow()));
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(card.total()).hasValue(87.12);
    assertThat(card.grade()).contains("良");
  }

  @Test
  void department2018GivesSeed002sResults() throws Exception {
    Scorecard card = score(SampleFiles.DEPARTMENT_2018);
    assertThat(card.messages()).isEmpty();
    assertThat(card.levelOne())
        .extracting(
            i ->
                i.code()
                    + " "
                    + Decimals.plain(i.full())
                    + " "
                    + Decimals.format2(i.score().orElseThrow()))
        .containsExactly("A 13 11.00", "B 23 20.00", "C 64 57.20");
    assertThat(card.total()).hasValue(88.20);
    assertThat(card.grade()).contains("良");
  }

  /**
   * Each deliberate mistake gives one message at its cell, and C1, which Excel's check shows red
   * because of the repeated C1.1, says why; the accepted spellings give none.
   */
  @Test
  void mistakesSampleGivesOneMessagePerMistake() throws Exception {
    Scorecard card = score(SampleFiles.WITH_MISTAKES);
    List<String> located =
        card.messages().stream().map(m -> m.severity() + " " + m.where() + " " + m.code()).toList();
    assertThat(located)
        .containsExactly(
            "WARNING 指标评分!H5 A3",
            "ERROR 指标评分!C6 B",
            "ERROR 指标评分!D7 B1",
            "ERROR 指标评分!G8 B2",
            "ERROR 指标评分!G9 B3",
            "WARNING 指标评分!C11 C1",
            "WARNING 指标评分!I12 C1.1",
            "ERROR 指标评分!F13 C1.2",
            "ERROR 指标评分!A14 C1.1",
            "ERROR 指标评分!A17 C3.1");
    assertThat(card.messages().get(2).text()).contains("预算金", "预算金额");
    assertThat(card.messages().get(5).text()).contains("第 14 行", "C1.1", "红色");
    assertThat(card.messages().get(7).text()).contains("九十");
    assertThat(card.messages()).filteredOn(Message::isError).hasSize(7);
    assertThat(card.indicators())
        .filteredOn(i -> i.code().equals("A1") || i.code().equals("A2"))
        .extracting(i -> Decimals.format2(i.score().orElseThrow()))
        .containsExactly("3.00", "2.50");
    assertThat(card.total()).isEmpty();
  }

  @Test
  void theSelfEvaluationSampleScoresAsTheReadmeSays() throws Exception {
    Scorecard card = score(SampleFiles.SELF_EVALUATION);

    // 产出 15 + 5 + 10 + 5 + 10 × (1 − (2.5 − 2) ÷ 2) + 5; 效益 10 + 10 + 9 typed by hand in the
    // 达成 band; 满意度 10; 预算执行 10 × 5.6 ÷ 5.8 = 9.655… → 9.66.
    assertThat(card.levelOne())
        .extracting(
            i ->
                i.name()
                    + " "
                    + Decimals.plain(i.full())
                    + " "
                    + Decimals.format2(i.score().orElseThrow()))
        .containsExactly("产出指标 50 47.50", "效益指标 30 29.00", "满意度指标 10 10.00", "预算执行 10 9.66");
    assertThat(card.total()).hasValue(96.16);
    assertThat(card.grade()).contains("优");
    assertThat(card.messages())
        .extracting(m -> m.severity() + " " + m.where() + " " + m.code())
        .containsExactly("WARNING 项目支出绩效自评表!H17 平均故障修复时间", "WARNING 项目支出绩效自评表!F24 系统支撑审批办件量");
    assertThat(card.messages().get(0).text()).isEqualTo("原填写 8.00，计算结果 7.50");
  }

  private static Scorecard score(Path file) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.open(file, Kinds.ALL.readers())) {
      return Scorer.score(opened.evaluation());
    }
  }
}
