package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchNamesTest {
  @TempDir Path inbox;

  @Test
  void namesWithChineseCharactersAndSpacesKeepTheirNames() throws Exception {
    List<String> dropped = List.of("2017年 合作交流 平台（运维）.xlsx", "  前后有空格 的评价 .xlsx", "评价　全角空格.xlsm");
    for (String name : dropped) {
      drop(inbox, GOOD, name);
    }
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(3);
    }
    assertThat(names(folder.archive())).containsExactlyInAnyOrderElementsOf(dropped);
    assertThat(names(folder.out())).containsExactlyInAnyOrderElementsOf(dropped);
  }

  @Test
  void aNameTooLongToClaimWholeIsShortenedAndTheWorkbookIsStillScored() throws Exception {
    // 78 characters, 239 bytes in UTF-8: a legal name that leaves no room for the claim's prefix
    String stem = "关于二〇一八年度上海市政府驻外办事处视频会议系统运行维护项目支出绩效评价的报告".repeat(2);
    String name = stem + ".xlsx";
    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(200, 255);
    drop(inbox, GOOD, name);
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
    }
    assertThat(names(inbox)).isEmpty();
    for (Path done : List.of(folder.out(), folder.archive())) {
      assertThat(names(done))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n).endsWith("….xlsx");
                assertThat(stem).startsWith(n.substring(0, n.length() - "….xlsx".length()));
                assertThat(WorkbookNames.stem(n).getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(WorkbookNames.MAX_STEM_BYTES);
              });
    }
  }

  @Test
  void aSecondFileOfTheSameNameGetsATimeSuffixAndNothingIsOverwritten() throws Exception {
    DropFolder folder = DropFolder.at(inbox);
    try (Watcher watcher = new Watcher(folder, handled -> {})) {
      drop(inbox, GOOD, "评价.xlsx");
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
      byte[] firstScored = Files.readAllBytes(folder.out().resolve("评价.xlsx"));

      drop(inbox, WITH_ERRORS, "评价.xlsx"); // resubmitted, this time with mistakes
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);
      drop(inbox, GOOD, "评价.xlsx"); // and once more, corrected
      watcher.poll();
      assertThat(watcher.poll()).isEqualTo(1);

      assertThat(Files.readAllBytes(folder.out().resolve("评价.xlsx")))
          .as("first output untouched")
          .isEqualTo(firstScored);
    }
    assertThat(names(folder.archive()))
        .hasSize(2)
        .contains("评价.xlsx")
        .anySatisfy(
            n -> assertThat(n).matches("评价 \\(\\d{4}-\\d{2}-\\d{2} \\d{6}(-\\d+)?\\)\\.xlsx"));
    assertThat(names(folder.out())).hasSize(2);
    assertThat(failedOriginals(folder))
        .singleElement()
        .satisfies(n -> assertThat(n).startsWith("评价 ("));
    String stem = WorkbookNames.stem(failedOriginals(folder).get(0));
    assertThat(names(folder.failed())).contains(stem + ".已标注.xlsx", stem + ".错误说明.txt");
  }
}
