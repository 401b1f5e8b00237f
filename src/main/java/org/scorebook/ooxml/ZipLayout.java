package org.scorebook.ooxml;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a zip's entries are: its central directory read once, then its local headers walked from
 * the start the way a streaming reader (POI opening a stream) meets them, so that an entry the
 * directory does not list is found too. Nothing is kept inflated here; only an unlisted entry whose
 * length its local header leaves open is inflated, to find where it ends.
 */
final class ZipLayout {
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int END64 = 0x06064b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final long MASK32 = 0xFFFF_FFFFL;
  private static final int DEFLATED = 8;

  private final ByteBuffer zip;
  private final PackageIndex.Limits limits;

  private ZipLayout(byte[] bytes, PackageIndex.Limits limits) {
    this.zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.limits = limits;
  }

  /**
   * The entries a streaming reader meets, in the order of the file; listed ones flagged so. A zip
   * with more entries than the limit is refused as soon as that shows, before they are all read.
   */
  static List<PackageIndex.Entry> of(byte[] bytes, PackageIndex.Limits limits)
      throws PackageException {
    ZipLayout layout = new ZipLayout(bytes, limits);
    try {
      return layout.walkLocal(layout.directory());
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new PackageException(PackageException.Reason.DAMAGED, "a local header", e);
    }
  }

  private List<PackageIndex.Entry> directory() throws PackageException {
    try {
      int end = findEnd();
      long count = u16(end + 10);
      long offset = u32(end + 16);
      if (end >= 20 && zip.getInt(end - 20) == END64_LOCATOR) {
        int end64 = checkedOffset(zip.getLong(end - 12));
        if (zip.getInt(end64) != END64) {
          throw notWhole("the zip64 directory end");
        }
        count = zip.getLong(end64 + 32);
        offset = zip.getLong(end64 + 48);
      }
      return centralEntries(checkedOffset(offset), count);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new PackageException(PackageException.Reason.NOT_WHOLE, "the central directory", e);
    }
  }

