package org.scorebook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked for, checked: the engine never sees a commons-cli type.
 *
 * @param out {@code --out}: a folder for process, a file for template; empty for the default
 * @param threads {@code --threads}: workbooks processed at once (1 by default)
 * @param mail {@code --mail} and friends (process only); {@link MailOptions#OFF} by default
 */
record CommandLineOptions(
    Command command, List<Path> paths, Optional<Path> out, boolean json, boolean inPlace, int threads,
    MailOptions mail) {

  enum Command {
    PROCESS("process"),
    VALIDATE("validate"),
    TEMPLATE("template"),
    HELP("help"),
    VERSION("version");

    final String word;

    Command(String word) {
      this.word = word;
    }
  }

  CommandLineOptions {
    paths = List.copyOf(paths);
  }

  /** Options without mail. */
  CommandLineOptions(Command command, List<Path> paths, Optional<Path> out, boolean json, boolean inPlace, int threads) {
    this(command, paths, out, json, inPlace, threads, MailOptions.OFF);
  }

  /** Options for a command that takes nothing else: help, version. */
  static CommandLineOptions bare(Command command, List<Path> topic) {
    return new CommandLineOptions(command, topic, Optional.empty(), false, false, 1);
  }
}
