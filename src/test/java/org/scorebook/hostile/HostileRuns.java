package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.scorebook.cli.CliAccess;

/**
 * Runs {@code process} and {@code validate} on a hostile file, in-process or as a child JVM, and
 * checks the common promises.
 */
final class HostileRuns {
  /** A hang guard, not a speed requirement. */
  static final Duration HANG_GUARD = Duration.ofSeconds(60);

  record Run(int status, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private HostileRuns() {}

  static Run inProcess(String... args) {
    CliAccess.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> CliAccess.run(args));
    return new Run(r.status(), r.out(), r.err());
  }

  /**
   * {@code scorebook args…} in a fresh JVM limited to 256 MB of heap, as a small server would run
   * it.
   */
  static Run childJvm(Path logDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dstderr.encoding=UTF-8");
    command.add("-Dscorebook.log.dir=" + logDir);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.scorebook.cli.Main");
    command.addAll(List.of(args));
    return assertTimeoutPreemptively(
        HANG_GUARD.multipliedBy(2),
        () -> {
          Path out = Files.createTempFile(logDir, "out", ".txt");
          Path err = Files.createTempFile(logDir, "err", ".txt");
          Process process =
              new ProcessBuilder(command)
                  .redirectOutput(out.toFile())
                  .redirectError(err.toFile())
                  .start();
          try {
            if (!process.waitFor(HANG_GUARD.toSeconds() * 2, TimeUnit.SECONDS)) {
              throw new AssertionError("child JVM did not finish: " + command);
            }
          } finally {
            process.destroyForcibly();
          }
          return new Run(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
        });
  }

  /** No stack trace, nothing in English from a library, on the console. */
  static void assertNoStackTrace(Run run) {
    assertThat(run.all())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("Error:")
        .doesNotContain("OutOfMemory");
  }

  /**
   * The promises for a file that cannot be read: one line naming the file with the reason, status
   * 1, no stack trace, and nothing written to {@code outDir} (no output, no temporary file).
   */
  static void assertRefused(Run run, Path file, Path outDir, String reason) {
    assertThat(run.status()).as(run.all()).isEqualTo(1);
    assertNoStackTrace(run);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).as(run.all()).hasSize(1);
    assertThat(lines.get(0)).contains(file.toString()).contains("无法读取").contains(reason);
    assertThat(run.err()).isEmpty();
    if (outDir != null) {
      assertThat(filesIn(outDir)).as("nothing written for an unreadable input").isEmpty();
    }
  }

  static List<Path> filesIn(Path folder) {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
