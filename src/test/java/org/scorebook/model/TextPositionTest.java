package org.scorebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Expected caret lines are spelled out: U+3000 (an ideographic space) pads a two-column character.
 */
class TextPositionTest {

  @Test
  void describeShowsTheCharacterCountedFromOne() {
    assertThat(new TextPosition("分值 * 满意读", 5).describe("未知名称「满意读」。"))
        .isEqualTo("第 6 个字符：未知名称「满意读」。");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneCountsOnceThoughJavaStoresItAsTwo() {
    String text = "𠀀值 + )";

    TextPosition close = TextPosition.ofCharIndex(text, 6);

    assertThat(close.index()).isEqualTo(5);
    assertThat(close.describe("右括号")).startsWith("第 6 个字符：");
  }

  @Test
  void anIndexPastTheEndIsTheEnd() {
    assertThat(TextPosition.ofCharIndex("分值 +", 99)).isEqualTo(new TextPosition("分值 +", 4));
    assertThatThrownBy(() -> new TextPosition("分值", 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void caretGoesUnderTheCharacterAfterChineseNames() {
    assertThat(new TextPosition("分值 * 满意读", 5).caret())
        .containsExactly("分值 * 满意读", "\u3000\u3000   ^");
  }

  @Test
  void caretCountsFullWidthCharactersAsTwoColumnsAndTheTimesSignAsOne() {
    assertThat(new TextPosition("（分值＋１）×２）", 8).caret())
        .containsExactly("（分值＋１）×２）", "\u3000\u3000\u3000\u3000\u3000\u3000 \u3000^");
  }

  @Test
  void caretCountsACharacterOutsideTheBasicPlaneAsOneWideCharacter() {
    assertThat(TextPosition.ofCharIndex("𠀀值 + )", 6).caret())
        .containsExactly("𠀀值 + )", "\u3000\u3000   ^");
  }

  @Test
  void lineBreaksAndInvisibleCharactersKeepTheirPlaceOnTheLine() {
    assertThat(new TextPosition("分值\n*\u200B2)", 6).caret())
        .containsExactly("分值↵*·2)", "\u3000\u3000    ^");
  }

  @Test
  void caretAtTheEndPointsPastTheLastCharacter() {
    assertThat(new TextPosition("分值 *", 4).caret()).containsExactly("分值 *", "\u3000\u3000  ^");
  }

  @Test
  void aLongTextIsCutAroundThePositionToSeventyTwoColumns() {
    String text = "a".repeat(100) + ")" + "b".repeat(100);

    assertThat(new TextPosition(text, 100).caret())
        .containsExactly(
            "..." + "a".repeat(24) + ")" + "b".repeat(41) + "...", " ".repeat(27) + "^");
  }

  @Test
  void aLongChineseTextKeepsTwelveCharactersBeforeThePosition() {
    String text = "满".repeat(50) + ")";

    assertThat(new TextPosition(text, 50).caret())
        .containsExactly("..." + "满".repeat(12) + ")", "   " + "\u3000".repeat(12) + "^");
  }

  @Test
  void aMessageWithAPositionShowsItInItsTextAndOneLine() {
    Message message =
        Message.error(
            CellRef.of("指标评分", 1, 3),
            "A",
            "未知名称「满意读」。",
            Optional.of(new TextPosition("分值 * 满意读", 5)));

    assertThat(message.problem()).isEqualTo("未知名称「满意读」。");
    assertThat(message.text()).isEqualTo("第 6 个字符：未知名称「满意读」。");
    assertThat(message.oneLine()).isEqualTo("错误 指标评分!D2 [A] 第 6 个字符：未知名称「满意读」。");
    assertThat(Message.error(CellRef.of("指标评分", 1, 3), "A", "公式是空的。").text()).isEqualTo("公式是空的。");
  }
}
