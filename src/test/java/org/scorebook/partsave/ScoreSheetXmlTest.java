package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.CellRef;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Leaf;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.WorkbookView;

/**
 * The score sheet written as XML ({@link ScoreSheetXml}) shows a reader what the one written
 * through POI shows, cell by cell: for the shipped samples, random indicator trees and
 * self-evaluation forms, each as scored, without messages and with more messages planted. The POI
 * one is the product's own output ({@link WorkbookWriter}); the XML one goes into a workbook POI
 * built with the same sheet names ({@link XmlScoreSheets}). Both are read with POI and with
 * fastexcel-reader.
 */
class ScoreSheetXmlTest {
  private static final String SUMMARY = WorkbookWriter.SCORE_SHEET;

  /** A sheet whose name needs quoting in a link, and one whose name differs only in case. */
  private static final String QUOTED_SHEET = "预算's & <表>";

  private static final String ASCII_SHEET = "Data";

  @TempDir Path folder;

  /** What to do to the scorecard before writing it. */
  enum Messages {
    AS_SCORED,
    NONE,
    PLANTED;

    Scorecard apply(Scorecard card) {
      return switch (this) {
        case AS_SCORED -> card;
        case NONE ->
            new Scorecard(
                card.evaluation(), card.indicators(), card.total(), card.grade(), List.of());
        case PLANTED -> {
          List<Message> messages = new ArrayList<>(card.messages());
          messages.addAll(planted());
          messages.sort(Message.WORKBOOK_ORDER); // as the scorer orders them
          yield new Scorecard(
              card.evaluation(), card.indicators(), card.total(), card.grade(), messages);
        }
      };
    }
  }

  /**
   * Messages about a cell of an existing sheet, a whole sheet, a sheet named in another case, a
   * sheet whose name needs quoting, a sheet the workbook lacks, with text that needs escaping and a
   * text longer than a cell holds.
   */
  static List<Message> planted() {
    return List.of(
        Message.error(CellRef.of("指标评分", 4, 6), "A1", "公式 <分值> & \"实际\" 有误"),
        Message.warning(CellRef.sheet("项目信息"), "", "整张工作表：\n第二行\t制表"),
        Message.warning(CellRef.of("DATA", 0, 0), "B1.1", "大小写不同的工作表名"),
        Message.warning(CellRef.of(QUOTED_SHEET, 2, 27), "C", "要加引号的工作表名"),
        Message.error(CellRef.of("不存在的表", 1, 1), "", "没有这张工作表"),
        Message.warning(CellRef.of("指标评分", 9, 2), "A2", "长".repeat(40_000)));
  }

  // The shipped samples

