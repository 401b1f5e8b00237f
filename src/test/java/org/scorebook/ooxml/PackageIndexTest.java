package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackageIndexTest {
  private static final PackageIndex.Limits SMALL =
      new PackageIndex.Limits(10, 1024 * 1024, 256 * 1024);

  @Test
  void eachEntryIsInflatedOnceHoweverOftenItIsAskedFor() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
    parts.put("xl/media/image1.png", new byte[] {1, 2, 3});
    PackageIndex index = PackageIndex.of(zip(parts), SMALL);

    for (int round = 0; round < 3; round++) {
      for (PackageIndex.Entry entry : index.entries()) {
        assertThat(index.bytes(entry)).isEqualTo(parts.get(entry.name()));
      }
    }

    assertThat(index.entries())
        .extracting(PackageIndex.Entry::name)
        .isEqualTo(parts.keySet().stream().toList());
    assertThat(index.inflations()).isEqualTo(3);
  }

  @Test
  void anXmlBombThatLiesAboutItsSizeIsRefusedBeforeItInflatesPastTheLimit() throws Exception {
    byte[] bomb = lyingSizes(zip(Map.of("xl/worksheets/sheet1.xml", new byte[8 * 1024 * 1024])));
    PackageIndex index = PackageIndex.of(bomb, SMALL);
    assertThat(index.entries().get(0).size()).isLessThan(SMALL.maxXmlBytes());

    assertThatThrownBy(() -> index.bytes("xl/worksheets/sheet1.xml"))
        .isInstanceOfSatisfying(
            PackageException.class,
            e -> assertThat(e.reason()).isEqualTo(PackageException.Reason.XML_TOO_LARGE));
    assertThat(index.inflatedBytes())
        .isGreaterThan(SMALL.maxXmlBytes())
        .isLessThanOrEqualTo(SMALL.maxXmlBytes() + 64 * 1024);
  }

  @Test
  void aBinaryBombIsRefusedAtTheLimitOfAllParts() throws Exception {
    byte[] bomb = lyingSizes(zip(Map.of("xl/media/image1.png", new byte[8 * 1024 * 1024])));
    PackageIndex index = PackageIndex.of(bomb, SMALL);

    assertThatThrownBy(() -> index.bytes("xl/media/image1.png"))
        .isInstanceOfSatisfying(
            PackageException.class,
            e -> assertThat(e.reason()).isEqualTo(PackageException.Reason.UNPACKED_TOO_LARGE));
    assertThat(index.inflatedBytes()).isLessThanOrEqualTo(SMALL.maxUnpackedBytes() + 64 * 1024);
  }

  @Test
  void aZipOfMorePartsThanTheLimitIsRefusedWithItsCount() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i <= SMALL.maxParts(); i++) {
      parts.put("xl/part" + i + ".xml", new byte[0]);
    }

    assertThatThrownBy(() -> PackageIndex.of(zip(parts), SMALL))
        .isInstanceOfSatisfying(
            PackageException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(PackageException.Reason.TOO_MANY_PARTS);
              assertThat(e.figure()).isEqualTo(SMALL.maxParts() + 1);
            });
  }

  @Test
  void aZipWithoutItsCentralDirectoryIsNotWhole() throws Exception {
    byte[] whole = zip(Map.of("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);

    assertThatThrownBy(() -> PackageIndex.of(cut, SMALL))
        .isInstanceOfSatisfying(
            PackageException.class,
            e -> assertThat(e.reason()).isEqualTo(PackageException.Reason.NOT_WHOLE));
  }

  @Test
  void anEntryHiddenFromTheDirectoryIsStillMetAsAStreamingReaderMeetsIt() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
    parts.put("xl/hidden.xml", "<hidden/>".getBytes(StandardCharsets.UTF_8));
    byte[] hiding = withoutDirectoryEntry(zip(parts), 1);

    PackageIndex index = PackageIndex.of(hiding, SMALL);

    assertThat(index.entries())
        .extracting(PackageIndex.Entry::name)
        .containsExactly("xl/workbook.xml");
    assertThat(index.streamed())
        .extracting(PackageIndex.Entry::name)
        .containsExactly("xl/workbook.xml", "xl/hidden.xml");
    assertThat(index.entry("xl/hidden.xml")).isEmpty();
    assertThat(index.bytes(index.streamed().get(1))).isEqualTo(parts.get("xl/hidden.xml"));
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The directory declares every entry's inflated size as its compressed one. */
  private static byte[] lyingSizes(byte[] zip) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (buffer.getInt(i) == 0x02014b50) {
        buffer.putInt(i + 24, buffer.getInt(i + 20));
      }
    }
    return zip;
  }

  /** The zip with the directory's record of entry {@code index} taken out, its data left. */
  private static byte[] withoutDirectoryEntry(byte[] zip, int index) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    int start = buffer.getInt(end + 16);
    int at = start;
    for (int i = 0; i < index; i++) {
      at += 46 + buffer.getShort(at + 28) + buffer.getShort(at + 30) + buffer.getShort(at + 32);
    }
    int length =
        46 + buffer.getShort(at + 28) + buffer.getShort(at + 30) + buffer.getShort(at + 32);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(zip, 0, at);
    out.write(zip, at + length, zip.length - at - length);
    byte[] result = out.toByteArray();
    ByteBuffer edited = ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN);
    int newEnd = result.length - 22;
    edited.putShort(newEnd + 8, (short) (edited.getShort(newEnd + 8) - 1));
    edited.putShort(newEnd + 10, (short) (edited.getShort(newEnd + 10) - 1));
    edited.putInt(newEnd + 12, edited.getInt(newEnd + 12) - length);
    return result;
  }
}
