package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code watch --imap} is off unless asked for, and is in the help. */
class WatchImapOptionTest {
  @Test
  void imapIsOffByDefaultAndOnWithTheFlag() throws Exception {
    assertThat(OptionsParser.watch(OptionsParser.parse("watch", "收件箱")).imap()).isFalse();
    assertThat(OptionsParser.watch(OptionsParser.parse("watch", "收件箱", "--imap")).imap()).isTrue();
  }

  @Test
  void watchHelpNamesTheOption() {
    CliAccess.Result r = CliAccess.run("watch", "--help");

    assertThat(r.out()).contains("--imap", "收件邮箱");
  }
}
