package org.scorebook.kinds.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checklist's patterns as review offices write them, read as Java patterns. */
class ChecklistPatternsTest {

  @Test
  void aBackslashBeforeChinesePunctuationIsDropped() {
    ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile("^\\《.+\\》\\（\\d{4}\\）");

    assertThat(compiled.translated()).isEqualTo("^《.+》（\\d{4}）");
    assertThat(compiled.pattern().orElseThrow().matcher("《养老服务条例》（2023）").find()).isTrue();
  }

  @Test
  void pythonNamedGroupsBecomeJavas() {
    ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile("^(?P<n>\\d+)-(?P=n)$");

    assertThat(compiled.pattern().orElseThrow().matcher("12-12").find()).isTrue();
    assertThat(compiled.pattern().orElseThrow().matcher("12-13").find()).isFalse();
  }

  @Test
  void chineseRangesAreReadAsWritten() {
    ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile("^[\\u4e00-\\u9fa5]+人次$");

    assertThat(compiled.pattern().orElseThrow().matcher("培训人次").find()).isTrue();
    assertThat(compiled.pattern().orElseThrow().matcher("training人次").find()).isFalse();
  }

  @Test
  void anUnclosedGroupIsSaidInChineseAtTheEnd() {
    ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile("(≥\\d+");

    assertThat(compiled.pattern()).isEmpty();
    assertThat(compiled.reason()).isEqualTo("到末尾时圆括号 ( 没有配对的 )");
  }

  @Test
  void aDanglingRepeatIsSaidInChineseAtItsCharacter() {
    ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile("*数量");

    assertThat(compiled.pattern()).isEmpty();
    assertThat(compiled.reason()).isEqualTo("第 1 个字符处* + ? 前面缺少要重复的内容");
  }
}
