package org.scorebook.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

class RawCopyTest {
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  private static final PackageIndex.Limits LIMITS =
      new PackageIndex.Limits(1000, 100L * 1024 * 1024, 32L * 1024 * 1024);

  @Test
  void entriesCopiedRawReadBackAsTheyWereWithoutBeingInflated() throws Exception {
    PackageIndex index = PackageIndex.of(Files.readAllBytes(SAMPLE), LIMITS);
    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(copied)) {
      for (PackageIndex.Entry entry : index.entries()) {
        RawCopy.copy(index, entry, out);
      }
    }
    assertThat(index.inflations()).isZero();

    Map<String, byte[]> read = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(copied.toByteArray()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        read.put(entry.getName(), in.readAllBytes());
      }
    }
    assertThat(read.keySet())
        .containsExactlyElementsOf(index.entries().stream().map(PackageIndex.Entry::name).toList());
    for (PackageIndex.Entry entry : index.entries()) {
      assertThat(read.get(entry.name())).isEqualTo(index.bytes(entry));
    }
  }
}
