package org.scorebook.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.hostile.HostileAccess;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

/**
 * One behaviour, three ways of saving: every workbook the suite builds is written by POI's own save
 * of the whole workbook, by POI keeping the untouched parts' bytes, and by the save that rewrites
 * only the parts that change without POI; an independent reader must see the same workbook in all,
 * cell by cell, style by style, comment by comment. The last one must take every contract-v1
 * workbook here. Its output is then processed again every way, as users reprocess results.
 */
class SavePathsAgreeTest {

  /** How many workbooks {@link HostileAccess#readableCorpus} makes. */
  private static final int HOSTILE = 5;

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void bothSavesShowTheSameWorkbook(String name, Workbooks.Maker maker) throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));

    Path written = ThreeSaves.agree(input, folder.resolve("first"));
    ThreeSaves.agree(written, folder.resolve("again"));
  }

  static Stream<Arguments> corpus() {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      samples
          .filter(file -> file.toString().endsWith(".xlsx"))
          .sorted()
          .forEach(
              sample ->
                  all.add(
                      Arguments.of(
                          sample.getFileName().toString(),
                          (Workbooks.Maker) target -> copy(sample, target))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int seed = 1; seed <= 12; seed++) {
      int s = seed;
      all.add(
          Arguments.of(
              "随机指标树" + seed + ".xlsx",
              (Workbooks.Maker) target -> Workbooks.randomTree(new Random(s)).saveTo(target)));
    }
    all.add(
        Arguments.of(
            "自评表.xlsx", (Workbooks.Maker) target -> SelfEvaluationForms.form().saveTo(target)));
    all.add(
        Arguments.of(
            "自评表有误.xlsx",
            (Workbooks.Maker)
                target ->
                    SelfEvaluationForms.form().total("#REF!").funds("一百", 90).saveTo(target)));
    for (int i = 0; i < HOSTILE; i++) {
      int index = i;
      all.add(
          Arguments.of(
              "恶意内容" + (i + 1),
              (Workbooks.Maker)
                  target ->
                      HostileAccess.readableCorpus(
                              Files.createDirectories(target.resolveSibling("恶意" + index)))
                          .get(index)));
    }
    all.add(Arguments.of("带图表.xlsx", (Workbooks.Maker) RichWorkbooks::xlsx));
    all.add(Arguments.of("带宏.xlsm", (Workbooks.Maker) RichWorkbooks::xlsm));
    all.add(Arguments.of("参数有误.xlsx", (Workbooks.Maker) RichWorkbooks::withParameterError));
    return all.stream();
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    return Files.copy(from, to);
  }

  /** Workbooks made for this test. */
  static final class Workbooks {
    private Workbooks() {}

    @FunctionalInterface
    interface Maker {
      Path make(Path target) throws Exception;
    }

    /**
     * A tree of two or three levels whose leaves are scored by formula or by hand, with a few of
     * the mistakes evaluators make (a score above the full mark, a word for a number, a missing
     * reason), so that cells on more than one sheet get marked.
     */
    static TestWorkbooks.Builder randomTree(Random random) {
      TestWorkbooks.Builder builder =
          TestWorkbooks.evaluation()
              .project("项目名称", "随机项目" + random.nextInt(1000))
              .project("预算金额", 10 + random.nextInt(90))
              .project("实际支出", 5 + random.nextInt(50))
              .param("满意度", Math.round(random.nextDouble() * 100) / 100.0);
      if (random.nextInt(4) == 0) {
        builder.project("评价年度", "二〇二六");
      }
      int tops = 2 + random.nextInt(3);
      int[] fulls = split(100, tops, random);
      for (int t = 0; t < tops; t++) {
        String top = String.valueOf((char) ('A' + t));
        builder.indicator(top, "一级" + top, fulls[t]);
        int leaves = 1 + random.nextInt(4);
        int[] leafFulls = split(fulls[t], leaves, random);
        for (int l = 0; l < leaves; l++) {
          builder.leaf(top + (l + 1), "指标" + top + (l + 1), leafFulls[l]);
          leafScore(builder, leafFulls[l], random);
        }
      }
      return builder;
    }

    private static void leafScore(TestWorkbooks.Builder builder, int full, Random random) {
      switch (random.nextInt(7)) {
        case 0 -> builder.formula("分值 * 满意度");
        case 1 -> builder.manual(full).reason("");
        case 2 -> builder.manual(Math.max(0, full - 1)).reason("扣 1 分：资料不全");
        case 3 -> builder.manual(full + 5);
        case 4 -> builder.manual("九十");
        case 5 -> builder.manual(Math.max(0, full - 2));
        default -> builder.formula("分值 * 0.9").manual(full);
      }
    }

    /** {@code total} split into {@code parts} positive whole numbers. */
    private static int[] split(int total, int parts, Random random) {
      int[] result = new int[parts];
      int left = total;
      for (int i = 0; i < parts - 1; i++) {
        int most = left - (parts - 1 - i);
        result[i] = 1 + random.nextInt(Math.max(1, most / 2));
        left -= result[i];
      }
      result[parts - 1] = left;
      return result;
    }
  }
}
