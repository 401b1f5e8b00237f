package org.scorebook.style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.scorebook.style.PartXml.Attribute;
import org.scorebook.style.PartXml.Element;

/**
 * What must hold of a styles part StylesPart wrote, whatever was asked: its lists in the schema's
 * order, each {@code count} right, every element that was there kept byte for byte (a list's
 * entries first, in their order), and no entry appended that equals another.
 */
final class PartChecks {
  static final List<String> ORDER =
      List.of(
          "numFmts",
          "fonts",
          "fills",
          "borders",
          "cellStyleXfs",
          "cellXfs",
          "cellStyles",
          "dxfs",
          "tableStyles",
          "colors",
          "extLst");
  private static final Set<String> LISTS =
      Set.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "dxfs");

  private PartChecks() {}

  static void check(byte[] before, byte[] after, SoftAssertions softly) throws IOException {
    Element old = PartXml.parse(before);
    Element now = PartXml.parse(after);
    softly.assertThat(now.qname).isEqualTo(old.qname);
    softly.assertThat(now.declarations).isEqualTo(old.declarations);
    softly.assertThat(now.attributes).isEqualTo(old.attributes);

    List<Integer> order = new ArrayList<>();
    for (Element child : now.children) {
      if (child.namespace.equals(now.namespace) && ORDER.contains(child.local)) {
        order.add(ORDER.indexOf(child.local));
      }
    }
    softly.assertThat(order).as("the lists' order").isSorted().doesNotHaveDuplicates();

    for (Element child : now.children) {
      if (LISTS.contains(child.local) && child.attribute("count") != null) {
        softly
            .assertThat(child.attribute("count"))
            .as("count of <%s>", child.qname)
            .isEqualTo(String.valueOf(child.children.size()));
      }
    }

    for (Element child : old.children) {
      Element same = find(now, child);
      softly.assertThat(same).as("<%s> is still there", child.qname).isNotNull();
      if (same == null) {
        continue;
      }
      if (LISTS.contains(child.local)) {
        softly.assertThat(same.children.size()).isGreaterThanOrEqualTo(child.children.size());
        for (int i = 0; i < child.children.size() && i < same.children.size(); i++) {
          softly
              .assertThat(text(same.children.get(i)))
              .as("entry %d of <%s>", i, child.qname)
              .isEqualTo(text(child.children.get(i)));
        }
        for (int i = child.children.size(); i < same.children.size(); i++) {
          String added = key(same.children.get(i));
          for (int j = 0; j < same.children.size(); j++) {
            if (j != i && !child.local.equals("cellStyleXfs")) {
              softly
                  .assertThat(key(same.children.get(j)))
                  .as("appended entry %d of <%s> equals entry %d", i, child.qname, j)
                  .isNotEqualTo(added);
            }
          }
        }
      } else {
        softly.assertThat(text(same)).as("<%s>", child.qname).isEqualTo(text(child));
      }
    }
    Element oldFormats = find(old, "numFmts");
    int kept = oldFormats == null ? 0 : oldFormats.children.size();
    Element formats = find(now, "numFmts");
    if (formats != null) {
      Set<String> ids = new HashSet<>();
      List<String> codes = new ArrayList<>();
      for (Element format : formats.children) {
        softly
            .assertThat(ids.add(format.attribute("numFmtId")))
            .as("the number format id %s twice", format.attribute("numFmtId"))
            .isTrue();
        codes.add(format.attribute("formatCode"));
      }
      for (int i = kept; i < codes.size(); i++) {
        softly
            .assertThat(codes.indexOf(codes.get(i)))
            .as("the number format %s appended though there", codes.get(i))
            .isEqualTo(i);
      }
    }
  }

  private static Element find(Element root, Element like) {
    for (Element child : root.children) {
      if (child.local.equals(like.local) && child.namespace.equals(like.namespace)) {
        return child;
      }
    }
    return null;
  }

  private static Element find(Element root, String local) {
    for (Element child : root.children) {
      if (child.local.equals(local) && child.namespace.equals(root.namespace)) {
        return child;
      }
    }
    return null;
  }

  private static String text(Element element) {
    return new String(element.bytes(), StandardCharsets.UTF_8);
  }

  /** An entry as what it says, whatever its prefixes and the order of its attributes. */
  private static String key(Element element) {
    Map<String, String> attributes = new TreeMap<>();
    for (Attribute a : element.attributes) {
      attributes.put("{" + a.namespace() + "}" + a.local(), a.value());
    }
    StringBuilder key = new StringBuilder("{" + element.namespace + "}" + element.local);
    key.append(attributes);
    key.append('[');
    for (Element child : element.children) {
      key.append(key(child));
    }
    return key.append(']').toString();
  }
}
