package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
