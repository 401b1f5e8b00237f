package org.scorebook.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Copies an entry of an indexed package into a zip being written as its compressed bytes stand,
 * neither inflated nor deflated again: for the parts a save leaves untouched.
 */
public final class RawCopy {
  private RawCopy() {}

  /**
   * Writes {@code entry} of {@code index} to {@code out} as it is compressed in the original.
   *
   * @throws PackageException when its local header is damaged
   */
  public static void copy(PackageIndex index, PackageIndex.Entry entry, ZipArchiveOutputStream out)
      throws IOException {
    int offset = (int) ZipLayout.dataOffset(index.zip(), entry);
    ZipArchiveEntry copy = new ZipArchiveEntry(entry.name());
    copy.setMethod(entry.method());
    copy.setCrc(entry.crc());
    copy.setCompressedSize(entry.compressedSize());
    copy.setSize(entry.size());
    out.addRawArchiveEntry(
        copy, new ByteArrayInputStream(index.zip(), offset, (int) entry.compressedSize()));
  }
}
