package org.scorebook.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.provider.Arguments;
import org.scorebook.hostile.HostileAccess;
import org.scorebook.kinds.Kinds;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

/**
 * The workbooks every two-way test of the writer runs on: the shipped samples, random trees, both
 * kinds of workbook, a reviewer's comment on a cell at fault, the readable hostile workbooks,
 * charts, a macro project, a parameter error, and outputs of a run processed again.
 */
public final class WriteCorpus {
  public static final String REVIEWER = "张三";
  public static final String REVIEW = "张三：请核实";

  /**
   * The workbooks here with a formula that reads 指标评分 (the fixture's 其他!A1), whose cached value
   * only POI brings up to date: the part-by-part save leaves them to POI.
   */
  public static final Set<String> FORMULAS_READ_THE_RESULTS = Set.of("审阅意见.xlsx", "已处理审阅意见.xlsx");

  /**
   * The workbooks here with a formula of the user's in a result cell that reads nothing written and
   * has no saved result: only POI calculates what it gives, so the XML edits decline them. (A form
   * whose 总分 is a SUM over the scores written is calculated by the XML edits too.)
   */
  public static final Set<String> FORMULAS_IN_RESULT_CELLS = Set.of("自评表公式得分.xlsx", "得分列公式.xlsx");

  private WriteCorpus() {}

  public static Stream<Arguments> all() {
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
                          (Maker) target -> Files.copy(sample, target))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int seed = 1; seed <= 12; seed++) {
      int s = seed;
      all.add(
          Arguments.of(
              "随机指标树" + seed + ".xlsx",
              (Maker) target -> randomTree(new Random(s)).saveTo(target)));
    }
    all.add(Arguments.of("自评表.xlsx", (Maker) target -> SelfEvaluationForms.form().saveTo(target)));
    all.add(
        Arguments.of(
            "自评表有误.xlsx",
            (Maker)
                target ->
                    SelfEvaluationForms.form().total("#REF!").funds("一百", 90).saveTo(target)));
    all.add(Arguments.of("自评表公式得分.xlsx", (Maker) target -> formScoredByFormulas().saveTo(target)));
    all.add(Arguments.of("得分列公式.xlsx", (Maker) target -> scoreColumnFormulas().saveTo(target)));
    all.add(Arguments.of("审阅意见.xlsx", (Maker) WriteCorpus::reviewed));
    for (int i = 0; i < 5; i++) {
      int index = i;
      all.add(
          Arguments.of(
              "恶意内容" + (i + 1),
              (Maker)
                  target ->
                      HostileAccess.readableCorpus(
                              Files.createDirectories(target.resolveSibling("恶意" + index)))
                          .get(index)));
    }
    all.add(Arguments.of("带图表.xlsx", (Maker) RichWorkbooks::xlsx));
    all.add(Arguments.of("带宏.xlsm", (Maker) RichWorkbooks::xlsm));
    all.add(Arguments.of("参数有误.xlsx", (Maker) RichWorkbooks::withParameterError));
    all.add(
        Arguments.of(
            "已处理带错误示例.xlsx",
            (Maker) target -> processed(Path.of("samples", "带错误示例.xlsx"), target)));
    all.add(
        Arguments.of(
            "已处理随机指标树.xlsx",
            (Maker)
                target ->
                    processed(
                        randomTree(new Random(7)).saveTo(target.resolveSibling("随机.xlsx")),
                        target)));
    all.add(
        Arguments.of(
            "已处理自评表有误.xlsx",
            (Maker)
                target ->
                    processed(
                        SelfEvaluationForms.form()
                            .total("#REF!")
                            .funds("一百", 90)
                            .saveTo(target.resolveSibling("自评表有误.xlsx")),
                        target)));
    all.add(
        Arguments.of(
            "已处理审阅意见.xlsx",
            (Maker) target -> processed(reviewed(target.resolveSibling("审阅.xlsx")), target)));
    all.add(Arguments.of("审阅意见无引用公式.xlsx", (Maker) target -> withoutOtherSheet(reviewed(target))));
    all.add(
        Arguments.of(
            "已处理审阅意见无引用公式.xlsx",
            (Maker)
                target ->
                    processed(
                        withoutOtherSheet(reviewed(target.resolveSibling("审阅.xlsx"))), target)));
    return all.stream();
  }

  /**
   * The sample form with a 得分 typed as a formula that gives it, one that gives another number, and
   * a 总分 formula that leaves out a leaf.
   */
  static SelfEvaluationForms.Builder formScoredByFormulas() {
    return SelfEvaluationForms.form()
        .score("系统持续稳定运行", TestWorkbooks.formulaCell("G21*0.9"))
        .score("平均故障修复时间", TestWorkbooks.formulaCell("G17*0.8"))
        .total(TestWorkbooks.formulaCell("SUM(H13:H21)+H6"));
  }

  /** A contract-v1 workbook whose 得分 column holds formulas: one gives the score, one does not. */
  static TestWorkbooks.Builder scoreColumnFormulas() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "得分列写了公式")
        .indicator("A", "决策", 100)
        .leaf("A1", "满意度", 60)
        .manual(54)
        .reason("部分用户不满意")
        .leaf("A2", "执行", 40)
        .manual(40)
        .cell("指标评分", "I3", TestWorkbooks.formulaCell("G3"))
        .cell("指标评分", "I4", TestWorkbooks.formulaCell("G4*0.5"));
  }

  /** {@code file} without the sheet 其他, whose formula reads 指标评分. */
  private static Path withoutOtherSheet(Path file) throws IOException {
    Workbook workbook;
    try (var in = Files.newInputStream(file)) {
      workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in);
    }
    try (workbook) {
      workbook.removeSheetAt(workbook.getSheetIndex(SampleWorkbook.OTHER));
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  @FunctionalInterface
  public interface Maker {
    Path make(Path target) throws Exception;
  }

  /**
   * A tree of two or three levels whose leaves are scored by formula or by hand, with a few of the
   * mistakes evaluators make (a score above the full mark, a word for a number, a missing reason),
   * so that cells on more than one sheet get marked.
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

  /**
   * {@code input} as a run writes it: results, marks, the score sheet, the aids, every formula's
   * cached value.
   */
  static Path processed(Path input, Path target) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.open(input, Kinds.ALL.readers())) {
      WorkbookWriter.write(
          opened.workbook(),
          opened.original(),
          Scorer.score(opened.evaluation()),
          target,
          SampleWorkbook.VERSION,
          SampleWorkbook.WRITTEN_AT);
    }
    return target;
  }

  /**
   * The sample with B1.1's mistyped formula (an error on its 评分公式, D7), and a reviewer's comment on
   * that cell.
   */
  public static Path reviewed(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (Workbook workbook = SampleWorkbook.card().withError().xlsx()) {
      Sheet sheet = workbook.getSheet(SampleWorkbook.INDICATORS);
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(4);
      anchor.setCol2(6);
      anchor.setRow1(6);
      anchor.setRow2(8);
      Comment review = drawing.createCellComment(anchor);
      review.setString(workbook.getCreationHelper().createRichTextString(REVIEW));
      review.setAuthor(REVIEWER);
      review.setVisible(true);
      sheet
          .getRow(6)
          .getCell(3, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
          .setCellComment(review);
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }
}
