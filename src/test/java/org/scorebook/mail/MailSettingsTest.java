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
import org.scorebook.mail.MailSettings.Security;

/** Settings from a file, overridden by the (injected) environment; mail is off without a host. */
class MailSettingsTest {
  @TempDir Path temp;

  private Path file(String text) throws Exception {
    return Files.writeString(temp.resolve("scorebook-mail.properties"), text);
  }

  @Test
  void fileValuesWithDefaultPortForTheSecurity() throws Exception {
    Path f =
        file(
            "smtp.host=smtp.example.gov.cn\nsmtp.security=ssl\nsmtp.user=评价@example.gov.cn\nsmtp.password=秘密\n");

    MailSettings s = MailSettings.load(Optional.of(f), List.of(), Map.of()).orElseThrow();

    assertThat(s)
        .isEqualTo(
            new MailSettings(
                "smtp.example.gov.cn",
                465,
                Security.SSL,
                Optional.of("评价@example.gov.cn"),
                Optional.of("秘密"),
                "评价@example.gov.cn",
                MailSettings.DEFAULT_TIMEOUT_MILLIS));
    assertThat(s.toString()).doesNotContain("秘密");
  }

  @Test
  void plainMeansNoProtectionAsItDoesForImap() throws Exception {
    for (String word : List.of("plain", "none", "PLAIN")) {
      Path f = file("smtp.host=127.0.0.1\nsmtp.security=" + word + "\nmail.from=pj@x.cn\n");

      MailSettings s = MailSettings.load(Optional.of(f), List.of(), Map.of()).orElseThrow();

      assertThat(s.security()).as(word).isEqualTo(Security.NONE);
      assertThat(s.port()).as(word).isEqualTo(25);
    }
  }

  @Test
  void environmentOverridesTheFile() throws Exception {
    Path f = file("smtp.host=file.example\nsmtp.port=25\nmail.from=file@example.com\n");
    Map<String, String> env =
        Map.of(
            "SCOREBOOK_SMTP_HOST",
            "env.example",
            "SCOREBOOK_SMTP_PORT",
            "2525",
            "SCOREBOOK_SMTP_SECURITY",
            "STARTTLS",
            "SCOREBOOK_SMTP_PASSWORD",
            "pw");

    MailSettings s =
        MailSettings.load(Optional.empty(), List.of(temp.resolve("missing"), f), env).orElseThrow();

    assertThat(s.host()).isEqualTo("env.example");
    assertThat(s.port()).isEqualTo(2525);
    assertThat(s.security()).isEqualTo(Security.STARTTLS);
    assertThat(s.from()).isEqualTo("file@example.com");
    assertThat(s.password()).contains("pw");
    assertThat(s.sessionProperties().getProperty("mail.smtp.starttls.required")).isEqualTo("true");
    assertThat(s.sessionProperties().getProperty("mail.smtp.timeout")).isEqualTo("10000");
  }

  @Test
  void noHostMeansMailIsOff() throws Exception {
    assertThat(MailSettings.load(Optional.of(file("mail.from=a@b.c\n")), List.of(), Map.of()))
        .isEmpty();
    assertThat(MailSettings.load(Optional.empty(), List.of(temp.resolve("none")), Map.of()))
        .isEmpty();
  }

  @Test
  void badValuesAreExplainedInChinese() throws Exception {
    assertThatThrownBy(
            () ->
                MailSettings.load(
                    Optional.empty(),
                    List.of(),
                    Map.of(
                        "SCOREBOOK_SMTP_HOST",
                        "h",
                        "SCOREBOOK_SMTP_SECURITY",
                        "tls",
                        "SCOREBOOK_MAIL_FROM",
                        "a@b.c")))
        .hasMessage("smtp.security 应为 none（或 plain）、starttls 或 ssl，而不是「tls」");
    assertThatThrownBy(
            () ->
                MailSettings.load(
                    Optional.empty(),
                    List.of(),
                    Map.of(
                        "SCOREBOOK_SMTP_HOST",
                        "h",
                        "SCOREBOOK_SMTP_PORT",
                        "70000",
                        "SCOREBOOK_MAIL_FROM",
                        "a@b.c")))
        .hasMessage("smtp.port 应为 1 至 65535 的整数，而不是「70000」");
    assertThatThrownBy(
            () ->
                MailSettings.load(Optional.empty(), List.of(), Map.of("SCOREBOOK_SMTP_HOST", "h")))
        .hasMessageContaining("缺少发件人");
    assertThatThrownBy(
            () ->
                MailSettings.load(
                    Optional.of(temp.resolve("absent.properties")), List.of(), Map.of()))
        .hasMessage("无法读取邮件设置文件 " + temp.resolve("absent.properties") + "：文件不存在");
  }

  @Test
  void aSettingsFileThatIsNotUtf8OrHasABadEscapeIsExplainedInChinese() throws Exception {
    Path gbk =
        Files.write(temp.resolve("gbk.properties"), "mail.from=评价@example.cn\n".getBytes("GBK"));
    Path escape = file("mail.from=\\uZZZZ\n");

    assertThatThrownBy(() -> MailSettings.load(Optional.of(gbk), List.of(), Map.of()))
        .hasMessage("无法读取邮件设置文件 " + gbk + "：文件不是 UTF-8 编码，请用记事本“另存为”UTF-8");
    assertThatThrownBy(() -> MailSettings.load(Optional.of(escape), List.of(), Map.of()))
        .hasMessageEndingWith("：文件中有写错的 \\u 转义（反斜杠后跟 u 应为四位十六进制数字）");
  }
}
