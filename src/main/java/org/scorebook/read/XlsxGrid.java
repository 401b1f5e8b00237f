package org.scorebook.read;

import static org.scorebook.ooxml.StaxWalk.nextChild;
import static org.scorebook.ooxml.StaxWalk.skip;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.scorebook.ooxml.ContentTypes;
import org.scorebook.ooxml.ExcelEscapes;
import org.scorebook.ooxml.PackageException;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.ooxml.Relationships;
import org.scorebook.ooxml.SharedStrings;
import org.scorebook.ooxml.XmlFactories;

/**
 * The cells of an .xlsx or .xlsm package, read from its XML with StAX, without POI's object model:
 * the workbook part and its relationships for the sheets and their order, the shared strings, the
 * number formats of the styles, and each sheet only when a reader first asks for it. Every value is
 * what POI would give for the same file; where this grid cannot be sure of that (a formula with no
 * saved result to calculate, a shared formula's text, a package laid out unusually) it throws
 * {@link FullReadNeeded} rather than guess.
 *
 * <p>The package has passed {@link PackageCheck} first: whole, not a bomb, no DTD.
 */
final class XlsxGrid implements CellGrid {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "/officeDocument";
  private static final String WORKSHEET = RELATIONSHIPS + "/worksheet";
  private static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";
  private static final String STYLES = RELATIONSHIPS + "/styles";
  private static final String WORKBOOK = "xl/workbook.xml";
  private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
  private static final Set<String> WORKBOOK_TYPES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
          "application/vnd.ms-excel.template.macroEnabled.main+xml");

  /** Part names read as they are; anything else (escapes, other scripts) is left to POI. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._\\-/\\[\\]]+");

  private static final XMLInputFactory XML = XmlFactories.input();

  private final PackageIndex index;
  private final List<GridSheet> sheets = new ArrayList<>();
  private boolean date1904;
  private List<String> strings = List.of();
  private final Map<Short, String> numberFormats = new HashMap<>();
  private final List<Long> cellFormats = new ArrayList<>();

  private XlsxGrid(PackageIndex index) {
    this.index = index;
  }

  /**
   * The grid of the package in {@code bytes}, indexed here; its sheets are read when first asked
   * for.
   *
   * @throws FullReadNeeded when the package is laid out in a way only POI reads exactly
   */
  static XlsxGrid of(byte[] bytes) {
    try {
      return of(PackageIndex.of(bytes, PackageCheck.LIMITS));
    } catch (PackageException e) {
      throw new FullReadNeeded("the package", e);
    }
  }

  /**
   * The grid of the indexed package, its parts taken from the index; its sheets are read when first
   * asked for.
   *
   * @throws FullReadNeeded when the package is laid out in a way only POI reads exactly
   */
  static XlsxGrid of(PackageIndex index) {
    Set<String> names = new HashSet<>();
    for (PackageIndex.Entry entry : index.streamed()) {
      String name = entry.name();
      if (!entry.listed()) {
        throw new FullReadNeeded("part " + name + " outside the central directory");
      }
      if (entry.isDirectory()) {
        continue;
      }
      if (!PLAIN_NAME.matcher(name).matches() || !names.add(name.toLowerCase(Locale.ROOT))) {
        throw new FullReadNeeded("part name " + name);
      }
    }
    XlsxGrid grid = new XlsxGrid(index);
    try {
      grid.readPackage(names);
    } catch (XMLStreamException | PackageException | RuntimeException e) {
      if (e instanceof FullReadNeeded needed) {
        throw needed;
      }
      throw new FullReadNeeded("the workbook part", e);
    }
    return grid;
  }

  @Override
  public List<GridSheet> sheets() {
    return sheets;
  }

  @Override
  public boolean date1904() {
    return date1904;
  }

  @Override
  public boolean date1904InFormats() {
    return date1904;
  }

  /**
   * A formula the file saved no result for is calculated by POI, which reads the whole workbook.
   */
  @Override
  public GridCell.Result calculate(GridCell cell) {
    throw new FullReadNeeded("a formula without a saved result");
  }

  // The package: content types, relationships, workbook, shared strings, styles

  private void readPackage(Set<String> names) throws XMLStreamException, PackageException {
    ContentTypes types = index.contentTypes();
    if (types == null) {
      throw new FullReadNeeded("no part " + ContentTypes.PART);
    }
    for (String name : names) {
      if (!name.equals("[content_types].xml") && types.typeOf(name) == null) {
        throw new FullReadNeeded("no content type for " + name);
      }
    }
    List<Relationship> root = relationships("_rels/.rels", "");
    List<Relationship> documents =
        root.stream().filter(r -> r.type().equals(OFFICE_DOCUMENT)).toList();
    if (documents.size() != 1 || !documents.get(0).target().equals(WORKBOOK)) {
      throw new FullReadNeeded("the workbook is not xl/workbook.xml");
    }
    if (!WORKBOOK_TYPES.contains(types.typeOf(WORKBOOK))) {
      throw new FullReadNeeded("the workbook's content type");
    }
    List<Relationship> related = relationships(WORKBOOK_RELS, "xl/");
    Map<String, Relationship> byId = new HashMap<>();
    for (Relationship relationship : related) {
      if (byId.put(relationship.id(), relationship) != null) {
        throw new FullReadNeeded("relationship " + relationship.id() + " twice");
      }
    }
    String strings = onlyTarget(related, SHARED_STRINGS, false);
    if (strings != null) {
      this.strings = readStrings(part(strings));
    }
    readStyles(part(onlyTarget(related, STYLES, true)));
    readWorkbook(byId);
  }

  /** A relationship of a part: its type and its target as a part name (internal ones only). */
  private record Relationship(String id, String type, String target) {}

  private List<Relationship> relationships(String part, String folder)
      throws XMLStreamException, PackageException {
    Relationships read = PackageIndex.isXml(part) ? index.relationships(part) : null;
    if (read == null) {
      throw new FullReadNeeded("no part " + part);
    }
    List<Relationship> relationships = new ArrayList<>();
    for (Relationships.Relationship written : read.all()) {
      String target = present(written.target(), "Target");
      if (written.internal()) {
        if (!PLAIN_NAME.matcher(target).matches()) {
          throw new FullReadNeeded("relationship target " + target);
        }
        String resolved =
            folder.isEmpty() ? PackageCheck.resolve("/" + target) : PackageCheck.resolve(target);
        relationships.add(
            new Relationship(
                present(written.id(), "Id"), present(written.type(), "Type"), resolved));
      } else if (!written.targetMode().equals("External")) {
        throw new FullReadNeeded("target mode " + written.targetMode());
      }
    }
    return relationships;
  }

  private static String present(String value, String name) {
    if (value == null) {
      throw new FullReadNeeded("no " + name + " on Relationship");
    }
    return value;
  }

  /** The one part related as {@code type}; null when none is and it may be missing. */
  private static String onlyTarget(List<Relationship> related, String type, boolean required) {
    List<String> targets =
        related.stream().filter(r -> r.type().equals(type)).map(Relationship::target).toList();
    if (targets.size() > 1 || required && targets.isEmpty()) {
      throw new FullReadNeeded(targets.size() + " parts of type " + type);
    }
    return targets.isEmpty() ? null : targets.get(0);
  }

  /** An XML part of the package; the streaming read takes no other. */
  private byte[] part(String name) throws PackageException {
    byte[] bytes = PackageIndex.isXml(name) ? index.bytes(name) : null;
    if (bytes == null) {
      throw new FullReadNeeded("no part " + name);
    }
    return bytes;
  }

  private void readWorkbook(Map<String, Relationship> related)
      throws XMLStreamException, PackageException {
    Set<String> parts = new HashSet<>();
    XMLStreamReader xml = open(part(WORKBOOK), MAIN, "workbook");
    while (nextChild(xml)) {
      if (isElement(xml, MAIN, "workbookPr")) {
        String value = attribute(xml, "date1904");
        date1904 = value != null && bool(value);
        skip(xml);
      } else if (isElement(xml, MAIN, "sheets")) {
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "sheet")) {
            String name = required(xml, "name");
            String id = xml.getAttributeValue(RELATIONSHIPS, "id");
            Relationship relationship = id == null ? null : related.get(id);
            if (relationship == null
                || !relationship.type().equals(WORKSHEET)
                || !parts.add(relationship.target())) {
              throw new FullReadNeeded("sheet " + name + " is not a worksheet part of its own");
            }
            sheets.add(new XlsxSheet(this, name, part(relationship.target())));
          }
          skip(xml);
        }
      } else {
        skip(xml);
      }
    }
  }

  /** An xsd:boolean as XML Schema reads it. */
  static boolean bool(String value) {
    return switch (value.strip()) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new FullReadNeeded("boolean " + value);
    };
  }

  // Shared strings and rich text

  private static List<String> readStrings(byte[] part) throws XMLStreamException {
    SharedStrings read = SharedStrings.read(part);
    if (!read.isSst || !read.namespace.equals(MAIN)) {
      throw new FullReadNeeded("root of the shared strings");
    }
    return read.strings;
  }

  /** Excel's escapes of characters XML cannot carry: {@code _x000D_} is a carriage return. */
  static String decode(String text) {
    return ExcelEscapes.decode(text);
  }

  /** The shared string at {@code index}, as POI finds it: "" for an index it cannot find. */
  String sharedString(String index) {
    int at;
    try {
      at = Integer.parseInt(index.trim());
    } catch (NumberFormatException e) {
      return "";
    }
    return at < 0 || at >= strings.size() ? "" : strings.get(at);
  }

  // Number formats

  private void readStyles(byte[] part) throws XMLStreamException {
    XMLStreamReader xml = open(part, MAIN, "styleSheet");
    while (nextChild(xml)) {
      if (isElement(xml, MAIN, "numFmts")) {
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "numFmt")) {
            short id = (short) (int) unsigned(required(xml, "numFmtId"));
            String code = attribute(xml, "formatCode");
            if (code == null) {
              numberFormats.remove(id);
            } else {
              numberFormats.put(id, code);
            }
          }
          skip(xml);
        }
      } else if (isElement(xml, MAIN, "cellXfs")) {
        while (nextChild(xml)) {
          if (isElement(xml, MAIN, "xf")) {
            String id = attribute(xml, "numFmtId");
            cellFormats.add(id == null ? 0 : unsigned(id));
          }
          skip(xml);
        }
      } else {
        skip(xml);
      }
    }
  }

  /** The number format of style {@code index}, or null when the workbook has no such style. */
  GridCell.NumberFormat numberFormat(long index) {
    if (index < 0 || index >= cellFormats.size()) {
      return null;
    }
    short id = (short) (int) (long) cellFormats.get((int) index);
    String format = numberFormats.get(id);
    return new GridCell.NumberFormat(
        id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
  }

  /** How many cell styles the workbook has. */
  int styleCount() {
    return cellFormats.size();
  }

  /** An xsd:unsignedInt. */
  static long unsigned(String value) {
    try {
      long number = Long.parseLong(value.strip());
      if (number < 0 || number > 0xFFFF_FFFFL) {
        throw new FullReadNeeded("unsigned " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new FullReadNeeded("unsigned " + value, e);
    }
  }

  // Reading XML

  /** A reader on the root element of {@code part}, which must be {@code name} in {@code ns}. */
  static XMLStreamReader open(byte[] part, String ns, String name) throws XMLStreamException {
    XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(part));
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new FullReadNeeded("a DTD");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!isElement(xml, ns, name)) {
          throw new FullReadNeeded("root " + xml.getName());
        }
        return xml;
      }
    }
    throw new FullReadNeeded("no root element");
  }

  static boolean isElement(XMLStreamReader xml, String ns, String name) {
    return name.equals(xml.getLocalName()) && ns.equals(xml.getNamespaceURI());
  }

  /** An attribute without a namespace, as the schema's attributes are; null when missing. */
  static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  static String required(XMLStreamReader xml, String name) {
    String value = attribute(xml, name);
    if (value == null) {
      throw new FullReadNeeded("no " + name + " on " + xml.getLocalName());
    }
    return value;
  }
}
