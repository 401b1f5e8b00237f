package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated {@code --in-place} runs keep what recovery needs, not a backup per run. */
class InPlaceBackupsTest {
  @TempDir Path folder;

  private List<String> backups() {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".bak"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void repeatedRunsKeepTheFirstBackupAndTheNewestOnly() throws Exception {
    Path file =
        Files.copy(Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx"), folder.resolve("评价.xlsx"));
    byte[] original = Files.readAllBytes(file);
    Path mine = Files.writeString(folder.resolve("评价.xlsx.我的.bak"), "not a backup Scorebook made");
    byte[] beforeLastRun = null;
    for (int run = 0; run < 4; run++) {
      beforeLastRun = Files.readAllBytes(file);
      CliRunner.Result result = CliRunner.run("process", file.toString(), "--in-place");
      assertThat(result.status()).as(result.out() + result.err()).isZero();
    }

    List<String> backups = backups();
    assertThat(backups).hasSize(3).contains("评价.xlsx.bak", "评价.xlsx.我的.bak");
    assertThat(Files.readAllBytes(folder.resolve("评价.xlsx.bak"))).isEqualTo(original);
    String newest =
        backups.stream()
            .filter(n -> n.matches("评价\\.xlsx\\.\\d{8}-\\d{6}(-\\d+)?\\.bak"))
            .findFirst()
            .orElseThrow();
    assertThat(Files.readAllBytes(folder.resolve(newest))).isEqualTo(beforeLastRun);
    assertThat(Files.readString(mine)).isEqualTo("not a backup Scorebook made");
  }
}
