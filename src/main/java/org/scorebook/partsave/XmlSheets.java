package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.ooxml.Relationships;
import org.scorebook.write.Cells;
import org.scorebook.write.EditedSheet;
import org.scorebook.write.EditedSheets;

/**
 * The worksheets of an .xlsx package as {@link XmlSheet}s, found from the package's own parts (the
 * workbook part, its relationships, each sheet's relationships), each read only when first asked;
 * and what their edits give: the parts to write, and the relationships and content types to add.
 */
final class XmlSheets implements EditedSheets {
  static final String OFFICE_DOCUMENT = WorksheetScan.RELATIONSHIPS + "/officeDocument";
  static final String WORKSHEET = WorksheetScan.RELATIONSHIPS + "/worksheet";
  private static final String PACKAGE_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CONTENT_TYPES_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";

  /** Reads a package's parts by entry name ({@code xl/workbook.xml}); null for a missing one. */
  @FunctionalInterface
  interface PartReader {
    byte[] read(String entryName) throws IOException;
  }

  /**
   * A relationship: its id, type and target as the relationships part writes it (relative to the
   * source part's folder), or, as read, the target resolved to an entry name.
   */
  record Relationship(String id, String type, String target) {}

  /**
   * An override of {@code [Content_Types].xml}: a part name ({@code /xl/comments1.xml}) and type.
   */
  record ContentType(String partName, String contentType) {}

  /**
   * A worksheet of the package.
   *
   * @param relationships the sheet's relationships to parts by id, targets resolved to entry names
   * @param ids the ids of all its relationships, to parts or not (a link to a web page), taken
   * @param comments the entry of its comments part, if it has one
   */
  record SheetPart(
      String name,
      String partName,
      String relationshipsPart,
      Map<String, Relationship> relationships,
      Set<String> ids,
      Optional<String> comments) {}

  /** What the sheets share: the package's parts, its shared strings, and the names in use. */
  static final class Package {
    private final PartReader reader;
    private final List<String> sharedStrings;
    private final Set<String> names = new HashSet<>();

    Package(Set<String> entryNames, PartReader reader, List<String> sharedStrings) {
      this.reader = reader;
      this.sharedStrings = List.copyOf(sharedStrings);
      entryNames.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    }

    byte[] read(String entryName) throws IOException {
      byte[] bytes = reader.read(entryName);
      if (bytes == null) {
        throw new IOException("the package has no part " + entryName);
      }
      return bytes;
    }

    List<String> sharedStrings() {
      return sharedStrings;
    }

