package org.scorebook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.hostile.HostileUnreadableFilesIT.Case;

/**
 * The whole corpus of unreadable files dropped into one inbox at once, then gathered by the
 * department summary, each in a JVM limited to 256 MB: the service keeps going, every file lands in
 * 待修改 with its reason, and the summary lists every one in 问题清单 instead of failing.
 */
class HostileWatchAndSummaryIT {
  @TempDir Path temp;

  @SuppressWarnings("unchecked")
  private static List<Case> corpus() {
    return HostileUnreadableFilesIT.cases()
        .map(a -> ((Named<Case>) a.get()[0]).getPayload())
        .toList();
  }

  private Path inboxWithCorpus(List<Case> cases) throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    for (Case c : cases) {
      c.make().apply(inbox.resolve(c.fileName()));
    }
    Files.deleteIfExists(inbox.resolve("secret.txt"));
    return inbox;
  }

  private static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  @Test
  void watchPutsEveryBadFileIn待修改WithItsReasonAndCarriesOn() throws Exception {
    List<Case> cases = corpus();
    Path inbox = inboxWithCorpus(cases);
    for (Case c :
        cases) { // dropped long ago: a broken package that is still young would be waited for
      Files.setLastModifiedTime(
          inbox.resolve(c.fileName()), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }

    HostileRuns.Run result =
        HostileRuns.childJvm(
            Files.createDirectories(temp.resolve("logs")),
            "watch",
            inbox.toString(),
            "--once",
            "--interval",
            "1");

    assertThat(result.status()).as(result.all()).isEqualTo(1);
    HostileRuns.assertNoStackTrace(result);
    Path failed = inbox.resolve("待修改");
    for (Case c : cases) {
      assertThat(failed.resolve(c.fileName()))
          .as("original of %s kept in 待修改", c.fileName())
          .exists();
      Path reason = failed.resolve(stem(c.fileName()) + ".错误说明.txt");
      assertThat(Files.readString(reason, StandardCharsets.UTF_8))
          .as(c.fileName())
          .contains(c.reason());
    }
    try (Stream<Path> left = Files.list(inbox)) {
      assertThat(left.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("nothing left in the inbox")
          .isEmpty();
    }
    try (Stream<Path> out = Files.list(inbox.resolve("已评分"))) {
      assertThat(out).as("no scored output for an unreadable file").isEmpty();
    }
  }

  @Test
  void summaryListsEveryBadFileIn问题清单() throws Exception {
    List<Case> cases = corpus();
    Path inbox = inboxWithCorpus(cases);
    Files.copy(Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx"), inbox.resolve("好的.xlsx"));
    Path results = temp.resolve("结果.xlsx");

    HostileRuns.Run result =
        HostileRuns.childJvm(
            Files.createDirectories(temp.resolve("logs")),
            "summary",
            inbox.toString(),
            "--out",
            results.toString());

    assertThat(result.status()).as(result.all()).isEqualTo(1);
    HostileRuns.assertNoStackTrace(result);
    try (InputStream in = Files.newInputStream(results);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      int problems = book.findSheet("问题清单").orElseThrow().read().size() - 1;
      // The header and the 合计 row aside.
      int projects = book.findSheet("绩效评价结果信息表").orElseThrow().read().size() - 2;
      assertThat(problems).isEqualTo(cases.size());
      assertThat(projects).isEqualTo(1);
    }
  }
}
