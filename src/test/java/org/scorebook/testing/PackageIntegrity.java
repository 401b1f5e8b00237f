package org.scorebook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What makes Excel offer to repair a package, short of its schemas: a relationship whose target is
 * not in the package, a part with no content type, a part named twice in the content types.
 */
public final class PackageIntegrity {
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private PackageIntegrity() {}

  /** Asserts that {@code output} has none of these problems that {@code input} did not have. */
  public static void assertNoNewProblems(Path input, Path output) {
    Set<String> before = problems(ZipPackage.read(input));
    assertThat(problems(ZipPackage.read(output)))
        .as("%s: package problems the input did not have", output.getFileName())
        .isSubsetOf(before);
  }

  /** Every problem found, each as a line naming the part. */
  public static Set<String> problems(ZipPackage zip) {
    Set<String> found = new TreeSet<>();
    Set<String> names = new HashSet<>(zip.names());
    Document types = zip.xml(CONTENT_TYPES);
    Set<String> defaults = new HashSet<>();
    NodeList defaultList = types.getElementsByTagNameNS("*", "Default");
    for (int i = 0; i < defaultList.getLength(); i++) {
      defaults.add(
          ((Element) defaultList.item(i)).getAttribute("Extension").toLowerCase(Locale.ROOT));
    }
    Set<String> overridden = new HashSet<>();
    NodeList overrides = types.getElementsByTagNameNS("*", "Override");
    for (int i = 0; i < overrides.getLength(); i++) {
      String part = ((Element) overrides.item(i)).getAttribute("PartName");
      String name = part.startsWith("/") ? part.substring(1) : part;
      if (!overridden.add(name.toLowerCase(Locale.ROOT))) {
        found.add("content type given twice: " + name);
      }
    }
    for (String name : names) {
      if (name.endsWith("/") || name.equals(CONTENT_TYPES)) {
        continue;
      }
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (!overridden.contains(name.toLowerCase(Locale.ROOT)) && !defaults.contains(extension)) {
        found.add("no content type: " + name);
      }
      if (ZipPackage.isRels(name)) {
        String source = ZipPackage.sourceOf(name);
        for (ZipPackage.Relationship r : zip.relationships(source)) {
          if (!r.external() && !names.contains(r.target())) {
            found.add(name + ": " + r.id() + " points at a missing " + r.target());
          }
        }
      }
    }
    return found;
  }
}
