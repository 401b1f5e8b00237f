package org.scorebook.cli;

/** Lets tests in other packages run the command line in-process. */
public final class CliAccess {
  public record Result(int status, String out, String err) {}

  private CliAccess() {}

  /** As {@link #run}, with {@code env} as the environment. */
  public static Result runWithEnv(java.util.Map<String, String> env, String... args) {
    CliRunner.Result r = CliRunner.runWithEnv(env, args);
    return new Result(r.status(), r.out(), r.err());
  }

  /** The listener {@code watch --mail} uses: {@code console} first, then the mail to {@code to}. */
  public static org.scorebook.watch.WatchListener mailingListener(org.scorebook.watch.WatchListener console,
      org.scorebook.mail.MailService mailer, java.util.List<String> to, java.io.PrintStream out) {
    return new MailingWatchListener(console, mailer,
        new MailOptions(true, to, java.util.Optional.empty(), java.util.Optional.empty()), out);
  }

  public static Result run(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    return new Result(r.status(), r.out(), r.err());
  }
}