  private int findEnd() throws PackageException {
    int last = zip.capacity() - 22;
    for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
      if (zip.getInt(at) == END) {
        return at;
      }
    }
    throw notWhole("no end of central directory");
  }

  private List<PackageIndex.Entry> centralEntries(int at, long count) throws PackageException {
    if (count > zip.capacity() / 46) {
      throw notWhole("more entries than the file can hold");
    }
    if (count > limits.maxParts()) {
      throw tooManyParts(count);
    }
    List<PackageIndex.Entry> entries = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      if (zip.getInt(at) != CENTRAL) {
        throw notWhole("a central directory header");
      }
      int nameLength = u16(at + 28);
      int extraLength = u16(at + 30);
      long[] sizes = {u32(at + 24), u32(at + 20), u32(at + 42)};
      zip64(at + 46 + nameLength, extraLength, sizes);
      entries.add(
          new PackageIndex.Entry(
              name(at + 46, nameLength),
              u16(at + 10),
              u16(at + 8),
              u32(at + 16),
              sizes[1],
              sizes[0],
              sizes[2],
              true));
      at += 46 + nameLength + extraLength + u16(at + 32);
    }
    return entries;
  }

  /** Sizes and offset the zip64 extra field holds in place of those marked 0xFFFFFFFF. */
  private void zip64(int extra, int length, long[] values) {
    for (int at = extra; at + 4 <= extra + length; at += 4 + u16(at + 2)) {
      if (u16(at) == 1) {
        int field = at + 4;
        for (int i = 0; i < values.length; i++) {
          if (values[i] == MASK32) {
            values[i] = zip.getLong(field);
            field += 8;
          }
        }
        return;
      }
    }
  }

  /**
   * The local headers from the start of the file, as a streaming reader follows them; an entry the
   * directory lists is taken from it, one it does not is added, unlisted.
   */
  private List<PackageIndex.Entry> walkLocal(List<PackageIndex.Entry> listed)
      throws PackageException {
    Map<Long, PackageIndex.Entry> byOffset = new HashMap<>();
    List<PackageIndex.Entry> unreached = new ArrayList<>();
    for (PackageIndex.Entry entry : listed) {
      PackageIndex.Entry same = byOffset.put(entry.localOffset(), entry);
      if (same != null) {
        unreached.add(same); // two records of the directory for one local entry
      }
    }
    List<PackageIndex.Entry> walked = new ArrayList<>(listed.size());
    long at = 0;
    while (at + 30 <= zip.capacity() && zip.getInt((int) at) == LOCAL) {
      PackageIndex.Entry entry = byOffset.remove(at);
      if (entry == null) {
        entry = unlisted((int) at);
      }
      walked.add(entry);
      if (walked.size() > limits.maxParts()) {
        throw tooManyParts(walked.size());
      }
      at = dataOffset(entry) + compressedLength(entry);
      at += descriptorLength(entry, at);
    }
    unreached.addAll(byOffset.values());
    unreached.sort(Comparator.comparingLong(PackageIndex.Entry::localOffset));
    walked.addAll(unreached);
    return walked;
  }

  private PackageIndex.Entry unlisted(int at) {
    int nameLength = u16(at + 26);
    return new PackageIndex.Entry(
        name(at + 30, nameLength),
        u16(at + 8),
        u16(at + 6),
        u32(at + 14),
        u32(at + 18),
        u32(at + 22),
        at,
        false);
  }

  /** Where an entry's data starts in {@code bytes}, after its local header. */
  static long dataOffset(byte[] bytes, PackageIndex.Entry entry) throws PackageException {
    try {
      return new ZipLayout(bytes, null).dataOffset(entry);
    } catch (IndexOutOfBoundsException e) {
      throw new PackageException(PackageException.Reason.DAMAGED, "a local header", e);
    }
  }

  private long dataOffset(PackageIndex.Entry entry) throws PackageException {
    int at = checkedOffset(entry.localOffset());
    if (zip.getInt(at) != LOCAL) {
      throw new PackageException(PackageException.Reason.DAMAGED, 0, "no local header");
    }
    return at + 30L + u16(at + 26) + u16(at + 28);
  }

  /**
   * The compressed length; for an unlisted entry whose local header leaves it to a descriptor, as
   * far as its deflated data reaches.
   */
  private long compressedLength(PackageIndex.Entry entry) throws PackageException {
    if (entry.listed() || !entry.hasDescriptor()) {
      return entry.compressedSize();
    }
    if (entry.method() != DEFLATED) {
      throw new PackageException(PackageException.Reason.DAMAGED, 0, "a stored entry of no size");
    }
    return Inflation.deflatedLength(
        zip.array(), (int) dataOffset(entry), limits.maxUnpackedBytes());
  }

  private long descriptorLength(PackageIndex.Entry entry, long at) {
    if (!entry.hasDescriptor()) {
      return 0;
    }
    boolean signed = at + 4 <= zip.capacity() && zip.getInt((int) at) == DESCRIPTOR;
    boolean wide = entry.compressedSize() > MASK32 || entry.size() > MASK32;
    return (signed ? 4 : 0) + (wide ? 20 : 12);
  }

  private String name(int at, int length) {
    return new String(zip.array(), at, length, StandardCharsets.UTF_8);
  }

  private int checkedOffset(long offset) {
    if (offset < 0 || offset >= zip.capacity()) {
      throw new IndexOutOfBoundsException("offset " + offset);
    }
    return (int) offset;
  }

  private int u16(int at) {
    return Short.toUnsignedInt(zip.getShort(at));
  }

  private long u32(int at) {
    return Integer.toUnsignedLong(zip.getInt(at));
  }

  private static PackageException tooManyParts(long count) {
    return new PackageException(PackageException.Reason.TOO_MANY_PARTS, count, count + " entries");
  }

  private static PackageException notWhole(String what) {
    return new PackageException(PackageException.Reason.NOT_WHOLE, 0, what);
  }
}
