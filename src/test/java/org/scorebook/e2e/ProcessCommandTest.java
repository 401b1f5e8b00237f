package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.TestWorkbooks;

/**
 * {@code scorebook process} from the command line on real files, with outputs read back by an
 * independent reader (fastexcel-reader, no POI inside).
 */
class ProcessCommandTest {
  @TempDir Path temp;

  private Path copyOfSamples() throws IOException {
    Path in = Files.createDirectories(temp.resolve("收件 箱"));
    for (Path sample :
        List.of(
            SeedGoldenTest.SEED_001,
            SeedGoldenTest.DEPARTMENT_2018,
            SeedGoldenTest.WITH_MISTAKES)) {
      Files.copy(sample, in.resolve(sample.getFileName().toString()));
    }
    return in;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** 指标编码 → 得分 as the independent reader sees the cached cell values. */
  static Map<String, BigDecimal> scoresIn(Path workbook) throws IOException {
    Map<String, BigDecimal> scores = new TreeMap<>();
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      Sheet sheet = book.findSheet("指标评分").orElseThrow();
      List<Row> rows = sheet.read();
      Row header = rows.get(0);
      int code = columnOf(header, "指标编码");
      int score = columnOf(header, "得分");
      for (Row row : rows.subList(1, rows.size())) {
        Optional<String> c = row.getCellAsString(code);
        if (c.isPresent() && !c.get().isBlank()) {
          scores.put(c.get().trim(), row.getCellAsNumber(score).orElse(null));
        }
      }
    }
    return scores;
  }

