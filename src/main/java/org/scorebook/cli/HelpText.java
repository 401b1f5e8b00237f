package org.scorebook.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.scorebook.model.Text;

/** How every command prints its {@code --help}: syntax, what it does, its options, examples. */
final class HelpText {
  private static final int WIDTH = 100;

  private HelpText() {}

  /**
   * The help of a command whose texts are {@code PREFIX.syntax}, {@code PREFIX.header}, {@code
   * PREFIX.footer}.
   */
  static void print(PrintStream out, String prefix, Options options) {
    String syntax = Text.get(prefix + ".syntax");
    String header = Text.get(prefix + ".header");
    String footer = Text.get(prefix + ".footer");
    PrintWriter writer = new PrintWriter(out, true);
    HelpFormatter formatter = HelpFormatter.builder().setShowSince(false).get();
    formatter.setSyntaxPrefix(Text.get("cli.help.usage"));
    formatter.printHelp(
        writer, WIDTH, syntax, "\n" + header + "\n\n", options, 2, 4, "\n" + footer, false);
    writer.flush();
  }
}
