package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.score.Scorer;

/** Names, escaping and recipient checks that need no server. */
class ResultMailTest {
  @Test
  void longNamesAreCutKeepingTheExtension() {
    String longName = "很".repeat(300) + ".xlsx";

    String shortName = ResultMail.shortName(longName);

    assertThat(shortName).endsWith("….xlsx");
    assertThat(shortName.codePointCount(0, shortName.length())).isEqualTo(ResultMail.MAX_NAME + 5);
    assertThat(ResultMail.shortName("评价.xlsx")).isEqualTo("评价.xlsx");
  }

  @Test
  void aWorkbookWithTwoProjectsGetsBothInTheBodyAndTheWorkbookToFixAttachedOnce() {
    Scorecard clean =
        Scorer.score(
            evaluation().project(ProjectInfo.NAME, "甲项目").manual("A", "x", 100, 90).build());
    Scorecard withErrors =
        Scorer.score(
            evaluation().project(ProjectInfo.NAME, "乙项目").manual("A", "x", 50, 55).build());
    List<Scorecard> cards = List.of(clean, withErrors);

    String text = MailBody.text(cards, "评价.xlsx");
    String html = MailBody.html(cards, "评价.xlsx");

    assertThat(text)
        .contains(
            "工作簿中有 2 个项目：1 个已评分，1 个有错误。",
            "项目：甲项目（工作表「指标评分」）",
            "总分：90.00 分，等级：优",
            "项目：乙项目（工作表「指标评分」）",
            "这个项目有 " + withErrors.errorCount() + " 个错误");
    assertThat(text.indexOf("甲项目")).isLessThan(text.indexOf("乙项目"));
    assertThat(html).contains("项目：甲项目", "项目：乙项目");
    for (String body : List.of(text, html)) {
      assertThat(body.split("附件「评价.xlsx」中出错的单元格已标红", -1)).hasSize(2);
      assertThat(body).doesNotContain("评分后的工作簿见附件");
    }
    assertThat(ResultMail.subject(cards, "评价.xlsx")).isEqualTo("【绩效评价】评价：2 个项目中 1 个有错误，请修改后重新提交");
  }

  @Test
  void htmlEscapesWorkbookText() {
    assertThat(MailBody.esc("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  }

  @Test
  void addressesWithControlCharactersOrSeveralAddressesAreRefused() {
    Recipients r =
        Recipients.check(
            List.of(
                "ok@example.com",
                "a@b.com\r\nBcc: evil@x.com",
                "x@y.com, z@w.com",
                "tab\t@x.com",
                "",
                "张三 <zhang@example.com>"));

    assertThat(r.keyForm()).containsExactly("ok@example.com", "zhang@example.com");
    assertThat(r.refused()).hasSize(3);
  }
}
