package org.scorebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main code stand in floors, and a package uses only packages on lower floors:
 * the picture in the README's architecture section, with no arrow running up and no circle. A new
 * package has to be given its floor here.
 */
class PackageLayersTest {
  private static final Path MAIN = Path.of("src/main/java/org/scorebook");
  private static final String ROOT = "(root)";

  /** Bottom first; packages on one floor do not use each other. */
  private static final List<Set<String>> FLOORS =
      List.of(
          Set.of("model", "ooxml"),
          Set.of("files", "formula"),
          Set.of("validate", "style"),
          Set.of("score", "read", "aids", "report"),
          Set.of("write", "template"),
          Set.of("partsave"),
          Set.of("save"),
          Set.of("kinds"),
          Set.of(ROOT),
          Set.of("department", "panel", "mail"),
          Set.of("watch"),
          Set.of("mailbox"),
          Set.of("cli"));

  private static final Pattern USE =
      Pattern.compile("\\borg\\.scorebook\\.((?:[a-z]\\w*\\.)*)[A-Z]");

  @Test
  void everyPackageHasAFloor() {
    assertThat(floorless(uses().keySet())).isEmpty();
  }

  @Test
  void noPackageUsesOneOnItsOwnFloorOrAbove() {
    List<String> upward = new ArrayList<>();
    uses()
        .forEach(
            (from, targets) -> {
              for (String to : targets) {
                if (floor(to) >= floor(from)) {
                  upward.add(from + " → " + to);
                }
              }
            });
    assertThat(upward).isEmpty();
  }

  @Test
  void theCheckReadsCodeNotComments() {
    assertThat(packagesUsedBy("import org.scorebook.write.Cells;\n// org.scorebook.cli.Cli\n"))
        .containsExactly("write");
    assertThat(packagesUsedBy("/** {@link org.scorebook.Scorebook} */ class A {}")).isEmpty();
    assertThat(packagesUsedBy("String v = org.scorebook.Scorebook.version();"))
        .containsExactly(ROOT);
    assertThat(packagesUsedBy("import org.scorebook.kinds.tally.TallyKind;"))
        .containsExactly("kinds.tally");
    assertThat(floor("kinds.tally")).isEqualTo(floor("kinds")).isGreaterThan(floor("write"));
  }

  private static Set<String> floorless(Set<String> packages) {
    Set<String> missing = new TreeSet<>(packages);
    missing.removeIf(pkg -> floor(pkg) != Integer.MAX_VALUE);
    return missing;
  }

  private static int floor(String pkg) {
    String top = pkg.equals(ROOT) ? ROOT : pkg.split("\\.")[0];
    for (int i = 0; i < FLOORS.size(); i++) {
      if (FLOORS.get(i).contains(pkg) || FLOORS.get(i).contains(top)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Each package of the main code and the other packages its code (not its comments) names. */
  private static Map<String, Set<String>> uses() {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                String pkg = packageOf(f);
                Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                packagesUsedBy(read(f)).stream().filter(p -> !sameRoom(p, pkg)).forEach(used::add);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /**
   * A kind's own package counts with {@code kinds}: the rooms sit on the same floor as the list.
   */
  private static boolean sameRoom(String used, String pkg) {
    return used.equals(pkg) || (floor(used) == floor(pkg) && top(used).equals(top(pkg)));
  }

  private static String top(String pkg) {
    return pkg.split("\\.")[0];
  }

  private static String packageOf(Path file) {
    Path dir = MAIN.relativize(file.getParent());
    return dir.toString().isEmpty() ? ROOT : dir.toString().replace('/', '.');
  }

  private static Set<String> packagesUsedBy(String source) {
    Set<String> used = new TreeSet<>();
    Matcher m = USE.matcher(withoutComments(source));
    while (m.find()) {
      String pkg = m.group(1);
      used.add(pkg.isEmpty() ? ROOT : pkg.substring(0, pkg.length() - 1));
    }
    return used;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
