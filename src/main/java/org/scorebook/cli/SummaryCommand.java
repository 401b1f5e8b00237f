package org.scorebook.cli;

import java.io.PrintStream;

/** {@code scorebook summary}: not built yet. */
final class SummaryCommand {
  private final PrintStream out;
  private final PrintStream err;

  SummaryCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** @param args the arguments after the command word */
  int run(String... args) {
    err.println("summary: not built yet");
    return Cli.USAGE;
  }
}
