package org.scorebook.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorebook.model.Text;
import org.scorebook.ooxml.PackageException;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.ooxml.XmlFactories;

/**
 * Checks an .xlsx package before POI or the streaming read loads it, over its {@link PackageIndex}
 * (the central directory, then every part inflated once, in the order a streaming reader meets
 * them, and kept for the readers):
 *
 * <ul>
 *   <li>the zip is whole (a half-copied file has no central directory; POI's stream reader would
 *       open it with parts missing), and every part the workbook refers to is there;
 *   <li>it is a spreadsheet package, not another zip or Office document;
 *   <li>it is small enough once unpacked: POI holds every part in memory and needs about 0.7 KB of
 *       heap per cell, so the part count, the unpacked bytes (as declared and as actually
 *       inflated), and the rows and cells of the sheets are capped, see the constants;
 *   <li>no XML part declares a DTD ({@code <!DOCTYPE>}): Excel never writes one, and it is how
 *       external entities and entity-expansion bombs get in.
 * </ul>
 */
final class PackageCheck {
  /** Parts in the zip; POI's own default cap, which a real workbook is far below. */
  static final int MAX_PARTS = 1000;

  /** All parts unpacked: POI keeps each one in memory when it opens a workbook from a stream. */
  static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

  /**
   * All XML parts unpacked (sheets, shared strings, styles…); a real evaluation workbook has under
   * 1 MB.
   */
  static final long MAX_XML_BYTES = 32L * 1024 * 1024;

  /** Cells in all sheets: about 70 MB of heap in POI; an evaluation workbook has a few thousand. */
  static final int MAX_CELLS = 100_000;

  /** Rows in all sheets. */
  static final int MAX_ROWS = 100_000;

  static final PackageIndex.Limits LIMITS =
      new PackageIndex.Limits(MAX_PARTS, MAX_UNPACKED_BYTES, MAX_XML_BYTES);

  private static final String WORKBOOK = "xl/workbook.xml";
  private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
  private static final XMLInputFactory XML = XmlFactories.entityReportingInput();

  private final PackageIndex index;

  /** Sheet part (zip entry name) → sheet name as the user sees it, for messages. */
  private final Map<String, String> sheetNames = new HashMap<>();

  private int cells;
  private int rows;

  private PackageCheck(PackageIndex index) {
    this.index = index;
  }

  /**
   * Indexes and checks the package in {@code bytes}.
   *
   * @return the index, every part of it inflated and checked
   */
  static PackageIndex check(byte[] bytes) throws UnreadableWorkbookException {
    PackageIndex index;
    try {
      index = PackageIndex.of(bytes, LIMITS);
    } catch (PackageException e) {
      throw refused(e);
    }
    PackageCheck check = new PackageCheck(index);
    check.check();
    check.scanParts();
    return index;
  }

  private static UnreadableWorkbookException refused(PackageException e) {
    String reason =
        switch (e.reason()) {
          case NOT_WHOLE -> Text.get("read.truncated");
          case DAMAGED -> Text.get("read.corrupt");
          case TOO_MANY_PARTS -> Text.get("read.tooManyParts", e.figure(), MAX_PARTS);
          case UNPACKED_TOO_LARGE ->
              Text.get(
                  "read.unpackedTooLarge", megabytes(e.figure()), megabytes(MAX_UNPACKED_BYTES));
          case XML_TOO_LARGE ->
              Text.get("read.xmlTooLarge", megabytes(e.figure()), megabytes(MAX_XML_BYTES));
        };
    return new UnreadableWorkbookException(reason, e);
  }

  private void check() throws UnreadableWorkbookException {
    if (index.entry("[Content_Types].xml").isEmpty()) {
      throw new UnreadableWorkbookException(Text.get("read.notWorkbook", "ZIP"));
    }
    if (index.entry(WORKBOOK).isEmpty()) {
      throw new UnreadableWorkbookException(
          Text.get("read.notWorkbook", Text.get("read.otherOffice")));
    }
    checkDeclaredSizes();
    Map<String, String> targets = relationshipTargets();
    for (String part : targets.values()) {
      if (index.entry(part).isEmpty()) {
        throw new UnreadableWorkbookException(Text.get("read.partMissing", part));
      }
    }
    readSheetNames(targets);
  }

  /**
   * Every part a streaming reader meets (POI reads the package as a stream), listed or not,
   * inflated through the index, which counts its real bytes against the limits: every sheet scanned
   * whole, every other XML part up to its root element.
   */
  private void scanParts() throws UnreadableWorkbookException {
    int parts = 0;
    try {
      for (PackageIndex.Entry entry : index.streamed()) {
        if (++parts > MAX_PARTS) {
          throw new UnreadableWorkbookException(Text.get("read.tooManyParts", parts, MAX_PARTS));
        }
        byte[] bytes = index.bytes(entry);
        if (PackageIndex.isXml(entry.name())) {
          boolean sheet = entry.name().startsWith("xl/worksheets/");
          scan(bytes, entry.name(), sheet, sheet ? reader -> true : PackageCheck::stopAtRoot);
        }
      }
    } catch (PackageException e) {
      throw refused(e);
    }
  }

