package org.scorebook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
  @TempDir Path folder;

  private Stream<Path> leftovers() throws IOException {
    return Files.list(folder).filter(p -> p.getFileName().toString().startsWith(".scorebook-"));
  }

  @Test
  void writesTheBytesAndLeavesNoTemporaryFile() throws IOException {
    Path target = folder.resolve("评价.xlsx");

    SafeFiles.writeAtomically(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("新");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void replacesAnExistingTarget() throws IOException {
    Path target = folder.resolve("评价.xlsx");
    Files.writeString(target, "旧的内容，比新的长");

    SafeFiles.writeAtomically(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("新");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailureLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("评价.xlsx");
    Files.writeString(target, "旧");

    assertThatThrownBy(
            () ->
                SafeFiles.writeAtomically(
                    target,
                    out -> {
                      out.write("半".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(target).hasContent("旧");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aWriterThatClosesTheStreamIsFine() throws IOException {
    Path target = folder.resolve("评价.xlsx");

    SafeFiles.writeAtomically(
        target,
        out -> {
          out.write(42);
          out.close();
        });

    assertThat(Files.readAllBytes(target)).containsExactly(42);
  }

  @Test
  void backupCopyMakesAnIdenticalCopyBesideTheFile() throws IOException {
    Path input = folder.resolve("评价.xlsx");
    Files.write(input, new byte[] {1, 2, 3, 4});

    Path backup = SafeFiles.backupCopy(input);

    assertThat(backup).isEqualTo(folder.resolve("评价.xlsx.bak"));
    assertThat(Files.readAllBytes(backup)).containsExactly(1, 2, 3, 4);
    assertThat(Files.readAllBytes(input)).containsExactly(1, 2, 3, 4);
    assertThat(Files.getLastModifiedTime(backup)).isEqualTo(Files.getLastModifiedTime(input));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void backupCopyNeverReplacesAnEarlierBackup() throws IOException {
    Path input = folder.resolve("评价.xlsx");
    Files.writeString(folder.resolve("评价.xlsx.bak"), "the original");
    Files.write(input, new byte[] {1});
    Path second = SafeFiles.backupCopy(input);
    Files.write(input, new byte[] {2});
    Path third = SafeFiles.backupCopy(input);

    assertThat(Files.readString(folder.resolve("评价.xlsx.bak"))).isEqualTo("the original");
    assertThat(second.getFileName().toString()).matches("评价\\.xlsx\\.\\d{8}-\\d{6}(-\\d+)?\\.bak");
    assertThat(third).isNotEqualTo(second);
    assertThat(Files.readAllBytes(second)).containsExactly(1);
    assertThat(Files.readAllBytes(third)).containsExactly(2);
    assertThat(leftovers()).isEmpty();
  }
}