  static int columnOf(Row header, String text) {
    for (int i = 0; i < header.getCellCount(); i++) {
      if (header.getCellAsString(i).map(String::trim).orElse("").equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no column " + text);
  }

  static List<String> sheetNames(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      return book.getSheets().map(Sheet::getName).toList();
    }
  }

  @Test
  void processesAFolderLeavingEveryInputByteForByteUnchanged() throws Exception {
    Path in = copyOfSamples();
    Map<Path, String> before = new TreeMap<>();
    try (Stream<Path> files = Files.list(in)) {
      for (Path f : files.toList()) {
        before.put(f, sha256(f));
      }
    }
    Path out = temp.resolve("输出");

    CliAccess.Result result = CliAccess.run("process", in.toString(), "--out", out.toString());

    assertThat(result.status()).as(result.out()).isEqualTo(1);
    assertThat(result.out()).contains("87.12 分（良）").contains("88.20 分（良）").contains("个错误");
    assertThat(result.err()).isEmpty();
    for (Map.Entry<Path, String> e : before.entrySet()) {
      assertThat(sha256(e.getKey())).as("input %s unchanged", e.getKey()).isEqualTo(e.getValue());
      assertThat(out.resolve(e.getKey().getFileName())).exists();
    }
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.count()).as("nothing written beside the inputs").isEqualTo(3);
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temp file left")
          .allMatch(n -> n.endsWith(".xlsx"));
    }
  }

  @Test
  void outputHoldsScoresAndSummaryForAnIndependentReader() throws Exception {
    Path out = temp.resolve("out");
    CliAccess.run("process", SeedGoldenTest.SEED_001.toString(), "--out", out.toString());
    Path output = out.resolve(SeedGoldenTest.SEED_001.getFileName());

    assertThat(sheetNames(output).get(0)).isEqualTo("评分汇总");
    Map<String, BigDecimal> scores = scoresIn(output);
    assertThat(scores.get("B1.1.2")).isEqualByComparingTo("2.94");
    assertThat(scores.get("C1.2.2")).isEqualByComparingTo("4.56");
    assertThat(scores.get("A")).isEqualByComparingTo("9");
    assertThat(scores.get("B")).isEqualByComparingTo("16.94");
    assertThat(scores.get("C")).isEqualByComparingTo("61.18");
    try (InputStream in = Files.newInputStream(output);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      List<Row> summary = book.getFirstSheet().read();
      List<BigDecimal> numbers =
          summary.stream()
              .flatMap(r -> r.stream())
              .filter(c -> c != null && c.getType() == CellType.NUMBER)
              .map(c -> c.asNumber())
              .toList();
      assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo("87.12"));
      assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo("16.94"));
      String text =
          summary.stream()
              .flatMap(r -> r.stream())
              .filter(c -> c != null)
              .map(c -> c.getText())
              .toList()
              .toString();
      assertThat(text).contains("良").contains("2017年合作交流综合信息服务平台建设运维项目");
    }
  }

  @Test
  void processingAnOutputAgainChangesNoScoreAndAddsNoSecondSummary() throws Exception {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    CliAccess.run("process", SeedGoldenTest.SEED_001.toString(), "--out", first.toString());
    Path once = first.resolve(SeedGoldenTest.SEED_001.getFileName());
    CliAccess.Result again = CliAccess.run("process", once.toString(), "--out", second.toString());
    Path twice = second.resolve(SeedGoldenTest.SEED_001.getFileName());

    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("87.12 分（良）").doesNotContain("原填写");
    assertThat(scoresIn(twice)).isEqualTo(scoresIn(once));
    assertThat(sheetNames(twice)).isEqualTo(sheetNames(once));
    assertThat(sheetNames(twice).stream().filter(n -> n.equals("评分汇总"))).hasSize(1);
  }

  @Test
  void aCorruptFileInABatchGetsOneClearLineAndTheOthersAreStillScored() throws Exception {
    Path in = copyOfSamples();
    byte[] whole = Files.readAllBytes(in.resolve(SeedGoldenTest.SEED_001.getFileName()));
    Files.write(in.resolve("半截.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(in.resolve("伪装.xlsx"), "项目名称,得分\n测试,90\n");
    Files.write(in.resolve("空.xlsx"), new byte[0]);
    Files.writeString(in.resolve("~$锁定.xlsx"), "owner");

    CliAccess.Result result =
        CliAccess.run("process", in.toString(), "--out", temp.resolve("out").toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("半截.xlsx：无法读取：文件不完整或已损坏");
    assertThat(result.out()).contains("伪装.xlsx：无法读取：不是 Excel 工作簿");
    assertThat(result.out()).contains("空.xlsx：无法读取：文件是空的");
    assertThat(result.out())
        .doesNotContain("锁定")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.out()).contains("87.12 分（良）").contains("88.20 分（良）");
    assertThat(temp.resolve("out").resolve("半截.xlsx")).doesNotExist();
  }

  @Test
  void aWorkbookWithoutAnIndicatorSheetCannotBeScoredRatherThanBeingUnreadable() throws Exception {
    Path file =
        TestWorkbooks.evaluation()
            .project("项目名称", "只有项目信息")
            .withoutSheet("指标评分")
            .saveTo(temp.resolve("只有项目信息.xlsx"));

    CliAccess.Result result =
        CliAccess.run("process", file.toString(), "--out", temp.resolve("out").toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out())
        .contains("只有项目信息.xlsx：无法评分：缺少工作表「指标评分」", "scorebook template")
        .doesNotContain("无法读取");
  }

  @Test
  void anOutputThatCannotBeWrittenSaysSoInChineseNamingTheOutputNotATempFile() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    String name = SeedGoldenTest.SEED_001.getFileName().toString();
    Files.writeString(
        Files.createDirectories(out.resolve(name)).resolve("挡路.txt"),
        "x"); // a folder where the output goes
    CliAccess.Result result =
        CliAccess.run("process", SeedGoldenTest.SEED_001.toString(), "--out", out.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out())
        .contains("无法写入 " + out.resolve(name))
        .contains("挡住")
        .doesNotContain("无法读取")
        .doesNotContain(".scorebook-")
        .doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,}"); // no English words from the system
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly(name);
    }
  }

  @Test
  void processRemovesTheTempFilesAKilledRunLeftButNotOneBeingWrittenNow() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path leftByAKill = Files.writeString(out.resolve(".scorebook-123.tmp"), "half");
    Files.setLastModifiedTime(leftByAKill, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path beingWritten = Files.writeString(out.resolve(".scorebook-456.tmp"), "live");
    CliAccess.Result result =
        CliAccess.run("process", SeedGoldenTest.SEED_001.toString(), "--out", out.toString());
    assertThat(result.status()).as(result.out()).isZero();
    assertThat(leftByAKill).doesNotExist();
    assertThat(beingWritten).exists();
  }

  @Test
  void aWorkbookOpenInExcelSaysSoOnItsLineWhateverTheLengthOfItsName() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Path shortName = Files.copy(SeedGoldenTest.SEED_001, in.resolve("评价.xlsx"));
    Files.writeString(in.resolve("~$评价.xlsx"), "owner");
    String longName = "2017年合作交流综合信息服务平台建设运维项目绩效评价报告.xlsx";
    Path longOne = Files.copy(SeedGoldenTest.SEED_001, in.resolve(longName));
    Files.writeString(
        in.resolve("~$" + longName.substring(2)),
        "owner"); // Excel drops two characters of a long name
    Path closed = Files.copy(SeedGoldenTest.SEED_001, in.resolve("已关闭.xlsx"));
    CliAccess.Result result =
        CliAccess.run("process", in.toString(), "--out", temp.resolve("out").toString());
    for (Path open : List.of(shortName, longOne)) {
      assertThat(lineFor(result.out(), open))
          .contains("✓")
          .contains("正在 Excel 中打开")
          .contains("尚未保存的修改");
    }
    assertThat(lineFor(result.out(), closed)).doesNotContain("Excel");
  }

  private static String lineFor(String out, Path input) {
    return out.lines()
        .filter(l -> l.contains(input.toString() + " →"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(out));
  }

  @Test
  void jsonPrintsOneObjectPerWorkbook() throws Exception {
    CliAccess.Result result =
        CliAccess.run(
            "validate",
            SeedGoldenTest.SEED_001.toString(),
            SeedGoldenTest.WITH_MISTAKES.toString(),
            "--json");
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonObject seed = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertThat(seed.get("total").getAsDouble()).isEqualTo(87.12);
    assertThat(seed.get("grade").getAsString()).isEqualTo("良");
    assertThat(seed.get("errors").getAsInt()).isZero();
    assertThat(seed.get("output").isJsonNull()).isTrue();
    assertThat(seed.get("project").getAsString()).isEqualTo("2017年合作交流综合信息服务平台建设运维项目");
    JsonObject b = seed.getAsJsonArray("levels").get(1).getAsJsonObject();
    assertThat(b.get("code").getAsString()).isEqualTo("B");
    assertThat(b.get("full").getAsDouble()).isEqualTo(25.0);
    assertThat(b.get("score").getAsDouble()).isEqualTo(16.94);
    assertThat(b.get("rate").getAsDouble()).isEqualTo(0.6776);

    JsonObject mistakes = JsonParser.parseString(lines.get(1)).getAsJsonObject();
    assertThat(mistakes.get("total").isJsonNull()).isTrue();
    assertThat(mistakes.get("grade").isJsonNull()).isTrue();
    assertThat(mistakes.get("errors").getAsInt()).isPositive();
    JsonObject message = mistakes.getAsJsonArray("messages").get(0).getAsJsonObject();
    assertThat(message.keySet())
        .containsExactlyInAnyOrder("severity", "sheet", "cell", "code", "text", "position");
    assertThat(result.status()).isEqualTo(1);
  }

  @Test
  void theSamplesFolderCoversBothKindsOfWorkbook(@TempDir Path out) throws Exception {
    CliAccess.Result result =
        CliAccess.run("process", "samples", "--out", out.toString(), "--json");

    Map<String, JsonObject> byKind = new TreeMap<>();
    result
        .out()
        .lines()
        .map(line -> JsonParser.parseString(line).getAsJsonObject())
        .filter(json -> json.has("kind") && json.get("errors").getAsInt() == 0)
        .forEach(json -> byKind.putIfAbsent(json.get("kind").getAsString(), json));
    assertThat(byKind).containsOnlyKeys("contract-v1", "self-evaluation");
    JsonObject form = byKind.get("self-evaluation");
    assertThat(form.get("total").getAsDouble()).isEqualTo(96.16);
    assertThat(form.get("grade").getAsString()).isEqualTo("优");
    assertThat(form.get("executionRate").getAsDouble()).isCloseTo(5.6 / 5.8, within(1e-12));
    assertThat(form.getAsJsonArray("levels"))
        .extracting(level -> level.getAsJsonObject().get("name").getAsString())
        .containsExactly("产出指标", "效益指标", "满意度指标", "预算执行");
    assertThat(out.resolve("2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx")).exists();
  }

  @Test
  void twoThreadsGiveTheSameResultsInTheSameOrder() throws Exception {
    Path in = copyOfSamples();
    for (int i = 0; i < 6; i++) {
      Files.copy(SeedGoldenTest.SEED_001, in.resolve("副本" + i + ".xlsx"));
    }
    CliAccess.Result one =
        CliAccess.run("process", in.toString(), "--out", temp.resolve("one").toString());
    CliAccess.Result two =
        CliAccess.run(
            "process", in.toString(), "--out", temp.resolve("two").toString(), "--threads", "2");
    assertThat(two.status()).isEqualTo(one.status()).isEqualTo(1);
    assertThat(two.out().replace(temp.resolve("two").toString(), "OUT"))
        .isEqualTo(one.out().replace(temp.resolve("one").toString(), "OUT"));
    assertThat(scoresIn(temp.resolve("two").resolve("副本5.xlsx")))
        .isEqualTo(scoresIn(temp.resolve("one").resolve("副本5.xlsx")));
  }

  @Test
  void validateSaysHowToSeeTheMessagesItDoesNotList() throws Exception {
    TestWorkbooks.Builder many =
        TestWorkbooks.evaluation().project("项目名称", "很多错误").indicator("A", "全部", 100);
    for (int i = 1; i <= 25; i++) {
      many.leaf("A" + i, "指标" + i, 4).manual(5);
    }
    Path file = many.saveTo(temp.resolve("很多错误.xlsx"));

    CliAccess.Result validated = CliAccess.run("validate", file.toString());
    CliAccess.Result processed =
        CliAccess.run("process", file.toString(), "--out", temp.resolve("out").toString());

    assertThat(validated.out())
        .contains("另有", "--json", "scorebook process")
        .doesNotContain("详见输出工作簿");
    assertThat(processed.out()).contains("详见输出工作簿");
  }

  @Test
  void validateWritesNothing() throws Exception {
    Path in = copyOfSamples();
    CliAccess.Result result = CliAccess.run("validate", in.toString());
    assertThat(result.status()).isEqualTo(1);
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(3);
    }
  }

  @Test
  void inPlaceReplacesTheInputAndKeepsTheOriginalAsBak() throws Exception {
    Path file = Files.copy(SeedGoldenTest.SEED_001, temp.resolve("评价.xlsx"));
    String original = sha256(file);
    CliAccess.Result result = CliAccess.run("process", file.toString(), "--in-place");
    assertThat(result.status()).isZero();
    assertThat(sha256(temp.resolve("评价.xlsx.bak"))).isEqualTo(original);
    assertThat(sheetNames(file).get(0)).isEqualTo("评分汇总");
  }

  @Test
  void secondInPlaceRunKeepsTheFirstBackup() throws Exception {
    Path file = Files.copy(SeedGoldenTest.SEED_001, temp.resolve("评价.xlsx"));
    String original = sha256(file);
    assertThat(CliAccess.run("process", file.toString(), "--in-place").status()).isZero();
    String scored = sha256(file);

    assertThat(CliAccess.run("process", file.toString(), "--in-place").status()).isZero();

    assertThat(sha256(temp.resolve("评价.xlsx.bak"))).isEqualTo(original);
    try (Stream<Path> files = Files.list(temp)) {
      List<Path> stamped =
          files.filter(f -> f.getFileName().toString().matches("评价\\.xlsx\\..+\\.bak")).toList();
      assertThat(stamped).hasSize(1);
      assertThat(sha256(stamped.get(0))).isEqualTo(scored);
    }
  }

  @Test
  void defaultOutputGoesToAFolderBesideTheInput() throws Exception {
    Path file = Files.copy(SeedGoldenTest.SEED_001, temp.resolve("评价.xlsx"));
    CliAccess.Result result = CliAccess.run("process", file.toString());
    assertThat(result.status()).isZero();
    assertThat(temp.resolve("已评分").resolve("评价.xlsx")).exists();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CliAccess.run("process", temp.resolve("nope.xlsx").toString()).status())
        .isEqualTo(2);
    assertThat(CliAccess.run("bogus").status()).isEqualTo(2);
    CliAccess.Result help = CliAccess.run("process", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("用法：").contains("--out").contains("退出码");
    assertThat(CliAccess.run("--version").out()).startsWith("Scorebook ");
  }
}