  /**
   * What the central directory says, before inflating anything (its count of parts the index has
   * held to the limit already).
   */
  private void checkDeclaredSizes() throws UnreadableWorkbookException {
    long total = 0;
    long xml = 0;
    for (PackageIndex.Entry entry : index.entries()) {
      long size = Math.max(entry.size(), 0);
      total += size;
      if (PackageIndex.isXml(entry.name())) {
        xml += size;
      }
      if (total > MAX_UNPACKED_BYTES) {
        throw new UnreadableWorkbookException(
            Text.get("read.unpackedTooLarge", megabytes(total), megabytes(MAX_UNPACKED_BYTES)));
      }
      if (xml > MAX_XML_BYTES) {
        throw xmlTooLarge(xml);
      }
    }
  }

  private static UnreadableWorkbookException xmlTooLarge(long bytes) {
    return new UnreadableWorkbookException(
        Text.get("read.xmlTooLarge", megabytes(bytes), megabytes(MAX_XML_BYTES)));
  }

  private static long megabytes(long bytes) {
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
  }

  /**
   * Parts POI must parse to read the workbook: XML that is not well formed there is a damaged file.
   */
  private static boolean isCorePart(String name) {
    return name.startsWith("xl/worksheets/")
        || name.equals(WORKBOOK)
        || name.equals("xl/sharedStrings.xml")
        || name.equals("xl/styles.xml")
        || name.endsWith(".rels")
        || name.equals("[Content_Types].xml");
  }

  /** The workbook's relationships (id → zip entry name), internal ones only. */
  private Map<String, String> relationshipTargets() throws UnreadableWorkbookException {
    Map<String, String> targets = new LinkedHashMap<>();
    if (index.entry(WORKBOOK_RELS).isEmpty()) {
      throw new UnreadableWorkbookException(Text.get("read.partMissing", WORKBOOK_RELS));
    }
    scan(
        WORKBOOK_RELS,
        reader -> {
          if (reader.getLocalName().equals("Relationship")
              && !"External".equalsIgnoreCase(reader.getAttributeValue(null, "TargetMode"))) {
            String id = reader.getAttributeValue(null, "Id");
            String target = reader.getAttributeValue(null, "Target");
            if (id != null && target != null) {
              targets.put(id, resolve(target));
            }
          }
          return true;
        });
    return targets;
  }

  /**
   * A relationship target is relative to xl/, or absolute from the package root; {@code ..} and
   * {@code .} resolved.
   */
  static String resolve(String target) {
    String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
    ArrayDeque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private void readSheetNames(Map<String, String> targets) throws UnreadableWorkbookException {
    scan(
        WORKBOOK,
        reader -> {
          if (reader.getLocalName().equals("sheet")) {
            String id =
                reader.getAttributeValue(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            String part = id == null ? null : targets.get(id);
            if (part != null) {
              sheetNames.put(part, String.valueOf(reader.getAttributeValue(null, "name")));
            }
          }
          return true;
        });
  }

  /** Whether to read on after an element; the visitor may also collect from it. */
  @FunctionalInterface
  private interface ElementVisitor {
    /**
     * @return false to stop reading the part (its remaining bytes are still counted)
     */
    boolean visit(XMLStreamReader reader) throws UnreadableWorkbookException;
  }

  /**
   * Outside the sheets only a DTD is looked for, and one can only come before the root element: the
   * rest of the part is inflated and counted but not parsed (POI parses it, and reports it if
   * damaged).
   */
  private static boolean stopAtRoot(XMLStreamReader reader) {
    return false;
  }

  /**
   * Scans a small part the check reads before the others (the workbook and its relationships): one
   * that does not inflate is taken, as before the index, for a zip that is not whole.
   */
  private void scan(String name, ElementVisitor visitor) throws UnreadableWorkbookException {
    byte[] bytes;
    try {
      bytes = index.bytes(name);
    } catch (PackageException e) {
      throw e.reason() == PackageException.Reason.DAMAGED
          ? new UnreadableWorkbookException(Text.get("read.truncated"), e)
          : refused(e);
    }
    scan(bytes, name, false, visitor);
  }

  /** Reads one XML part: its rows and cells counted if a sheet, a DTD refused. */
  private void scan(byte[] part, String name, boolean sheet, ElementVisitor visitor)
      throws UnreadableWorkbookException {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(part));
      try {
        boolean more = true;
        while (more && reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw new UnreadableWorkbookException(Text.get("read.doctype", name));
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            if (sheet) { // by local name: strict OOXML uses another namespace, and POI reads it too
              count(reader.getLocalName(), name);
            }
            more = visitor.visit(reader);
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      if (isCorePart(name)) {
        throw new UnreadableWorkbookException(Text.get("read.badXml", name), e);
      }
      // a part POI does not parse strictly (custom XML, say): its bytes are still counted
    }
  }

  private void count(String element, String part) throws UnreadableWorkbookException {
    if (element.equals("c") && ++cells > MAX_CELLS) {
      throw new UnreadableWorkbookException(
          Text.get("read.tooManyCells", MAX_CELLS, sheetNames.getOrDefault(part, part)));
    }
    if (element.equals("row") && ++rows > MAX_ROWS) {
      throw new UnreadableWorkbookException(
          Text.get("read.tooManyRows", MAX_ROWS, sheetNames.getOrDefault(part, part)));
    }
  }
}
