package org.scorebook.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.score.QualitativeBand.ACHIEVED;
import static org.scorebook.score.QualitativeBand.NOT_ACHIEVED;
import static org.scorebook.score.QualitativeBand.PARTLY_ACHIEVED;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualitativeBandTest {

  @Test
  void namesTheBandByItsFullWords() {
    assertThat(QualitativeBand.of("达成年度指标", "作用明显")).contains(ACHIEVED);
    assertThat(QualitativeBand.of("部分达成年度指标并具有一定效果", "作用明显")).contains(PARTLY_ACHIEVED);
    assertThat(QualitativeBand.of("未达成年度指标且效果较差", "作用明显")).contains(NOT_ACHIEVED);
  }

  @Test
  void namesTheBandByItsShortForm() {
    assertThat(QualitativeBand.of("达成", "很满意")).contains(ACHIEVED);
    assertThat(QualitativeBand.of(" 部分达成。", "很满意")).contains(PARTLY_ACHIEVED);
    assertThat(QualitativeBand.of("未达成", "很满意")).contains(NOT_ACHIEVED);
  }

  @Test
  void countsAnActualRepeatingTheTargetAsAchieved() {
    assertThat(QualitativeBand.of("有效提升", "有效提升")).contains(ACHIEVED);
    assertThat(QualitativeBand.of("作用 明显", "作用明显")).contains(ACHIEVED);
  }

  @Test
  void namesNoBandForOtherWordsOrAnEmptyActual() {
    assertThat(QualitativeBand.of("基本满意", "很满意")).isEmpty();
    assertThat(QualitativeBand.of("", "")).isEmpty();
  }

  @Test
  void achievedRunsFromEightyPercentIncludedToTheFullScore() {
    assertThat(ACHIEVED.allows(8, 10)).isTrue();
    assertThat(ACHIEVED.allows(10, 10)).isTrue();
    assertThat(ACHIEVED.allows(7.99, 10)).isFalse();
    assertThat(ACHIEVED.allows(10.01, 10)).isFalse();
  }

  @Test
  void partlyAchievedRunsFromSixtyPercentIncludedToEightyExcluded() {
    assertThat(PARTLY_ACHIEVED.allows(6, 10)).isTrue();
    assertThat(PARTLY_ACHIEVED.allows(7.99, 10)).isTrue();
    assertThat(PARTLY_ACHIEVED.allows(8, 10)).isFalse();
    assertThat(PARTLY_ACHIEVED.allows(5.99, 10)).isFalse();
  }

  @Test
  void notAchievedRunsFromZeroToSixtyPercentExcluded() {
    assertThat(NOT_ACHIEVED.allows(0, 10)).isTrue();
    assertThat(NOT_ACHIEVED.allows(5.99, 10)).isTrue();
    assertThat(NOT_ACHIEVED.allows(6, 10)).isFalse();
    assertThat(NOT_ACHIEVED.allows(-1, 10)).isFalse();
  }

  @Test
  void comparesBoundsAsDecimalsNotBinaryFractions() {
    // 0.6 × 3 is 1.7999999999999998 in binary arithmetic; 1.8 is the bound
    assertThat(PARTLY_ACHIEVED.allows(1.8, 3)).isTrue();
    assertThat(NOT_ACHIEVED.allows(1.8, 3)).isFalse();
  }

  @Test
  void explainsATypedScoreOutsideItsBand() {
    assertThat(PARTLY_ACHIEVED.problem(9, 10))
        .contains("得分 9 不在「部分达成年度指标并具有一定效果」的档次内：该档次的得分应不低于 6 且低于 8");
    assertThat(ACHIEVED.problem(3.5, 5)).contains("得分 3.5 不在「达成年度指标」的档次内：该档次的得分应在 4 至 5 之间（含两端）");
    assertThat(ACHIEVED.problem(4, 5)).isEqualTo(Optional.empty());
  }
}
