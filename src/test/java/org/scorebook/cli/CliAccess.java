package org.scorebook.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.mail.MailService;
import org.scorebook.watch.WatchListener;

/** Lets tests in other packages run the command line in-process. */
public final class CliAccess {
  public record Result(int status, String out, String err) {}

  private CliAccess() {}

  /** As {@link #run}, with {@code env} as the environment. */
  public static Result runWithEnv(Map<String, String> env, String... args) {
    CliRunner.Result r = CliRunner.runWithEnv(env, args);
    return new Result(r.status(), r.out(), r.err());
  }

  /** The listener {@code watch --mail} uses: {@code console} first, then the mail to {@code to}. */
  public static WatchListener mailingListener(
      WatchListener console, MailService mailer, List<String> to, PrintStream out) {
    return new MailingWatchListener(
        console, mailer, new MailOptions(true, to, Optional.empty(), Optional.empty()), out);
  }

  public static Result run(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    return new Result(r.status(), r.out(), r.err());
  }
}