    /**
     * A part name not in the package yet: {@code prefix}, the lowest free number, {@code suffix}.
     */
    String newPartName(String prefix, String suffix) {
      for (int n = 1; ; n++) {
        String name = prefix + n + suffix;
        if (names.add(name.toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
    }

    /** A relationship id not in {@code ids}, which gets it. */
    String newId(Set<String> ids) {
      for (int n = 1; ; n++) {
        String id = "rId" + n;
        if (ids.add(id)) {
          return id;
        }
      }
    }
  }

  private final List<XmlSheet> sheets = new ArrayList<>();

  private XmlSheets(List<XmlSheet> sheets) {
    this.sheets.addAll(sheets);
  }

  /**
   * The worksheets of a package.
   *
   * @param entryNames every entry of the package, so that new parts get free names
   * @param reader reads an entry's bytes
   * @param sharedStrings the shared strings' texts, in order, as the cells' values refer to them
   */
  static XmlSheets read(Set<String> entryNames, PartReader reader, List<String> sharedStrings)
      throws IOException {
    Package pack = new Package(entryNames, reader, sharedStrings);
    String workbook =
        relationships(reader, "_rels/.rels").values().stream()
            .filter(r -> r.type().equals(OFFICE_DOCUMENT))
            .map(Relationship::target)
            .findFirst()
            .orElseThrow(() -> new IOException("the package names no workbook"));
    Map<String, Relationship> workbookRelationships =
        relationships(reader, relationshipsOf(workbook));
    List<XmlSheet> found = new ArrayList<>();
    for (String[] sheet : sheets(pack.read(workbook))) {
      Relationship target = workbookRelationships.get(sheet[1]);
      if (target == null || !target.type().equals(WORKSHEET)) {
        continue; // a chart sheet or a dialog sheet: no cells to write
      }
      String rels = relationshipsOf(target.target());
      List<Relationships.Relationship> written = written(reader, rels);
      Map<String, Relationship> own = internal(written, rels);
      Set<String> ids = new HashSet<>();
      written.stream()
          .map(Relationships.Relationship::id)
          .filter(Objects::nonNull)
          .forEach(ids::add);
      Optional<String> comments =
          own.values().stream()
              .filter(r -> r.type().equals(XmlSheet.COMMENTS_TYPE))
              .map(Relationship::target)
              .findFirst();
      found.add(
          new XmlSheet(
              new SheetPart(sheet[0], target.target(), rels, own, Set.copyOf(ids), comments),
              pack));
    }
    return new XmlSheets(found);
  }

  @Override
  public Optional<EditedSheet> find(String name) {
    for (XmlSheet sheet : sheets) {
      if (sheet.name().equalsIgnoreCase(name)) { // as Excel, and POI, compare sheet names
        return Optional.of(sheet);
      }
    }
    String wanted = Cells.trim(name);
    for (XmlSheet sheet : sheets) {
      if (Cells.trim(sheet.name()).equals(wanted)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  /** The worksheet whose part is the entry {@code partName}, if it is one of the package's. */
  Optional<XmlSheet> byPart(String partName) {
    return sheets.stream().filter(sheet -> sheet.partName().equals(partName)).findFirst();
  }

  @Override
  public List<EditedSheet> all() {
    return List.copyOf(sheets);
  }

  /**
   * What the edits give, for every changed sheet together.
   *
   * @param parts entry name → new bytes: changed worksheets, comments parts and drawings
   * @param relationships relationships part entry → relationships it must add
   * @param contentTypes overrides {@code [Content_Types].xml} must add
   * @param formulasRemoved sheet name → cells whose formula a value replaced
   * @param formulasStale sheet name → cells whose formula reads a result but keeps its old cached
   *     value, not calculated here
   */
  record Result(
      Map<String, byte[]> parts,
      Map<String, List<Relationship>> relationships,
      List<ContentType> contentTypes,
      Map<String, Set<CellAddress>> formulasRemoved,
      Map<String, Set<CellAddress>> formulasStale) {

    /**
     * Every entry to write over the original package: the parts, and the relationship parts and
     * content types with the additions made, read from {@code original}.
     */
    Map<String, byte[]> entries(PartReader original) throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>(parts);
      for (Map.Entry<String, List<Relationship>> added : relationships.entrySet()) {
        if (!added.getValue().isEmpty()) {
          entries.put(
              added.getKey(), withRelationships(original.read(added.getKey()), added.getValue()));
        }
      }
      if (!contentTypes.isEmpty()) {
        entries.put(
            "[Content_Types].xml",
            withContentTypes(original.read("[Content_Types].xml"), contentTypes));
      }
      return entries;
    }
  }

  /** The edits of every changed sheet. */
  Result write() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Map<String, List<Relationship>> relationships = new LinkedHashMap<>();
    List<ContentType> types = new ArrayList<>();
    Map<String, Set<CellAddress>> removed = new LinkedHashMap<>();
    Map<String, Set<CellAddress>> stale = new LinkedHashMap<>();
    for (XmlSheet sheet : sheets) {
      if (!sheet.changed()) {
        continue;
      }
      XmlSheet.Output output = sheet.write();
      parts.putAll(output.parts());
      if (!output.relationships().isEmpty()) {
        relationships.put(output.relationshipsPart(), output.relationships());
      }
      types.addAll(output.contentTypes());
      if (!output.formulasRemoved().isEmpty()) {
        removed.put(sheet.name(), new TreeSet<>(output.formulasRemoved()));
      }
      if (!output.formulasStale().isEmpty()) {
        stale.put(sheet.name(), new TreeSet<>(output.formulasStale()));
      }
    }
    return new Result(parts, relationships, types, removed, stale);
  }

  // Package XML

  /**
   * The relationships part of an entry: {@code xl/workbook.xml} → {@code
   * xl/_rels/workbook.xml.rels}.
   */
  static String relationshipsOf(String entryName) {
    int slash = entryName.lastIndexOf('/');
    return entryName.substring(0, slash + 1) + "_rels/" + entryName.substring(slash + 1) + ".rels";
  }

  /**
   * The entry a relationships part belongs to: {@code xl/_rels/workbook.xml.rels} → {@code
   * xl/workbook.xml}.
   */
  static String sourceOf(String relationshipsPart) {
    return PackageXml.sourceOf(relationshipsPart);
  }

  /** {@code target} relative to the folder of {@code source}: {@code ../comments1.xml}. */
  static String relative(String source, String target) {
    String[] from = source.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder path = new StringBuilder();
    for (int i = common; i < from.length - 1; i++) {
      path.append("../");
    }
    for (int i = common; i < to.length; i++) {
      path.append(to[i]);
      if (i < to.length - 1) {
        path.append('/');
      }
    }
    return path.toString();
  }

  /** A relationships part's internal relationships by id, targets resolved to entry names. */
  static Map<String, Relationship> relationships(PartReader reader, String relationshipsPart)
      throws IOException {
    return internal(written(reader, relationshipsPart), relationshipsPart);
  }

  /** The relationships a relationships part holds as written; none when there is no such part. */
  private static List<Relationships.Relationship> written(
      PartReader reader, String relationshipsPart) throws IOException {
    byte[] xml = reader.read(relationshipsPart);
    if (xml == null) {
      return List.of();
    }
    try {
      return Relationships.read(xml).all();
    } catch (XMLStreamException e) {
      throw new IOException("unreadable package XML", e);
    }
  }

  /** Those of {@code written} whose target is a part, by id, targets resolved to entry names. */
  private static Map<String, Relationship> internal(
      List<Relationships.Relationship> written, String relationshipsPart) {
    Map<String, Relationship> found = new LinkedHashMap<>();
    URI base = URI.create("/" + sourceOf(relationshipsPart));
    for (Relationships.Relationship r : written) {
      if (!"External".equals(r.targetMode())) {
        String target = r.target() == null ? "" : resolve(base, r.target());
        found.put(r.id(), new Relationship(r.id(), r.type(), target));
      }
    }
    return found;
  }

  private static String resolve(URI base, String target) {
    try {
      String path = base.resolve(new URI(null, null, target, null)).normalize().getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return target;
    }
  }

  /** Each sheet of the workbook part as {name, relationship id}, in order. */
  private static List<String[]> sheets(byte[] workbook) throws IOException {
    List<String[]> sheets = new ArrayList<>();
    XmlCopy.forEachElement(
        workbook,
        in -> {
          if (in.getLocalName().equals("sheet")) {
            sheets.add(
                new String[] {
                  in.getAttributeValue(null, "name"),
                  in.getAttributeValue(WorksheetScan.RELATIONSHIPS, "id")
                });
          }
        });
    return sheets;
  }

  /** {@code xml} (a relationships part, or null for none yet) with {@code added} appended. */
  static byte[] withRelationships(byte[] xml, List<Relationship> added) throws IOException {
    StringBuilder fragment = new StringBuilder();
    for (Relationship r : added) {
      fragment
          .append("<Relationship Id=\"")
          .append(Ooxml.attribute(r.id()))
          .append("\" Type=\"")
          .append(Ooxml.attribute(r.type()))
          .append("\" Target=\"")
          .append(Ooxml.attribute(r.target()))
          .append("\"/>");
    }
    String fresh =
        "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">" + fragment + "</Relationships>";
    return appendToRoot(xml, fresh, fragment.toString(), PACKAGE_RELATIONSHIPS);
  }

  /** {@code [Content_Types].xml} with {@code added} overrides appended. */
  static byte[] withContentTypes(byte[] xml, List<ContentType> added) throws IOException {
    StringBuilder fragment = new StringBuilder();
    for (ContentType type : added) {
      fragment
          .append("<Override PartName=\"")
          .append(Ooxml.attribute(type.partName()))
          .append("\" ContentType=\"")
          .append(Ooxml.attribute(type.contentType()))
          .append("\"/>");
    }
    return appendToRoot(xml, null, fragment.toString(), CONTENT_TYPES_NS);
  }

  /** {@code xml} with {@code fragment}'s elements added at the end of its root element. */
  private static byte[] appendToRoot(byte[] xml, String fresh, String fragment, String namespace)
      throws IOException {
    if (xml == null) {
      if (fresh == null) {
        throw new IOException("nothing to add to");
      }
      return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + fresh)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(xml.length + fragment.length() + 64);
      XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
      XMLStreamWriter out = XmlCopy.writer(bytes);
      out.writeStartDocument("UTF-8", "1.0");
      try {
        int depth = 0;
        while (in.hasNext()) {
          int event = in.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 1) {
              XmlCopy.startTag(in, out, n -> true);
            } else {
              XmlCopy.element(in, out);
              depth--;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            XmlCopy.fragment(out, fragment, Map.of("", namespace));
            out.writeEndElement();
            depth--;
          }
        }
      } finally {
        in.close();
      }
      out.writeEndDocument();
      out.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IOException("unreadable package XML", e);
    }
  }
}
