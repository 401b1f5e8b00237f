package org.scorebook.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The programs some tests read our output with: LibreOffice ({@code soffice}) and poppler ({@code
 * pdftotext}, {@code pdftoppm}). Every test that needs one asks here, e.g. {@code Path soffice =
 * InstalledPrograms.libreOffice();}, and never skips on its own.
 *
 * <p>Where a program is missing the test is skipped on a developer's machine, but fails when the
 * environment says {@code CI=true}: CI installs these programs, so a missing one there is a broken
 * build, not a quiet pass.
 */
public final class InstalledPrograms {
  private static final List<String> FOLDERS =
      List.of("/usr/bin", "/usr/local/bin", "/opt/libreoffice/program");

  private InstalledPrograms() {}

  /** LibreOffice's {@code soffice}. */
  public static Path libreOffice() {
    return require("soffice", "LibreOffice (soffice)");
  }

  /** One of poppler's programs: {@code pdftotext}, {@code pdftoppm}. */
  public static Path poppler(String program) {
    return require(program, "poppler (" + program + ")");
  }

  private static Path require(String program, String what) {
    Optional<Path> found = find(program);
    if (found.isEmpty()) {
      failOrSkip(what, onCi(System.getenv("CI")));
    }
    return found.orElseThrow();
  }

  static Optional<Path> find(String program) {
    return FOLDERS.stream()
        .map(folder -> Path.of(folder, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Whether the {@code CI} environment variable asks for every test to run. */
  static boolean onCi(String ci) {
    return ci != null && ci.equalsIgnoreCase("true");
  }

  /** A failure on CI, a skip elsewhere. */
  static void failOrSkip(String what, boolean onCi) {
    String message = what + " is not installed";
    if (onCi) {
      throw new AssertionFailedError(
          message + ", and CI must run every test (.ci/run installs it)");
    }
    throw new TestAbortedException(message);
  }
}
