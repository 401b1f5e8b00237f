package org.scorebook.partsave;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * What a package's relationship parts and content types say, as values that compare by meaning: the
 * same relationships written with other bytes, prefixes or order are equal.
 */
public final class PackageXml {
  private static final String RELS_FOLDER = "_rels/";

  private PackageXml() {}

  /**
   * Each relationship as id, type, mode and its target resolved to a part name, so {@code
   * worksheets/sheet1.xml} and {@code /xl/worksheets/sheet1.xml} from {@code xl/} are one target.
   */
  public static Set<String> relationships(String relsEntry, byte[] xml) throws IOException {
    Set<String> found = new HashSet<>();
    URI base = URI.create("/" + sourceOf(relsEntry));
    XmlCopy.forEachElement(
        xml,
        reader -> {
          if (reader.getLocalName().equals("Relationship")) {
            String mode = attribute(reader, "TargetMode", "Internal");
            String target = attribute(reader, "Target", "");
            String resolved = mode.equals("External") ? target : resolve(base, target);
            found.add(
                attribute(reader, "Id", "")
                    + '\n'
                    + attribute(reader, "Type", "")
                    + '\n'
                    + mode
                    + '\n'
                    + resolved);
          }
        });
    return found;
  }

  /** Defaults by extension and overrides by part name, both compared without case as OPC does. */
  public static Map<String, String> contentTypes(byte[] xml) throws IOException {
    Map<String, String> types = new HashMap<>();
    XmlCopy.forEachElement(
        xml,
        reader -> {
          switch (reader.getLocalName()) {
            case "Default" ->
                types.put(
                    "*." + attribute(reader, "Extension", "").toLowerCase(Locale.ROOT),
                    attribute(reader, "ContentType", ""));
            case "Override" ->
                types.put(
                    attribute(reader, "PartName", "").toLowerCase(Locale.ROOT),
                    attribute(reader, "ContentType", ""));
            default -> {}
          }
        });
    return types;
  }

  /**
   * The part a relationship part belongs to: {@code xl/_rels/workbook.xml.rels} → {@code
   * xl/workbook.xml}; the package's own is "".
   */
  public static String sourceOf(String relsEntry) {
    int folder = relsEntry.lastIndexOf(RELS_FOLDER);
    if (folder < 0 || !relsEntry.endsWith(".rels")) {
      return "";
    }
    String file = relsEntry.substring(folder + RELS_FOLDER.length(), relsEntry.length() - 5);
    return relsEntry.substring(0, folder) + file;
  }

  private static String resolve(URI base, String target) {
    try {
      return base.resolve(new URI(null, null, target, null)).normalize().getPath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return target;
    }
  }

  private static String attribute(XMLStreamReader reader, String name, String otherwise) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? otherwise : value;
  }
}
