package org.scorebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules on the shape of the main code. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/scorebook");
  private static final int MAX_METHOD_LINES = 60;

  /**
   * Methods still longer than {@link #MAX_METHOD_LINES} lines, as package.Type#method; the list
   * only shrinks.
   */
  private static final Set<String> LONG_METHODS =
      Set.of(
          "aids.SheetXmlContent#cell",
          "write.SheetXmlPatch.Pass#writeFragment",
          "write.StreamingSave#plan",
          "write.XmlComments#copyComments",
          "write.XmlComments#readVml");

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

  /** Every method and constructor in main code over the limit, as package.Type#method. */
  private static Set<String> longMethods() throws IOException {
    Set<String> found = new TreeSet<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path source : sources) {
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
