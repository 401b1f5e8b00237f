package org.scorebook.ooxml;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * A zip package indexed once from its bytes: its central directory read, its local headers walked
 * as a streaming reader meets them, and each entry inflated at most once, when first asked for,
 * counted against the {@link Limits} as it inflates so that a bomb is refused before it is inflated
 * past them, whatever the directory declares. The inflated bytes are kept for every later reader;
 * the relationships parts and the content types are parsed once too. Nothing here knows POI or what
 * a workbook is.
 */
public final class PackageIndex {
  /**
   * How much a package may hold.
   *
   * @param maxParts entries in the zip
   * @param maxUnpackedBytes all entries inflated, and any one of them
   * @param maxXmlBytes all XML entries ({@link #isXml}) inflated
   */
  public record Limits(int maxParts, long maxUnpackedBytes, long maxXmlBytes) {}

  /**
   * An entry of the zip as its directory (or, unlisted, its local header) describes it.
   *
   * @param size the inflated size declared, which a bomb may lie about
   * @param listed whether the central directory lists it; a streaming reader meets both kinds
   */
  public record Entry(
      String name,
      int method,
      int flags,
      long crc,
      long compressedSize,
      long size,
      long localOffset,
      boolean listed) {
    /** Whether its sizes and CRC follow its data rather than stand in its local header. */
    boolean hasDescriptor() {
      return (flags & 8) != 0;
    }

    /** Whether it is a folder entry ({@code xl/}), which holds no part. */
    public boolean isDirectory() {
      return name.endsWith("/");
    }
  }

  private final byte[] zip;
  private final Limits limits;
  private final List<Entry> streamed;
  private final List<Entry> listed;
  private final Map<String, Entry> byName = new HashMap<>();
  private final Map<Entry, byte[]> inflated = new IdentityHashMap<>();
  private final Map<String, Relationships> relationships = new HashMap<>();
  private ContentTypes contentTypes;
  private long unpackedBytes;
  private long xmlBytes;
  private int inflations;

  private PackageIndex(byte[] zip, Limits limits, List<Entry> streamed) {
    this.zip = zip;
    this.limits = limits;
    this.streamed = List.copyOf(streamed);
    this.listed = streamed.stream().filter(Entry::listed).toList();
    for (Entry entry : listed) {
      byName.putIfAbsent(entry.name(), entry);
    }
  }

  /**
   * Indexes the zip in {@code zip}, inflating nothing it lists.
   *
   * @throws PackageException {@link PackageException.Reason#NOT_WHOLE} without a whole central
   *     directory, {@link PackageException.Reason#DAMAGED} when its local headers do not follow,
   *     {@link PackageException.Reason#TOO_MANY_PARTS} when it lists or holds more entries than the
   *     limit
   */
  public static PackageIndex of(byte[] zip, Limits limits) throws PackageException {
    return new PackageIndex(zip, limits, ZipLayout.of(zip, limits));
  }

  /** The package's bytes, as given. */
  public byte[] zip() {
    return zip;
  }

  /** The entries the central directory lists, in the order of their data in the file. */
  public List<Entry> entries() {
    return listed;
  }

  /**
   * Every entry a streaming reader meets, in order: those listed, and any the directory does not
   * list (a package hiding a part from the directory), which {@link #entry} does not find.
   */
  public List<Entry> streamed() {
    return streamed;
  }

  /** The listed entry named {@code name} exactly (the first, if the zip holds it twice). */
  public Optional<Entry> entry(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The inflated bytes of the listed entry {@code name}; null when there is none. */
  public byte[] bytes(String name) throws PackageException {
    Entry entry = byName.get(name);
    return entry == null ? null : bytes(entry);
  }

  /**
   * The inflated bytes of {@code entry}, inflated now if not before.
   *
   * @throws PackageException when its data is damaged, or inflating it passes a limit
   */
  public synchronized byte[] bytes(Entry entry) throws PackageException {
    byte[] known = inflated.get(entry);
    if (known != null) {
      return known;
    }
    inflations++;
    int offset = (int) ZipLayout.dataOffset(zip, entry);
    long length = entry.compressedSize();
    long crc = entry.crc();
    if (!entry.listed() && entry.hasDescriptor()) {
      length = zip.length - offset;
      crc = -1;
    }
    byte[] bytes =
        Inflation.inflate(zip, offset, length, entry.method(), entry.size(), crc, budget(entry));
    inflated.put(entry, bytes);
    return bytes;
  }

  /** The relationships part {@code name}, parsed once; null when the package has none. */
  public synchronized Relationships relationships(String name)
      throws PackageException, XMLStreamException {
    Relationships known = relationships.get(name);
    if (known == null) {
      byte[] part = bytes(name);
      if (part == null) {
        return null;
      }
      known = Relationships.read(part);
      relationships.put(name, known);
    }
    return known;
  }

  /** The content types part, parsed once; null when the package has none. */
  public synchronized ContentTypes contentTypes() throws PackageException, XMLStreamException {
    if (contentTypes == null) {
      byte[] part = bytes(ContentTypes.PART);
      if (part == null) {
        return null;
      }
      contentTypes = ContentTypes.read(part);
    }
    return contentTypes;
  }

  /** How many times an entry was inflated: at most once per entry. */
  public synchronized int inflations() {
    return inflations;
  }

  /** How many bytes all entries inflated to so far. */
  public synchronized long inflatedBytes() {
    return unpackedBytes;
  }

  /** The limits this package is held to. */
  public Limits limits() {
    return limits;
  }

  /**
   * Entries counted against the XML limit. VML drawings (comment boxes) are not: Excel writes them
   * with unclosed {@code <br>} tags, so they are not read as XML either.
   */
  public static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  private Inflation.Budget budget(Entry entry) {
    boolean xml = isXml(entry.name());
    long[] part = {0};
    return bytes -> {
      part[0] += bytes;
      unpackedBytes += bytes;
      if (xml) {
        xmlBytes += bytes;
        if (xmlBytes > limits.maxXmlBytes()) {
          throw tooLarge(PackageException.Reason.XML_TOO_LARGE, xmlBytes);
        }
      } else if (part[0] > limits.maxUnpackedBytes()) {
        throw tooLarge(PackageException.Reason.UNPACKED_TOO_LARGE, part[0]);
      }
      if (unpackedBytes > limits.maxUnpackedBytes()) {
        throw tooLarge(PackageException.Reason.UNPACKED_TOO_LARGE, unpackedBytes);
      }
    };
  }

  private static PackageException tooLarge(PackageException.Reason reason, long bytes) {
    return new PackageException(reason, bytes, reason + " at " + bytes + " bytes");
  }
}
