package org.scorebook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command line in-process with captured output, as a user's shell would see it. */
final class CliRunner {
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    return runWithEnv(Map.of(), args);
  }

  /** Runs with {@code env} instead of the real environment (mail settings). */
  static Result runWithEnv(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Cli(o, e, env).run(args);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private CliRunner() {}
}
