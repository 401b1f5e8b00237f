package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.score.Scorer;
import org.scorebook.testing.TestWorkbooks;

class IndicatorCodeStylesTest {

  /** The same tree in the template's letters: 决策 20 (立项 20 = 12 + 8), 效益 80. */
  private static TestWorkbooks.Builder tree(String... codes) {
    return TestWorkbooks.evaluation()
        .project("项目名称", "测试项目")
        .indicator(codes[0], "决策", 20)
        .indicator(codes[1], "立项", 20)
        .leaf(codes[2], "依据", 12)
        .manual(12)
        .leaf(codes[3], "程序", 8)
        .manual(6)
        .reason("程序不全")
        .indicator(codes[4], "效益", 80)
        .indicator(codes[5], "满意度", 80)
        .leaf(codes[6], "满意", 80)
        .manual(72)
        .reason("有投诉");
  }

  private static final String[] LETTERS = {"A", "A1", "A1.1", "A1.2", "B", "B1", "B1.1"};

  private static Scorecard score(TestWorkbooks.Builder builder) {
    return Scorer.score(builder.read());
  }

  private static List<String> shape(Scorecard card) {
    return card.indicators().stream()
        .map(i -> i.level() + " " + i.name() + " " + i.full() + " " + i.score())
        .toList();
  }

  private static List<String> texts(Scorecard card) {
    return card.messages().stream().map(m -> m.code() + " " + m.text()).toList();
  }

  @Test
  void digitCodesAreReadAsTheSameTreeAsLetterCodes() {
    Scorecard letters = score(tree(LETTERS));
    Scorecard digits = score(tree("1", "1.1", "1.1.1", "1.1.2", "2", "2.1", "2.1.1"));

    assertThat(digits.messages()).allMatch(m -> !m.isError());
    assertThat(shape(digits)).isEqualTo(shape(letters));
    assertThat(digits.total()).isEqualTo(letters.total()).hasValue(90.0);
    assertThat(digits.indicators()).extracting(ScoredIndicator::code).contains("1.1.2", "2.1.1");
  }

  @Test
  void outlineNumberingIsReadAsTheSameTreeAsLetterCodes() {
    Scorecard letters = score(tree(LETTERS));
    Scorecard outline = score(tree("一、", "（一）", "1.", "2.", "二、", "（一）", "1、"));

    assertThat(outline.messages()).allMatch(m -> !m.isError());
    assertThat(shape(outline)).isEqualTo(shape(letters));
    assertThat(outline.total()).hasValue(90.0);
  }

  @Test
  void outlineNumberingRestartsUnderEachParent() {
    Evaluation read = tree("一、", "（一）", "1.", "2.", "二、", "（一）", "1.").read();

    assertThat(read.indicators().rows())
        .extracting(r -> r.code() + "=" + r.shownCode())
        .containsExactly("A=一、", "A1=（一）", "A1.1=1.", "A1.2=2.", "B=二、", "B1=（一）", "B1.1=1.");
  }

  @Test
  void messagesNameTheIndicatorAsTheUserWroteIt() {
    Scorecard card =
        score(
            TestWorkbooks.evaluation()
                .project("项目名称", "测试项目")
                .indicator("一、", "决策", 100)
                .indicator("（一）", "立项", 100)
                .indicator("1.", "依据", 100)
                .leaf("（1）", "文件", 40)
                .manual("九十")
                .leaf("（2）", "程序", 60)
                .manual(60));

    assertThat(texts(card)).containsExactly("（1） 「九十」不是有效的数字");
  }

  @Test
  void aDigitCodeWhoseParentIsMissingIsNamedAsTyped() {
    Scorecard card = score(tree("1", "1.1", "1.1.1", "1.3.2", "2", "2.1", "2.1.1"));

    assertThat(texts(card)).contains("1.3.2 指标 1.3.2 的上级指标 1.3 不存在");
  }

  @Test
  void aDuplicateOutlineNumberUnderOneParentIsReportedAsTyped() {
    Scorecard card = score(tree("一、", "（一）", "1.", "1.", "二、", "（一）", "1."));

    assertThat(texts(card)).anyMatch(t -> t.startsWith("1. 指标编码 1. 重复"));
  }

  @Test
  void anOutlineNumberWithoutARowOfTheLevelAboveIsAnErrorAtItsCell() {
    Scorecard card = score(tree("一、", "1.", "（一）", "1.", "二、", "（一）", "1."));

    assertThat(card.messages())
        .filteredOn(m -> m.text().contains("上面没有上一级的指标"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.where().a1()).isEqualTo("A3");
              assertThat(m.code()).isEqualTo("1.");
              assertThat(m.isError()).isTrue();
            });
  }

  @Test
  void mixedStylesAreAnErrorAtTheFirstRowThatBreaksTheStyle() {
    Scorecard card = score(tree("1", "1.1", "A1.1", "A1.2", "二、", "2.1", "2.1.1"));

    List<Message> mixed =
        card.messages().stream().filter(m -> m.text().contains("写法与上面的行不同")).toList();
    assertThat(mixed).hasSize(1);
    assertThat(mixed.get(0).where().a1()).isEqualTo("A4");
    assertThat(mixed.get(0).isError()).isTrue();
    assertThat(mixed.get(0).text()).contains("「A1.1」", "1、1.1、1.1.1");
  }

  @Test
  void outlineNumberingFollowedByTheNameInTheSameCellGivesTheName() {
    Evaluation read =
        TestWorkbooks.evaluation()
            .indicator("一、项目决策", "", 100)
            .leaf("（一）立项", "", 100)
            .manual(90)
            .read();

    assertThat(read.indicators().rows())
        .extracting(r -> r.code() + " " + r.name())
        .containsExactly("A 项目决策", "A1 立项");
  }

  @Test
  void codeStylesAreReadFromAnXlsWorkbookToo() throws IOException {
    TestWorkbooks.Builder builder = tree("一、", "（一）", "1.", "2.", "二、", "（一）", "1.");
    byte[] bytes;
    try (HSSFWorkbook xls = builder.buildXls()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      xls.write(out);
      bytes = out.toByteArray();
    }
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "测试.xls", Kinds.ALL.readers()));
      assertThat(card.total()).hasValue(90.0);
    } catch (UnreadableWorkbookException e) {
      throw new AssertionError(e);
    }
  }
}
