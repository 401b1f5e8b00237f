package org.scorebook.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.poifs.common.POIFSConstants;
import org.apache.poi.poifs.storage.HeaderBlock;

/**
 * The length an OLE2 compound file (an .xls) must have, by its own header: every sector its
 * allocation table (FAT) marks as used must lie inside the file. A copy that stopped part-way is
 * shorter; POI may still open it, with a stream cut short or missing. The FAT's sectors are listed
 * in the header and, for a large file, in a chain of DIFAT sectors.
 */
final class CompoundFile {
  private static final int HEADER_BYTES = 512;
  private static final int HEADER_FAT_ENTRIES = 109;

  private final FileChannel channel;
  private final long length;
  private final int sectorSize;

  private CompoundFile(FileChannel channel, int sectorSize) throws IOException {
    this.channel = channel;
    this.length = channel.size();
    this.sectorSize = sectorSize;
  }

  /**
   * Whether {@code file}, which starts with the OLE2 signature, holds every sector its header and
   * allocation table refer to. A header that cannot be parsed is not judged here: POI reports it.
   */
  static boolean isWhole(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() < HEADER_BYTES) {
        return false;
      }
      ByteBuffer bytes = ByteBuffer.allocate(HEADER_BYTES);
      readFully(channel, bytes, 0);
      HeaderBlock header;
      try {
        header = new HeaderBlock(bytes.flip());
      } catch (IOException | RuntimeException e) {
        return true;
      }
      return new CompoundFile(channel, header.getBigBlockSize().getBigBlockSize()).covers(header);
    }
  }

  private boolean covers(HeaderBlock header) throws IOException {
    int[] fatSectors = fatSectors(header);
    if (fatSectors == null) {
      return false;
    }
    long lastUsed = header.getPropertyStart();
    for (int k = 0; k < fatSectors.length; k++) {
      ByteBuffer fat = sector(fatSectors[k]);
      if (fat == null) {
        return false;
      }
      for (long entry = (long) k * entriesPerSector(); fat.remaining() >= 4; entry++) {
        if (fat.getInt() != POIFSConstants.UNUSED_BLOCK) {
          lastUsed = Math.max(lastUsed, entry);
        }
      }
    }
    return lastUsed < 0 || startOf(lastUsed) + sectorSize <= length;
  }

  /**
   * The FAT's sectors in order: from the header, then from the DIFAT chain; null when one of them
   * (or a DIFAT sector) lies beyond the end of the file, or the header counts more than can exist.
   */
  private int[] fatSectors(HeaderBlock header) throws IOException {
    int count = header.getBATCount();
    if (count < 0 || (long) count * sectorSize > length) {
      return null;
    }
    int[] sectors = new int[count];
    int[] inHeader = header.getBATArray();
    int n = 0;
    for (; n < Math.min(count, HEADER_FAT_ENTRIES); n++) {
      sectors[n] = inHeader[n];
    }
    int difat = header.getXBATIndex();
    for (int chained = 0; n < count; chained++) {
      ByteBuffer sector = chained < header.getXBATCount() ? sector(difat) : null;
      if (sector == null) {
        return null;
      }
      for (int i = 0; i < entriesPerSector() - 1 && n < count; i++) {
        sectors[n++] = sector.getInt();
      }
      difat = sector.getInt(sectorSize - 4);
    }
    return sectors;
  }

  private int entriesPerSector() {
    return sectorSize / 4;
  }

  private long startOf(long sector) {
    return (sector + 1) * sectorSize;
  }

  /** A whole sector, little-endian; null when it is not a regular sector or not all in the file. */
  private ByteBuffer sector(int index) throws IOException {
    if (index < 0) { // the special values (free, end of chain…) are negative as Java ints
      return null;
    }
    long start = startOf(index);
    if (start + sectorSize > length) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.allocate(sectorSize).order(ByteOrder.LITTLE_ENDIAN);
    readFully(channel, bytes, start);
    return bytes.flip();
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long position)
      throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int n = channel.read(into, at);
      if (n < 0) {
        throw new IOException("end of file at " + at);
      }
      at += n;
    }
  }
}
