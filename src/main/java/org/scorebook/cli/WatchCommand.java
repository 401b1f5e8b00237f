package org.scorebook.cli;

import java.io.PrintStream;

/** {@code scorebook watch}: not built yet. */
final class WatchCommand {
  private final PrintStream out;
  private final PrintStream err;

  WatchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** @param args the arguments after the command word */
  int run(String... args) {
    err.println("watch: not built yet");
    return Cli.USAGE;
  }
}
