package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The mail options of {@code process}: off by default, {@code --mail-to} implies {@code --mail}.
 */
class MailOptionsParserTest {
  @Test
  void mailIsOffByDefault() throws Exception {
    assertThat(OptionsParserTest.workbooks("process", "a.xlsx").mail()).isEqualTo(MailOptions.OFF);
  }

  @Test
  void readsMailOptionsAndSplitsAddresses() throws Exception {
    MailOptions mail =
        OptionsParserTest.workbooks(
                "process",
                "a.xlsx",
                "--mail-to",
                "a@x.cn，b@y.cn; c@z.cn",
                "--config",
                "m.properties",
                "--outbox",
                "ob")
            .mail();

    assertThat(mail)
        .isEqualTo(
            new MailOptions(
                true,
                List.of("a@x.cn", "b@y.cn", "c@z.cn"),
                Optional.of(Path.of("m.properties")),
                Optional.of(Path.of("ob"))));
    assertThat(OptionsParserTest.workbooks("process", "a.xlsx", "--mail").mail().enabled())
        .isTrue();
  }

  @Test
  void validateTakesNoMailOptions() {
    assertThatThrownBy(() -> OptionsParserTest.workbooks("validate", "a.xlsx", "--mail"))
        .hasMessage("validate：未知选项 --mail");
  }
}
