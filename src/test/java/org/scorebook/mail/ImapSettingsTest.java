package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mailbox settings: same file and precedence as SMTP, IMAPS by default, a required allow list.
 */
class ImapSettingsTest {
  @TempDir Path temp;

  private Optional<ImapSettings> load(String file, Map<String, String> env) throws Exception {
    Path config = Files.writeString(temp.resolve("mail.properties"), file);
    return ImapSettings.load(Optional.of(config), List.of(), env);
  }

  @Test
  void offWithoutAHost() throws Exception {
    assertThat(load("smtp.host=smtp.x.cn\n", Map.of())).isEmpty();
  }

  @Test
  void defaultsToImapsOnPort993AndTheInbox() throws Exception {
    ImapSettings s =
        load("imap.host=imap.x.cn\nimap.user=pj@x.cn\nimap.allow=@x.cn\n", Map.of()).orElseThrow();

    assertThat(s.security()).isEqualTo(ImapSettings.Security.SSL);
    assertThat(s.port()).isEqualTo(993);
    assertThat(s.protocol()).isEqualTo("imaps");
    assertThat(s.folder()).isEqualTo("INBOX");
    assertThat(s.password()).isEmpty();
  }

  @Test
  void noneMeansPlainAsItDoesForSmtp() throws Exception {
    for (String word : List.of("none", "plain", "None")) {
      ImapSettings s =
          load(
                  "imap.host=127.0.0.1\nimap.user=pj@x.cn\nimap.allow=@x.cn\nimap.security="
                      + word
                      + "\n",
                  Map.of())
              .orElseThrow();

      assertThat(s.security()).as(word).isEqualTo(ImapSettings.Security.PLAIN);
      assertThat(s.port()).as(word).isEqualTo(143);
    }
  }

  @Test
  void environmentVariablesWinOverTheFile() throws Exception {
    ImapSettings s =
        load(
                "imap.host=imap.x.cn\nimap.user=pj@x.cn\nimap.allow=@x.cn\nimap.folder=评价\n",
                Map.of(
                    "SCOREBOOK_IMAP_HOST", "127.0.0.1",
                    "SCOREBOOK_IMAP_SECURITY", "STARTTLS",
                    "SCOREBOOK_IMAP_PASSWORD", "pw",
                    "SCOREBOOK_IMAP_ALLOW", "Boss@Y.cn"))
            .orElseThrow();

    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.security()).isEqualTo(ImapSettings.Security.STARTTLS);
    assertThat(s.port()).isEqualTo(143);
    assertThat(s.password()).isEqualTo("pw");
    assertThat(s.folder()).isEqualTo("评价");
    assertThat(s.allow()).containsExactly("boss@y.cn");
  }

  @Test
  void allowsListedAddressesAndWholeDomainsOnly() throws Exception {
    ImapSettings s =
        load(
                "imap.host=h\nimap.user=u\nimap.allow=@czj.gov.cn， zhang@example.com; @county.cn\n",
                Map.of())
            .orElseThrow();

    assertThat(s.allows("Li.Si@CZJ.gov.cn")).isTrue();
    assertThat(s.allows("zhang@example.com")).isTrue();
    assertThat(s.allows("wang@example.com")).isFalse();
    assertThat(s.allows("x@evil.czj.gov.cn")).isFalse();
    assertThat(s.allows("x@czj.gov.cn.evil.com")).isFalse();
    assertThat(s.allows("no-at-sign")).isFalse();
  }

  @Test
  void aMissingAllowListOrUserOrABadValueIsExplainedInChinese() {
    assertThatThrownBy(() -> load("imap.host=h\nimap.user=u\n", Map.of()))
        .isInstanceOf(MailException.class)
        .hasMessageContaining("imap.allow");
    assertThatThrownBy(() -> load("imap.host=h\nimap.allow=@x.cn\n", Map.of()))
        .hasMessageContaining("imap.user");
    assertThatThrownBy(() -> load("imap.host=h\nimap.user=u\nimap.allow=x.cn\n", Map.of()))
        .hasMessage("imap.allow 中的「x.cn」不是邮件地址或 @域名");
    assertThatThrownBy(
            () -> load("imap.host=h\nimap.user=u\nimap.allow=@x\nimap.security=tls\n", Map.of()))
        .hasMessage("imap.security 应为 ssl、starttls 或 plain（或 none），而不是「tls」");
  }
}
