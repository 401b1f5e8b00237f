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

  public static Result run(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    return new Result(r.status(), r.out(), r.err());
  }
}
