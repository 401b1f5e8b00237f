package org.scorebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules on the shape of the main code: method lengths, and each kind's particulars kept in its own
 * package under {@code kinds}, which the generic packages never import.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/scorebook");
  private static final int MAX_METHOD_LINES = 60;

  /**
   * Methods still longer than {@link #MAX_METHOD_LINES} lines, as package.Type#method; the list
   * only shrinks.
   */
  private static final Set<String> LONG_METHODS = Set.of();

  @Test
  void noMethodIsLongerThanSixtyLinesApartFromTheListedOnes() throws IOException {
    Set<String> tooLong = new TreeSet<>(longMethods());
    tooLong.removeAll(LONG_METHODS);
    assertEquals(Set.of(), tooLong, "methods over " + MAX_METHOD_LINES + " lines");
  }

  @Test
  void everyListedLongMethodIsStillLong() throws IOException {
    Set<String> shortNow = new TreeSet<>(LONG_METHODS);
    shortNow.removeAll(longMethods());
    assertEquals(Set.of(), shortNow, "listed as long but no longer: take them off the list");
  }

  /** The packages every kind shares, which take a kind's answers as parameters. */
  private static final List<String> GENERIC =
      List.of(
          "model",
          "read",
          "score",
          "validate",
          "write",
          "aids",
          "report",
          "template",
          "department");

  private static final Pattern NAMES_THE_FORM = Pattern.compile("SelfEvaluation|SELF_EVALUATION");

  private static final Pattern NAMES_KINDS = Pattern.compile("org\\.scorebook\\.kinds\\b");

  @Test
  void theSelfEvaluationFormIsNamedOnlyInTheKindsPackages() throws IOException {
    assertEquals(
        Set.of(),
        filesOutsideKindsMatching(NAMES_THE_FORM),
        "main code outside kinds naming the self-evaluation form");
  }

  @Test
  void noGenericPackageNamesTheKinds() throws IOException {
    Set<String> importing = new TreeSet<>();
    for (String file : filesOutsideKindsMatching(NAMES_KINDS)) {
      int slash = file.indexOf('/');
      if (slash > 0 && GENERIC.contains(file.substring(0, slash))) {
        importing.add(file);
      }
    }
    assertEquals(Set.of(), importing, "generic packages naming kinds");
  }

  /** Main code files outside org.scorebook.kinds whose text matches, as package/File. */
  private static Set<String> filesOutsideKindsMatching(Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path source : sources()) {
      String file =
          MAIN.relativize(source).toString().replace(source.getFileSystem().getSeparator(), "/");
      if (!file.startsWith("kinds/")
          && pattern.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()) {
        found.add(file);
      }
    }
    return found;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Every method and constructor in main code over the limit, as package.Type#method. */
  private static Set<String> longMethods() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path source : sources()) {
      String prefix = packageOf(source);
      for (MethodLengths.Method method :
          MethodLengths.of(Files.readString(source, StandardCharsets.UTF_8))) {
        if (method.lines() > MAX_METHOD_LINES) {
          found.add(prefix + method.key());
        }
      }
    }
    return found;
  }

  /** "style." for a file in org.scorebook.style, "" for one in org.scorebook. */
  private static String packageOf(Path source) {
    Path folder = MAIN.relativize(source).getParent();
    return folder == null
        ? ""
        : folder.toString().replace(source.getFileSystem().getSeparator(), ".") + ".";
  }
}
