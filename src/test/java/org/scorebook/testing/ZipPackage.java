package org.scorebook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An .xlsx/.xlsm file as a zip of parts, read without POI: each entry as stored (name, method, CRC
 * and the raw compressed bytes, in the central directory's order) and as content, with the
 * package's relationships and content types, and the sheet parts found through the workbook part.
 */
public final class ZipPackage {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** One zip entry as stored: comparing two of them compares the compressed bytes themselves. */
  public record Entry(String name, int method, long crc, long compressedSize, byte[] raw) {}

  /** A relationship with its target resolved to a part name (no leading slash) unless external. */
  public record Relationship(String id, String type, String target, boolean external) {
    /** Whether the type is {@code kind} in the transitional or strict namespace ("drawing"…). */
    public boolean is(String kind) {
      return type.endsWith("/" + kind);
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, byte[]> contents = new LinkedHashMap<>();

  private ZipPackage() {}

  public static ZipPackage read(Path file) {
    ZipPackage parts = new ZipPackage();
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] raw;
        try (InputStream in = zip.getRawInputStream(e)) {
          raw = in.readAllBytes();
        }
        byte[] content;
        try (InputStream in = zip.getInputStream(e)) {
          content = in.readAllBytes();
        }
        parts.entries.put(
            e.getName(), new Entry(e.getName(), e.getMethod(), e.getCrc(), raw.length, raw));
        parts.contents.put(e.getName(), content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** Every part name in the zip's order. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  public boolean has(String name) {
    return entries.containsKey(name);
  }

  public Optional<Entry> entry(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  public byte[] content(String name) {
    byte[] content = contents.get(name);
    if (content == null) {
      throw new IllegalArgumentException("no part " + name + " in " + entries.keySet());
    }
    return content;
  }

  public Document xml(String name) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content(name)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Relationships

  /** The relationships part of {@code part}: {@code _rels/.rels} for the package itself (""). */
  public static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Whether {@code name} is a relationships part. */
  public static boolean isRels(String name) {
    return name.endsWith(".rels") && (name.startsWith("_rels/") || name.contains("/_rels/"));
  }

  /** The part whose relationships {@code rels} holds ("" for the package's own). */
  public static String sourceOf(String rels) {
    String folder = rels.substring(0, rels.lastIndexOf("_rels/"));
    String file = rels.substring(rels.lastIndexOf('/') + 1);
    return folder + file.substring(0, file.length() - ".rels".length());
  }

  /** The relationships from {@code part} ("" for the package), none when it has no rels part. */
  public List<Relationship> relationships(String part) {
    String rels = relsOf(part);
    List<Relationship> found = new ArrayList<>();
    if (!has(rels)) {
      return found;
    }
    NodeList list = xml(rels).getElementsByTagNameNS("*", "Relationship");
    for (int i = 0; i < list.getLength(); i++) {
      Element r = (Element) list.item(i);
      boolean external = "External".equals(r.getAttribute("TargetMode"));
      String target = r.getAttribute("Target");
      found.add(
          new Relationship(
              r.getAttribute("Id"),
              r.getAttribute("Type"),
              external ? target : resolve(part, target),
              external));
    }
    return found;
  }

  /** The targets of {@code part}'s relationships of {@code kind} ("comments", "vmlDrawing"…). */
  public List<String> targets(String part, String kind) {
    return relationships(part).stream()
        .filter(r -> !r.external() && r.is(kind))
        .map(Relationship::target)
        .toList();
  }

  private static String resolve(String source, String target) {
    String decoded =
        URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8).replace('\\', '/');
    String path;
    if (decoded.startsWith("/")) {
      path = decoded.substring(1);
    } else {
      path = source.substring(0, source.lastIndexOf('/') + 1) + decoded;
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  // The workbook

  /** The workbook part, as the package's officeDocument relationship names it. */
  public String workbookPart() {
    return relationships("").stream()
        .filter(r -> r.is("officeDocument"))
        .map(Relationship::target)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no officeDocument relationship"));
  }

  /** The one part the workbook relates with {@code kind} ("styles", "sharedStrings"), if any. */
  public Optional<String> workbookTarget(String kind) {
    return targets(workbookPart(), kind).stream().findFirst();
  }

  /** Each sheet's name and part, in the workbook's order. */
  public Map<String, String> sheetParts() {
    String workbook = workbookPart();
    Map<String, String> byId = new LinkedHashMap<>();
    relationships(workbook).forEach(r -> byId.put(r.id(), r.target()));
    Map<String, String> sheets = new LinkedHashMap<>();
    NodeList list = xml(workbook).getElementsByTagNameNS("*", "sheet");
    for (int i = 0; i < list.getLength(); i++) {
      Element sheet = (Element) list.item(i);
      String id = sheet.getAttributeNS(REL_NS, "id");
      if (id.isEmpty()) {
        id = sheet.getAttributeNS("http://purl.oclc.org/ooxml/officeDocument/relationships", "id");
      }
      String part = byId.get(id);
      if (part == null) {
        throw new IllegalStateException("sheet " + sheet.getAttribute("name") + " has no part");
      }
      sheets.put(sheet.getAttribute("name"), part);
    }
    return sheets;
  }

  /** The part of the sheet named {@code name}. */
  public String sheetPart(String name) {
    String part = sheetParts().get(name);
    if (part == null) {
      throw new IllegalArgumentException("no sheet " + name + " in " + sheetParts().keySet());
    }
    return part;
  }

  /** Whether a view of the sheet in {@code part} has its tab selected. */
  public boolean tabSelected(String part) {
    NodeList views = xml(part).getElementsByTagNameNS("*", "sheetView");
    for (int i = 0; i < views.getLength(); i++) {
      String selected = ((Element) views.item(i)).getAttribute("tabSelected");
      if (selected.equals("1") || selected.equals("true")) {
        return true;
      }
    }
    return false;
  }

  // Content types

  /** The content type of {@code part}: its Override, else the Default for its extension. */
  public Optional<String> contentType(String part) {
    Document types = xml("[Content_Types].xml");
    NodeList overrides = types.getElementsByTagNameNS("*", "Override");
    for (int i = 0; i < overrides.getLength(); i++) {
      Element o = (Element) overrides.item(i);
      if (o.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
        return Optional.of(o.getAttribute("ContentType"));
      }
    }
    String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    NodeList defaults = types.getElementsByTagNameNS("*", "Default");
    for (int i = 0; i < defaults.getLength(); i++) {
      Element d = (Element) defaults.item(i);
      if (d.getAttribute("Extension").toLowerCase(Locale.ROOT).equals(extension)) {
        return Optional.of(d.getAttribute("ContentType"));
      }
    }
    return Optional.empty();
  }
}
