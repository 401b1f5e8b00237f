package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;

/** The shipped samples reproduce the seed reports' published numbers, leaf by leaf. */
class SeedGoldenTest {
  static final Path SEED_001 = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  static final Path DEPARTMENT_2018 = Path.of("samples/2018年上海市政府驻外办事处视频会议（运维）项目.xlsx");
  static final Path WITH_MISTAKES = Path.of("samples/带错误示例.xlsx");

  /**
   * Seed 001, 表5 (项目绩效评价得分情况表); C1.2.1 is missing from the printed table, the totals make it 5.00.
   */
  private static final Map<String, Double> SEED_001_TABLE_5 = new LinkedHashMap<>();

  static {
    Object[] table = {
      "A", 9.00, "A1", 6.00, "A1.1", 2.00, "A1.2", 2.00, "A1.3", 2.00, "A2", 3.00, "A2.1", 2.00,
      "A2.2", 1.00, "B", 16.94, "B1", 11.94, "B1.1", 4.94, "B1.1.1", 2.00, "B1.1.2", 2.94, "B1.2",
      2.00, "B1.3", 5.00, "B2", 5.00, "B2.1", 4.00, "B2.1.1", 2.00, "B2.1.2", 2.00, "B2.2", 1.00,
      "B2.3", 0.00, "C", 61.18, "C1", 27.56, "C1.1", 12.00, "C1.1.1", 12.00, "C1.2", 9.56, "C1.2.1",
      5.00, "C1.2.2", 4.56, "C1.3", 6.00, "C1.3.1", 6.00, "C2", 33.62, "C2.1", 16.62, "C2.1.1",
      4.00, "C2.1.2", 4.35, "C2.1.3", 4.57, "C2.1.4", 3.70, "C2.2", 7.00, "C2.2.1", 2.00, "C2.2.2",
      1.00, "C2.2.3", 2.00, "C2.2.4", 2.00, "C2.3", 10.00, "C2.3.1", 10.00,
    };
    for (int i = 0; i < table.length; i += 2) {
      SEED_001_TABLE_5.put((String) table[i], (Double) table[i + 1]);
    }
  }

  private static Scorecard scored(Path sample) {
    Outcome outcome = Scorebook.score(sample);
    assertThat(outcome.failure()).isEmpty();
    return outcome.scorecard().orElseThrow();
  }

  private static Map<String, Double> scores(Scorecard card) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (ScoredIndicator indicator : card.indicators()) {
      scores.put(indicator.code(), indicator.score().orElse(Double.NaN));
    }
    return scores;
  }

  @Test
  void seed001ScoresLeafByLeafAsThePublishedReport() {
    Scorecard card = scored(SEED_001);
    assertThat(card.messages()).noneMatch(m -> m.isError());
    assertThat(scores(card)).containsExactlyEntriesOf(SEED_001_TABLE_5);
    assertThat(card.levelOne())
        .extracting(i -> i.code() + " " + i.full() + " " + i.score().getAsDouble())
        .containsExactly("A 10.0 9.0", "B 25.0 16.94", "C 65.0 61.18");
    assertThat(card.total()).hasValue(87.12);
    assertThat(card.grade()).hasValue("良");
    assertThat(card.projectName()).isEqualTo("2017年合作交流综合信息服务平台建设运维项目");
  }

  @Test
  void seed001LevelOneRatesMatchTable3() {
    Scorecard card = scored(SEED_001);
    assertThat(card.levelOne())
        .extracting(i -> Math.round(i.rate().getAsDouble() * 10000) / 100.0)
        .containsExactly(90.0, 67.76, 94.12);
  }

  @Test
  void departmentSelfEvaluationScoresAsSeed002() {
    Scorecard card = scored(DEPARTMENT_2018);
    assertThat(card.messages()).noneMatch(m -> m.isError());
    assertThat(card.levelOne())
        .extracting(i -> i.code() + " " + i.full() + " " + i.score().getAsDouble())
        .containsExactly("A 13.0 11.0", "B 23.0 20.0", "C 64.0 57.2");
    assertThat(card.total()).hasValue(88.20);
    assertThat(card.grade()).hasValue("良");
  }

  @Test
  void sampleWithMistakesIsFlaggedAndGetsNoTotal() {
    Scorecard card = scored(WITH_MISTAKES);
    assertThat(card.errorCount()).isGreaterThanOrEqualTo(6);
    assertThat(card.warningCount()).isGreaterThanOrEqualTo(1);
    assertThat(card.total()).isEmpty();
    assertThat(card.grade()).isEmpty();
    assertThat(card.messages()).anySatisfy(m -> assertThat(m.text()).contains("是否是"));
    assertThat(card.messages()).anySatisfy(m -> assertThat(m.text()).contains("「九十」不是有效的数字"));
    assertThat(card.messages()).anySatisfy(m -> assertThat(m.text()).startsWith("原填写"));
  }
}