  static Stream<Arguments> samples() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("samples"))) {
      files = listed.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    return files.stream()
        .flatMap(file -> Stream.of(Messages.values()).map(m -> Arguments.of(file, m)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void sampleScoreSheetsReadTheSameBothWays(Path sample, Messages messages) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.open(sample, Kinds.ALL.readers())) {
      Scorecard card = messages.apply(Scorer.score(opened.evaluation()));
      assertSameBothWays(opened.workbook(), opened.original(), card);
    }
  }

  // Random trees of contract v1

  static Stream<Arguments> trees() {
    return IntStream.rangeClosed(1, 12)
        .boxed()
        .flatMap(seed -> Stream.of(Messages.values()).map(m -> Arguments.of(seed, m)));
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("trees")
  void randomTreesReadTheSameBothWays(int seed, Messages messages) throws Exception {
    try (Workbook workbook = randomTree(new Random(seed)).build()) {
      Scorecard card =
          messages.apply(
              Scorer.score(
                  WorkbookReader.read(workbook, TestWorkbooks.SOURCE, Kinds.ALL.readers())));
      assertSameBothWays(workbook, Optional.empty(), card);
    }
  }

  private static TestWorkbooks.Builder randomTree(Random random) {
    TestWorkbooks.Builder tree =
        TestWorkbooks.evaluation()
            .project(ProjectInfo.NAME, random.nextInt(5) == 0 ? null : words(random, 40))
            .project(ProjectInfo.UNIT, words(random, 20))
            .project(ProjectInfo.DEPARTMENT, random.nextBoolean() ? words(random, 20) : null)
            .project(ProjectInfo.EVALUATOR, words(random, 12))
            .project(ProjectInfo.YEAR, 2015 + random.nextInt(10))
            .project(ProjectInfo.BUDGET, amount(random))
            .project(ProjectInfo.SPENDING, amount(random))
            .grades("优", 90, "良", 80, "中", 60, "差", 0)
            .sheet(QUOTED_SHEET)
            .sheet(ASCII_SHEET);
    for (String label : Findings.LABELS) {
      if (random.nextBoolean()) {
        tree.finding(label, words(random, 300));
      }
    }
    int tops = 1 + random.nextInt(4);
    for (int t = 0; t < tops; t++) {
      List<Row> rows = new ArrayList<>();
      branch(rows, random, String.valueOf((char) ('A' + t)), 1);
      for (Row row : rows) {
        row.addTo(tree, random);
      }
    }
    return tree;
  }

  /** A row of 指标评分: a leaf is scored by hand, by chance blank, as text or above its full. */
  private record Row(String code, String name, double full, boolean leaf) {
    void addTo(TestWorkbooks.Builder tree, Random random) {
      tree.indicator(code, name, full);
      if (!leaf) {
        return;
      }
      switch (random.nextInt(6)) {
        case 0 -> tree.manual(null);
        case 1 -> tree.manual("约" + random.nextInt(10));
        case 2 -> tree.manual(full + 1 + random.nextInt(5));
        default -> tree.manual(Math.round(random.nextDouble() * full * 100) / 100.0);
      }
      if (random.nextBoolean()) {
        tree.reason(words(random, 80));
      }
    }
  }

  /**
   * An indicator and, above the fourth level and by chance, its children, parent first; a parent's
   * full is its children's sum, now and then off by one.
   *
   * @return the indicator's full
   */
  private static double branch(List<Row> rows, Random random, String code, int level) {
    int children = level >= 4 || random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
    String name = words(random, level == 1 ? 8 : 60);
    if (children == 0) {
      double full = 1 + random.nextInt(20);
      rows.add(new Row(code, name, full, true));
      return full;
    }
    int at = rows.size();
    rows.add(null);
    double sum = 0;
    for (int c = 1; c <= children; c++) {
      sum += branch(rows, random, level == 1 ? code + c : code + "." + c, level + 1);
    }
    double full = random.nextInt(8) == 0 ? sum + 1 : sum;
    rows.set(at, new Row(code, name, full, false));
    return full;
  }

  private static Object amount(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> "约" + random.nextInt(100) + "万";
      default -> Math.round(random.nextDouble() * 100_000) / 100.0;
    };
  }

  private static final String[] WORDS = {
    "项目",
    "资金",
    "管理",
    "绩效",
    "目标",
    "完成",
    "率",
    "满意度",
    "Platform",
    "v2.0",
    "A&B",
    "<备注>",
    "\"引号\"",
    "'单引号'",
    "  两个空格",
    "换\n行",
    "100%",
    "≥90%",
    "（万元）",
    "😀",
    "、",
    "。"
  };

  /** Up to {@code max} characters of words, some of which need escaping in XML. */
  private static String words(Random random, int max) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(max + 1);
    while (text.length() < length) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  // The self-evaluation form

  static Stream<Arguments> forms() {
    return IntStream.rangeClosed(0, 5)
        .boxed()
        .flatMap(variant -> Stream.of(Messages.values()).map(m -> Arguments.of(variant, m)));
  }

  @ParameterizedTest(name = "form {0} {1}")
  @MethodSource("forms")
  void selfEvaluationFormsReadTheSameBothWays(int variant, Messages messages) throws Exception {
    try (Workbook workbook = form(variant).afterSheets(QUOTED_SHEET, ASCII_SHEET).build()) {
      Scorecard card =
          messages.apply(
              Scorer.score(
                  WorkbookReader.read(workbook, SelfEvaluationForms.SOURCE, Kinds.ALL.readers())));
      assertSameBothWays(workbook, Optional.empty(), card);
    }
  }

  private static SelfEvaluationForms.Builder form(int variant) {
    SelfEvaluationForms.Builder form = SelfEvaluationForms.form();
    Random random = new Random(variant);
    return switch (variant) {
      case 0 -> form;
      case 1 -> form.repeatedLevelNames().withoutPerformanceColumn();
      case 2 -> form.funds("未执行", 3).projectName("");
      case 3 -> form.total(95).budgetFull(null);
      default -> {
        List<Leaf> leaves = new ArrayList<>();
        for (Leaf leaf : SelfEvaluationForms.sampleLeaves()) {
          leaves.add(
              new Leaf(
                  leaf.first(),
                  leaf.second(),
                  words(random, 30) + leaf.third(),
                  random.nextBoolean() ? words(random, 40) : leaf.target(),
                  random.nextBoolean() ? words(random, 40) : leaf.actual(),
                  leaf.full(),
                  random.nextInt(5) == 0 ? "满分" : leaf.score(),
                  random.nextBoolean() ? words(random, 200) : leaf.reason()));
        }
        yield form.leaves(leaves).projectName(words(random, 60));
      }
    };
  }

  // Both ways

  /**
   * Writes {@code card} into {@code workbook} as the product does, then the same score sheet as XML
   * into a workbook with the same sheets, and compares what POI and fastexcel-reader see.
   */
  private void assertSameBothWays(Workbook workbook, Optional<byte[]> original, Scorecard card)
      throws IOException {
    BothWays written = bothWays(folder, workbook, original, card);
    assertSameView(written.viaPoi(), written.viaXml());
  }

  /** The score sheet written through POI by the product, and as XML. */
  record BothWays(Path viaPoi, Path viaXml) {}

  /**
   * Writes {@code card} into {@code workbook} as the product does ({@code poi.xlsx} in {@code
   * folder}), then the same score sheet as XML into a workbook with the same sheets ({@code
   * xml.xlsx}).
   */
  static BothWays bothWays(
      Path folder, Workbook workbook, Optional<byte[]> original, Scorecard card)
      throws IOException {
    Path viaPoi = folder.resolve("poi.xlsx");
    WorkbookWriter.write(workbook, original, card, viaPoi, VERSION, WRITTEN_AT);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    assertThat(names.get(0)).isEqualTo(SUMMARY);
    Path viaXml = folder.resolve("xml.xlsx");
    XmlScoreSheets.save(viaXml, card, names, 0);
    return new BothWays(viaPoi, viaXml);
  }

  /** POI and fastexcel-reader see the same score sheet in both files. */
  static void assertSameView(Path viaPoi, Path viaXml) throws IOException {
    List<String> expected = SheetView.poi(viaPoi, SUMMARY);
    assertThat(expected).anyMatch(line -> line.startsWith("merged "));
    assertSameLines("POI", SheetView.poi(viaXml, SUMMARY), expected);
    List<String> read = SheetView.fastexcel(viaPoi, SUMMARY);
    assertThat(read)
        .anyMatch(line -> line.contains(" STRING "))
        .anyMatch(line -> line.contains(" NUMBER "));
    assertSameLines("fastexcel", SheetView.fastexcel(viaXml, SUMMARY), read);
    List<String> seen = scoreSheetLines(WorkbookView.of(viaPoi));
    assertThat(seen).noneMatch(line -> line.startsWith(WorkbookView.READER_MISMATCHES));
    assertSameLines("WorkbookView", scoreSheetLines(WorkbookView.of(viaXml)), seen);
  }

  /**
   * What {@link WorkbookView} sees of the score sheet: the sheet, its cells, the names scoped to it
   * and where its two readers disagree about it.
   */
  private static List<String> scoreSheetLines(WorkbookView view) {
    return view.lines().stream()
        .filter(
            line ->
                line.startsWith("sheet " + SUMMARY + " ")
                    || line.startsWith(SUMMARY + "!")
                    || line.startsWith("name ") && line.contains(" scope " + SUMMARY + " ")
                    || line.startsWith(WorkbookView.READER_MISMATCHES + " " + SUMMARY + "!"))
        .toList();
  }

  /** Fails naming only the lines that differ, when any do, then on any difference of order. */
  static void assertSameLines(String reader, List<String> actual, List<String> expected) {
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> unexpected = new ArrayList<>(actual);
    expected.forEach(unexpected::remove);
    assertThat(missing)
        .as(
            "%s: what the POI score sheet shows and the XML one does not; the XML one shows instead%n%s",
            reader, String.join("\n", unexpected.subList(0, Math.min(20, unexpected.size()))))
        .isEmpty();
    assertThat(unexpected).as("%s: what only the XML score sheet shows", reader).isEmpty();
    assertThat(actual).as(reader).containsExactlyElementsOf(expected);
  }

  @Test
  void plantedMessagesLinkOnlyToSheetsTheWorkbookHas() throws Exception {
    try (Workbook workbook = randomTree(new Random(7)).build()) {
      Scorecard card =
          Messages.PLANTED.apply(
              Scorer.score(
                  WorkbookReader.read(workbook, TestWorkbooks.SOURCE, Kinds.ALL.readers())));
      assertSameBothWays(workbook, Optional.empty(), card);
    }
    List<String> links =
        SheetView.poi(folder.resolve("xml.xlsx"), SUMMARY).stream()
            .filter(line -> line.startsWith("link "))
            .toList();
    assertThat(links)
        .anyMatch(line -> line.endsWith(" DOCUMENT '指标评分'!G5"))
        .anyMatch(line -> line.endsWith(" DOCUMENT '项目信息'!A1"))
        .anyMatch(line -> line.endsWith(" DOCUMENT 'DATA'!A1"))
        .anyMatch(line -> line.endsWith(" DOCUMENT '预算''s & <表>'!AB3"))
        .noneMatch(line -> line.contains("不存在的表"));
  }
}
