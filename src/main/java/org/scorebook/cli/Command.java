package org.scorebook.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The commands, by the word typed after {@code scorebook}. Each knows where its help texts are
 * ({@code PREFIX.syntax}, {@code PREFIX.header}, {@code PREFIX.footer}) and which line points a
 * user who typed it wrongly to that help.
 */
enum Command {
  PROCESS("process", "cli.help.process", "cli.seeHelp"),
  VALIDATE("validate", "cli.help.validate", "cli.seeHelp"),
  TEMPLATE("template", "cli.help.template", "cli.seeHelp"),
  WATCH("watch", "watch.help", "watch.seeHelp"),
  SUMMARY("summary", "department.help", "department.seeHelp"),
  PANEL("panel", "panel.help", "panel.seeHelp"),
  MAIL("mail", "mail.help", "cli.seeHelp"),
  HELP("help", "", "cli.seeHelp"),
  VERSION("version", "", "cli.seeHelp");

  final String word;
  final String helpPrefix;
  final String seeHelpKey;

  Command(String word, String helpPrefix, String seeHelpKey) {
    this.word = word;
    this.helpPrefix = helpPrefix;
    this.seeHelpKey = seeHelpKey;
  }

  /** A command with its own help: every one but help and version themselves. */
  boolean hasHelp() {
    return !helpPrefix.isEmpty();
  }

  /** Every command with its own help, as a user would type them: process、validate、…、mail. */
  static String listed() {
    return Arrays.stream(values())
        .filter(Command::hasHelp)
        .map(c -> c.word)
        .collect(Collectors.joining("、"));
  }

  /** The command a user typed, by its word; help and version are asked for by options too. */
  static Optional<Command> named(String word) {
    for (Command command : values()) {
      if (command.word.equals(word)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
