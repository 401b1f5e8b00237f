package org.scorebook.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The parts of a package (a zip) in their order, to change and zip again in tests. */
public final class PackageEntries {
  /** Excel gives every entry this time. */
  private static final LocalDateTime EXCEL_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** Entry name → content, in the zip's order; tests change it freely. */
  public final Map<String, byte[]> parts = new LinkedHashMap<>();

  public static PackageEntries of(byte[] zipBytes) {
    PackageEntries entries = new PackageEntries();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** Replaces the text of {@code part} with what {@code edit} makes of it. */
  public PackageEntries edit(String part, UnaryOperator<String> edit) {
    byte[] bytes = parts.get(part);
    if (bytes == null) {
      throw new IllegalArgumentException("no entry " + part + " in " + parts.keySet());
    }
    parts.put(
        part,
        edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public String text(String part) {
    return new String(parts.get(part), StandardCharsets.UTF_8);
  }

  /** Adds {@code name} just before the part {@code before}. */
  public PackageEntries putBefore(String before, String name, byte[] bytes) {
    if (!parts.containsKey(before)) {
      throw new IllegalArgumentException("no entry " + before + " in " + parts.keySet());
    }
    Map<String, byte[]> reordered = new LinkedHashMap<>();
    parts.forEach(
        (existing, content) -> {
          if (existing.equals(before)) {
            reordered.put(name, bytes);
          }
          reordered.put(existing, content);
        });
    parts.clear();
    parts.putAll(reordered);
    return this;
  }

  /** The parts zipped with java.util.zip's defaults. */
  public byte[] zip() {
    return zip(Deflater.DEFAULT_COMPRESSION, false);
  }

  /**
   * The parts zipped as another writer than POI zips them: deflated at the fastest level, and
   * pictures, which do not compress, stored; every entry with Excel's fixed time.
   */
  public byte[] zipAsExcelDoes() {
    return zip(Deflater.BEST_SPEED, true);
  }

  private byte[] zip(int level, boolean likeExcel) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(level);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        if (likeExcel) {
          entry.setTimeLocal(EXCEL_ENTRY_TIME);
          if (part.getKey().endsWith(".png")) {
            CRC32 crc = new CRC32();
            crc.update(part.getValue());
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(part.getValue().length);
            entry.setCompressedSize(part.getValue().length);
            entry.setCrc(crc.getValue());
          }
        }
        zip.putNextEntry(entry);
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
