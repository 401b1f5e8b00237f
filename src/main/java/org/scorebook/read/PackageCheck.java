package org.scorebook.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorebook.files.FileNames;
import org.scorebook.model.Text;
import org.scorebook.ooxml.XmlFactories;

/**
 * Checks an .xlsx package before POI loads it into memory, using only the zip's central directory
 * and one streaming pass over its XML parts (nothing is kept):
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

  private static final String WORKBOOK = "xl/workbook.xml";
  private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
  private static final XMLInputFactory XML = XmlFactories.entityReportingInput();

  private final ZipFile zip;

  /** Sheet part (zip entry name) → sheet name as the user sees it, for messages. */
  private final Map<String, String> sheetNames = new HashMap<>();

  private long xmlBytes;
  private int cells;
  private int rows;

  private PackageCheck(ZipFile zip) {
    this.zip = zip;
  }

  static void check(Path file) throws UnreadableWorkbookException {
    if (!FileNames.isReadable(file)) {
      checkCopy(file);
      return;
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new UnreadableWorkbookException(Text.get("read.truncated"), e);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
    try (zip) {
      PackageCheck check = new PackageCheck(zip);
      check.check();
      check.streamParts(file);
    } catch (IOException e) {
      // the directory was whole but a part's data is not (damaged bytes, a part cut short)
      throw new UnreadableWorkbookException(Text.get("read.corrupt"), e);
    }
  }

  /** A name {@link ZipFile} cannot open (not UTF-8): a private copy is checked instead. */
  private static void checkCopy(Path file) throws UnreadableWorkbookException {
    Path copy;
    try {
      copy = FileNames.readableCopy(file);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
    try {
      check(copy);
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        // a file in the temporary folder; the system clears it
      }
    }
  }

  private void check() throws UnreadableWorkbookException, IOException {
    if (zip.getEntry("[Content_Types].xml") == null) {
      throw new UnreadableWorkbookException(Text.get("read.notWorkbook", "ZIP"));
    }
    if (zip.getEntry(WORKBOOK) == null) {
      throw new UnreadableWorkbookException(
          Text.get("read.notWorkbook", Text.get("read.otherOffice")));
    }
    checkDeclaredSizes();
    Map<String, String> targets = relationshipTargets();
    for (String part : targets.values()) {
      if (zip.getEntry(part) == null) {
        throw new UnreadableWorkbookException(Text.get("read.partMissing", part));
      }
    }
    readSheetNames(targets);
  }

  /**
   * The second pass reads the file the way POI will (local entries in order, not the central
   * directory), so a part hidden from the directory is counted too: every part's inflated bytes
   * against {@link #MAX_UNPACKED_BYTES}, every sheet scanned whole, every other XML part up to its
   * root element.
   */
  private void streamParts(Path file) throws UnreadableWorkbookException, IOException {
    long unpacked = 0;
    int parts = 0;
    try (ZipInputStream in =
        new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++parts > MAX_PARTS) {
          throw new UnreadableWorkbookException(Text.get("read.tooManyParts", parts, MAX_PARTS));
        }
        Counted part = new Counted(in, isXml(entry.getName()));
        if (isXml(entry.getName())) {
          boolean sheet = entry.getName().startsWith("xl/worksheets/");
          scan(part, entry.getName(), sheet, sheet ? reader -> true : PackageCheck::stopAtRoot);
        }
        part.drain();
        unpacked += part.bytes;
        if (unpacked > MAX_UNPACKED_BYTES) {
          throw new UnreadableWorkbookException(
              Text.get(
                  "read.unpackedTooLarge", megabytes(unpacked), megabytes(MAX_UNPACKED_BYTES)));
        }
      }
    } catch (UnpackedTooLarge e) {
      throw new UnreadableWorkbookException(
          Text.get("read.unpackedTooLarge", megabytes(e.bytes), megabytes(MAX_UNPACKED_BYTES)));
    } catch (ZipException e) {
      throw new UnreadableWorkbookException(Text.get("read.corrupt"), e);
    }
  }

  /** What the central directory says, before inflating anything. */
  private void checkDeclaredSizes() throws UnreadableWorkbookException {
    if (zip.size() > MAX_PARTS) {
      throw new UnreadableWorkbookException(Text.get("read.tooManyParts", zip.size(), MAX_PARTS));
    }
    long total = 0;
    long xml = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      long size = Math.max(entry.getSize(), 0);
      total += size;
      if (isXml(entry.getName())) {
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
   * Parts scanned as XML. VML drawings (comment boxes) are not: Excel writes them with unclosed
   * {@code <br>} tags that POI repairs itself; they are only counted.
   */
  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
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
  private Map<String, String> relationshipTargets()
      throws UnreadableWorkbookException, IOException {
    Map<String, String> targets = new LinkedHashMap<>();
    ZipEntry rels = zip.getEntry(WORKBOOK_RELS);
    if (rels == null) {
      throw new UnreadableWorkbookException(Text.get("read.partMissing", WORKBOOK_RELS));
    }
    scan(
        rels,
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

  private void readSheetNames(Map<String, String> targets)
      throws UnreadableWorkbookException, IOException {
    scan(
        zip.getEntry(WORKBOOK),
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

  /** Scans a small part through the central directory (the workbook and its relationships). */
  private void scan(ZipEntry entry, ElementVisitor visitor)
      throws UnreadableWorkbookException, IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      scan(new Counted(in, false), entry.getName(), false, visitor);
    } catch (ZipException e) {
      throw new UnreadableWorkbookException(Text.get("read.truncated"), e);
    }
  }

  /** Streams one XML part: its rows and cells counted if a sheet, a DTD refused. */
  private void scan(Counted in, String name, boolean sheet, ElementVisitor visitor)
      throws UnreadableWorkbookException, IOException {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(in);
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
      if (e.getNestedException() instanceof TooLarge) {
        throw xmlTooLarge(xmlBytes);
      }
      if (isCorePart(name)) {
        throw new UnreadableWorkbookException(Text.get("read.badXml", name), e);
      }
      // a part POI does not parse strictly (custom XML, say): its bytes are still counted by the
      // caller
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

  /**
   * Thrown by {@link Counted} when the XML parts inflate to more than their cap, whatever the zip
   * declared.
   */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("XML parts inflate beyond the cap");
    }
  }

  /**
   * One part's bytes as they inflate: counted, and for XML also added to the XML total, which stops
   * at {@link #MAX_XML_BYTES} whatever the zip declared. Closing it leaves the zip stream open.
   */
  private final class Counted extends FilterInputStream {
    private final boolean xml;
    long bytes;

    Counted(InputStream in, boolean xml) {
      super(in);
      this.xml = xml;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      add(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      add(Math.max(n, 0));
      return n;
    }

    void drain() throws IOException {
      byte[] buffer = new byte[1 << 16];
      while (read(buffer, 0, buffer.length) >= 0) {
        // counting only
      }
    }

    @Override
    public void close() {
      // the zip stream stays open for the next part
    }

    private void add(int n) throws IOException {
      bytes += n;
      if (xml) {
        xmlBytes += n;
        if (xmlBytes > MAX_XML_BYTES) {
          throw new TooLarge();
        }
      } else if (bytes > MAX_UNPACKED_BYTES) {
        throw new UnpackedTooLarge(bytes);
      }
    }
  }

  /** A single binary part inflating beyond all parts' cap. */
  private static final class UnpackedTooLarge extends IOException {
    final long bytes;

    UnpackedTooLarge(long bytes) {
      super("part inflates beyond the cap");
      this.bytes = bytes;
    }
  }
}
