package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.scorebook.mail.MailException;
import org.scorebook.mail.MailService;
import org.scorebook.model.Text;

/**
 * {@code scorebook mail test ADDRESS} and {@code scorebook mail flush}. A person who flushes has just fixed
 * the server: flush sends every waiting message at once, back-off or not ({@code --all} is accepted and
 * means the same); the back-off is for the automatic retries of {@code watch} and {@code process}.
 */
final class MailCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  MailCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  int run(String... args) {
    try {
      CommandLine line = DefaultParser.builder().build().parse(options(), args);
      if (line.hasOption("help") || line.getArgList().isEmpty()) {
        return help();
      }
      return dispatch(line.getArgList(), line);
    } catch (ParseException e) {
      err.println(Text.get("cli.badOption", "mail", e.getMessage()));
      err.println(Text.get("cli.seeHelp"));
      return Cli.USAGE;
    } catch (UsageException e) {
      err.println(e.getMessage());
      return Cli.USAGE;
    }
  }

  private int dispatch(List<String> words, CommandLine line) throws UsageException {
    String word = words.get(0);
    if (word.equals("test") && words.size() == 2) {
      return test(open(line), words.get(1));
    }
    if (word.equals("flush") && words.size() == 1) {
      return flush(open(line));
    }
    throw new UsageException(Text.get("mail.unknownWord", String.join(" ", words)) + "\n" + Text.get("mail.help.syntax"));
  }

  private MailService open(CommandLine line) throws UsageException {
    MailOptions options = MailSetup.read(line);
    return MailSetup.open(new MailOptions(true, List.of(), options.config(), options.outbox()), env);
  }

  private int test(MailService mailer, String address) {
    try {
      mailer.sendTest(address);
      out.println(Text.get("mail.test.sent", address));
      return Cli.OK;
    } catch (MailException e) {
      err.println(e.getMessage());
      return Cli.PROBLEMS;
    }
  }

  private int flush(MailService mailer) {
    try {
      MailService.FlushResult result = mailer.flush(true);
      out.println(Text.get("mail.flush.result", result.sent(), result.failed(), result.waiting()));
      result.errors().forEach(e -> err.println(Text.get("mail.flush.error", e)));
      return result.failed() == 0 ? Cli.OK : Cli.PROBLEMS;
    } catch (IOException e) {
      err.println(Text.get("mail.flush.error", e.getMessage()));
      return Cli.PROBLEMS;
    }
  }

  private static Options options() {
    Options options = new Options();
    options.addOption(Option.builder("h").longOpt("help").desc(Text.get("cli.opt.help")).build());
    MailSetup.addSettingsOptions(options);
    options.addOption(Option.builder().longOpt("all").desc(Text.get("mail.opt.all")).build());
    return options;
  }

  private int help() {
    HelpText.print(out, "mail.help", options());
    return Cli.OK;
  }
}
