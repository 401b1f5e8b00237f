package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchIgnoredAndCorruptFilesTest {
  @TempDir Path inbox;

  @Test
  void aCorruptWorkbookGoesToTheFailedFolderWithAReasonFileNotepadCanRead() throws Exception {
    byte[] half = Arrays.copyOf(Files.readAllBytes(GOOD), 5000);
    settled(Files.write(inbox.resolve("坏的.xlsx"), half)); // broken long ago, not a copy in progress
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
      assertThat(watcher.failedCount()).isEqualTo(1);
    }
    assertThat(names(folder.failed())).containsExactly("坏的.xlsx", "坏的.错误说明.txt");
    assertThat(Files.readAllBytes(folder.failed().resolve("坏的.xlsx")))
        .as("original untouched")
        .isEqualTo(half);
    byte[] reason = Files.readAllBytes(folder.failed().resolve("坏的.错误说明.txt"));
    assertThat(Arrays.copyOf(reason, 3))
        .as("UTF-8 byte-order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(reason, StandardCharsets.UTF_8))
        .contains("工作簿「坏的.xlsx」未能评分")
        .contains("无法读取：文件不完整或已损坏")
        .contains("\r\n");
    assertThat(names(folder.out())).isEmpty();
    assertThat(names(folder.archive())).isEmpty();
  }

  @Test
  void lockHiddenTempAndOtherFilesAreLeftAlone() throws Exception {
    String[] ignored = {"~$评价.xlsx", ".隐藏.xlsx", "ABCD1234", "评价.xlsx.tmp", "说明.txt", "评价.docx"};
    for (String name : ignored) {
      drop(inbox, GOOD, name);
    }
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isZero();
    }
    assertThat(names(inbox)).containsExactlyInAnyOrder(ignored);
    assertThat(names(folder.archive())).isEmpty();
    assertThat(names(folder.failed())).isEmpty();
  }

  @Test
  void upperCaseAndMacroEnabledWorkbooksAreTaken() throws Exception {
    drop(inbox, GOOD, "大写.XLSX");
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(names(folder.archive())).containsExactly("大写.XLSX");
  }
}
