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

  /** @param syntax, header, footer already-translated texts, usually {@code Text.get(...)} */
  static void print(PrintStream out, String syntax, String header, Options options, String footer) {
    PrintWriter writer = new PrintWriter(out, true);
    HelpFormatter formatter = HelpFormatter.builder().setShowSince(false).get();
    formatter.setSyntaxPrefix(Text.get("cli.help.usage"));
    formatter.printHelp(writer, WIDTH, syntax, "\n" + header + "\n\n", options, 2, 4, "\n" + footer, false);
    writer.flush();
  }

  /** The help of a command whose texts are {@code PREFIX.syntax}, {@code PREFIX.header}, {@code PREFIX.footer}. */
  static void print(PrintStream out, String prefix, Options options) {
    print(out, Text.get(prefix + ".syntax"), Text.get(prefix + ".header"), options, Text.get(prefix + ".footer"));
  }
}
