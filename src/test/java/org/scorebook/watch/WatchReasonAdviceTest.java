package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.hostile.HostileAccess;

/** Each reason a file cannot be read ends 错误说明.txt with advice that fits it. */
class WatchReasonAdviceTest {
  @TempDir Path inbox;

  private String reasonFor(String name) throws IOException {
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    return Files.readString(
        folder.failed().resolve(WorkbookNames.stem(name) + Disposition.REASON_SUFFIX),
        StandardCharsets.UTF_8);
  }

  @Test
  void anEncryptedWorkbookIsToHaveItsPasswordRemovedNotSavedAsXlsx() throws Exception {
    settled(HostileAccess.encrypted(inbox.resolve("加密.xlsx")));

    assertThat(reasonFor("加密.xlsx")).contains("打开密码", "取消打开密码").doesNotContain("另存为 .xlsx");
  }

  @Test
  void aZipBombIsToBeCheckedForBeingTheRightFile() throws Exception {
    settled(HostileAccess.zipBomb(inbox.resolve("炸弹.xlsx")));

    assertThat(reasonFor("炸弹.xlsx")).contains("压缩炸弹", "请确认放入的是正确的文件").doesNotContain("另存为 .xlsx");
  }

  @Test
  void aFileOverTheSizeLimitIsToBeMadeSmaller() throws Exception {
    Path big = inbox.resolve("太大.xlsx");
    Files.copy(GOOD, big);
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(60L * 1024 * 1024);
    }
    settled(big);

    assertThat(reasonFor("太大.xlsx")).contains("文件太大", "删去").doesNotContain("另存为 .xlsx");
  }

  @Test
  void aDamagedWorkbookIsStillToBeSavedAnewAsXlsx() throws Exception {
    byte[] good = Files.readAllBytes(GOOD);
    for (int i = 2000; i < 6000; i++) {
      good[i] = (byte) (good[i] ^ 0x5A); // inside the first parts' compressed data
    }
    settled(Files.write(inbox.resolve("损坏.xlsx"), good));

    assertThat(reasonFor("损坏.xlsx")).contains("另存为 .xlsx");
  }
}
