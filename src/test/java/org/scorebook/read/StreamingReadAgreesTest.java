package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorebook.testing.TestWorkbooks.formulaCell;
import static org.scorebook.testing.TestWorkbooks.percent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Outcome;
import org.scorebook.model.SheetNames;
import org.scorebook.samples.SampleFiles;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

/**
 * The streaming read of an .xlsx gives exactly the evaluation POI's reading gives, cell by cell and
 * as a model (records, so equality is the test), for every kind of workbook the suite builds: the
 * shipped samples, random trees, the rich workbook with charts, tables and macros, formulas with
 * and without saved results, inline strings, rich text, dates, percentages, merged cells, forms,
 * and each of them after Scorebook processed it. A workbook the streaming read cannot read alone (a
 * formula with no saved result) still gets POI's result through the fallback.
 */
class StreamingReadAgreesTest {
  private static final UnaryOperator<byte[]> WITHOUT_REFERENCES =
      PackageVariants::withoutReferences;
  private static final List<UnaryOperator<byte[]>> VARIANTS =
      List.of(
          PackageVariants::inlineStrings,
          PackageVariants::richRuns,
          WITHOUT_REFERENCES,
          PackageVariants::date1904);

  private static final List<String> VARIANT_NAMES =
      List.of("inline strings", "rich runs", "no r attributes", "1904 dates");

  @TempDir Path temp;
  private int runs;

  // The shipped samples

  @Test
  void theShippedContractSamplesStreamAndAgreeAsOtherProgramsWouldWriteThem() throws IOException {
    for (Path file : samples()) {
      if (!isForm(file)) {
        byte[] bytes = Files.readAllBytes(file);
        assertStreams(file.getFileName().toString(), bytes);
        assertVariantsStream(file.getFileName().toString(), bytes);
      }
    }
  }

  @Test
  void theFormFilledByAScriptWithATotalWithoutResultGetsTodaysResultThroughTheFullRead()
      throws Exception {
    byte[] bytes = Files.readAllBytes(SampleFiles.SELF_EVALUATION);
    assertThat(PackageVariants.hasFormulasOnlyPoiReads(bytes)).isTrue();

    assertThatThrownBy(() -> GridAgreement.streamed(bytes, "甲.xlsx"))
        .isInstanceOf(FullReadNeeded.class);
    assertThat(check("自评表样例", bytes)).as("needs the full read").isFalse();
    try (OpenedWorkbook opened =
        WorkbookReader.open(SampleFiles.SELF_EVALUATION, Kinds.ALL.readers())) {
      assertThat(WorkbookReader.read(SampleFiles.SELF_EVALUATION, Kinds.ALL.readers()))
          .isEqualTo(opened.evaluation());
    }
  }

  @Test
  void eachSampleAfterProcessingAgrees() throws IOException {
    for (Path file : samples()) {
      checkProcessed(file.getFileName().toString(), Files.readAllBytes(file));
    }
  }

  // Random trees

  @Test
  void randomTreesAgreeWithTheirVariantsAndAfterProcessing() throws IOException {
    Random random = new Random(20_240_611);
    int streamed = 0;
    int trees = 24;
    for (int i = 0; i < trees; i++) {
      TestWorkbooks.Builder tree = randomTree(random);
      byte[] bytes = tree.bytes();
      String what = "random tree " + i;
      if (check(what, bytes)) {
        streamed++;
      }
      UnaryOperator<byte[]> variant = VARIANTS.get(i % VARIANTS.size());
      check(what + ", " + VARIANT_NAMES.get(i % VARIANTS.size()), variant.apply(bytes));
      if (i % 4 == 0) {
        checkProcessed(what, bytes);
      }
    }
    assertThat(streamed).as("random trees read by streaming alone").isGreaterThan(trees / 2);
  }

  // The rich workbook

  @Test
  void theRichWorkbookWithChartsTablesAndMacrosStreams() throws Exception {
    List<Path> files =
        List.of(
            RichWorkbooks.xlsx(temp.resolve("rich").resolve("图表.xlsx")),
            RichWorkbooks.xlsm(temp.resolve("rich").resolve("带宏.xlsm")),
            RichWorkbooks.withParameterError(temp.resolve("rich").resolve("参数有误.xlsx")));
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertStreams(file.getFileName().toString(), bytes);
      checkProcessed(file.getFileName().toString(), bytes);
      assertThat(WorkbookReader.read(file, Kinds.ALL.readers())).isEqualTo(throughOpen(file));
    }
  }

  // Formulas

  /** Formula cells of every result type: number, text, boolean, error. */
  private static TestWorkbooks.Builder formulas() {
    return TestWorkbooks.evaluation()
        .project("项目名称", formulaCell("\"公式\"&\"项目\""))
        .project("预算金额", formulaCell("5+5"))
        .project("实际支出", formulaCell("19/2"))
        .project("项目单位", formulaCell("1>0"))
        .project("主管部门", formulaCell("1/0"))
        .param("满意度", formulaCell("0.45*2"))
        .indicator("A", "产出与效益", 100)
        .leaf("A1", "满意度", 60)
        .formula("分值 * 满意度")
        .leaf("A2", "完成情况", 40)
        .manual(formulaCell("20*2"))
        .excelScoringFormula("C3*0.95")
        .score(formulaCell("SUM(1,2)"));
  }

  @Test
  void formulasWithSavedResultsOfEveryTypeStream() {
    byte[] bytes = formulas().formulaResultsSaved().bytes();
    assertThat(PackageVariants.hasFormulasOnlyPoiReads(bytes)).isFalse();
    assertStreams("formulas with saved results", bytes);
    assertVariantsStream("formulas with saved results", bytes);
  }

  @Test
  void formulasWithoutSavedResultsGetTodaysResultsThroughTheFullRead() {
    for (byte[] bytes : List.of(formulas().bytes(), formulas().formulaResultsEmpty().bytes())) {
      assertThatThrownBy(() -> GridAgreement.streamed(bytes, "甲.xlsx"))
          .isInstanceOf(FullReadNeeded.class);
      assertThat(check("formulas without saved results", bytes)).isFalse();
    }
  }

  @Test
  void anExcelFormulaInScoringFormulaStreamsWithoutItsResultWhichIsOnlyQuoted() {
    byte[] bytes =
        TestWorkbooks.evaluation()
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .excelScoringFormula("C3*0.95")
            .manual(90)
            .bytes();
    assertThat(PackageVariants.hasFormulasOnlyPoiReads(bytes)).isTrue();
    assertStreams("an Excel formula in 评分公式", bytes);
  }

  @Test
  void sharedFormulasStreamWhereOnlyTheirResultsAreRead() {
    byte[] bytes =
        PackageVariants.sharedFormulas(
            TestWorkbooks.evaluation()
                .indicator("A", "决策", 100)
                .leaf("A1", "立项", 50)
                .manual(formulaCell("25*2"))
                .leaf("A2", "程序", 50)
                .manual(formulaCell("20*2"))
                .formulaResultsSaved()
                .bytes());
    assertThat(PackageVariants.hasFormulasOnlyPoiReads(bytes)).as("shared").isTrue();
    assertStreams("shared formulas read for their results", bytes);
  }

  @Test
  void aSharedFormulaWhoseTextIsReadGetsTodaysTextThroughTheFullRead() {
    byte[] bytes =
        PackageVariants.sharedFormulas(
            TestWorkbooks.evaluation()
                .indicator("A", "决策", 100)
                .leaf("A1", "立项", 50)
                .excelScoringFormula("C3*0.95")
                .manual(50)
                .leaf("A2", "程序", 50)
                .excelScoringFormula("C4*0.95")
                .manual(50)
                .formulaResultsSaved()
                .bytes());
    assertThatThrownBy(() -> GridAgreement.streamed(bytes, "甲.xlsx"))
        .isInstanceOf(FullReadNeeded.class)
        .hasMessageContaining("shared");
    assertThat(check("a shared formula in 评分公式", bytes)).isFalse();
  }

  @Test
  void hiddenSheetsAreSheetsToo() {
    byte[] bytes =
        TestWorkbooks.evaluation()
            .project("项目名称", "隐藏工作表")
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(90)
            .edit(
                workbook -> {
                  workbook.setSheetHidden(workbook.getSheetIndex(SheetNames.GUIDE), true);
                  workbook.setSheetVisibility(
                      workbook.getSheetIndex(SheetNames.GRADES),
                      org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
                })
            .bytes();
    assertStreams("hidden sheets", bytes);
  }

  // Dates, percentages, merged cells, text Excel escapes

  @Test
  void datesPercentagesMergedCellsAndEscapesStream() throws IOException {
    List<String> formats =
        List.of("yyyy", "yyyy\"年\"", "yyyy-mm-dd", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"", "0.00%");
    for (String format : formats) {
      byte[] bytes =
          TestWorkbooks.evaluation()
              .project("项目名称", "带日期的项目_x000D_第二行")
              .project("评价年度", 2019)
              .project("预算金额", percent(0.5))
              .param("满意度", percent(0.9))
              .indicator("A", "产出与效益", 100)
              .leaf("A1", "满意度", 60)
              .formula("分值 * 满意度")
              .reason("两行共用的说明")
              .target(percent(0.95))
              .actual(percent(0.875))
              .leaf("A2", "完成情况", 40)
              .manual(percent(0.5))
              .merge(SheetNames.INDICATORS, reasonColumn() + "3:" + reasonColumn() + "4")
              .edit(workbook -> dated(workbook, "评价年度", LocalDate.of(2019, 6, 30), format))
              .bytes();
      assertStreams("date as " + format, bytes);
      assertStreams("date as " + format + " from 1904", PackageVariants.date1904(bytes));
      checkProcessed("date as " + format, bytes);
    }
  }

  @Test
  void levelColumnsMergedDownStream() throws IOException {
    byte[] bytes =
        TestWorkbooks.evaluation()
            .project("项目名称", "测试项目")
            .indicatorTable(
                new Object[] {"一级指标", "二级指标", "三级指标", "分值", "人工得分", "评分说明"},
                new Object[] {"决策", "立项", "依据", 12, 12},
                new Object[] {null, null, "程序", 8, 6, "程序不全"},
                new Object[] {"效益", "满意度", "满意", 80, percent(0.9), "有投诉"})
            .merge(SheetNames.INDICATORS, "A2:A3")
            .merge(SheetNames.INDICATORS, "B2:B3")
            .bytes();
    assertStreams("level columns", bytes);
    assertVariantsStream("level columns", bytes);
    checkProcessed("level columns", bytes);
  }

  // Self-evaluation forms

  @Test
  void selfEvaluationFormsStream() throws IOException {
    List<SelfEvaluationForms.Builder> forms =
        List.of(
            SelfEvaluationForms.form().total(96.16),
            SelfEvaluationForms.form().repeatedLevelNames().total("96.16分"),
            SelfEvaluationForms.form().withoutPerformanceColumn().afterSheets("封面", "说明").total(96),
            SelfEvaluationForms.form().funds("5.8万元", "56000元").total(96.16),
            SelfEvaluationForms.form()
                .unitLabel("项目单位")
                .nameLabel("项 目 名 称")
                .total(percent(0.9616)));
    for (SelfEvaluationForms.Builder form : forms) {
      byte[] bytes = form.bytes();
      assertStreams("form", bytes);
      assertVariantsStream("form", bytes);
      checkProcessed("form", bytes);
    }
  }

  @Test
  void aFormWhoseTotalIsAFormulaWithoutResultGetsTodaysResultThroughTheFullRead()
      throws IOException {
    byte[] bytes = SelfEvaluationForms.form().bytes();
    assertThat(check("form with a calculated total", bytes)).isFalse();
    checkProcessed("form with a calculated total", bytes);
    assertThat(check("the same from openpyxl", PackageVariants.inlineStrings(bytes))).isFalse();
  }

  // Helpers

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
  }

  private static boolean isForm(Path file) {
    return file.getFileName().toString().contains("自评表");
  }

  private static void assertStreams(String what, byte[] bytes) {
    GridAgreement.assertAgree(what, bytes);
  }

  /**
   * The variants of {@code bytes} stream too; all but the one without {@code r}, whose rows close
   * up and may bring a formula without saved result (a check row below the table) into the rows
   * read, which then needs the full read.
   */
  private void assertVariantsStream(String what, byte[] bytes) {
    for (int v = 0; v < VARIANTS.size(); v++) {
      byte[] variant = VARIANTS.get(v).apply(bytes);
      String name = what + ", " + VARIANT_NAMES.get(v);
      if (VARIANTS.get(v) == WITHOUT_REFERENCES) {
        check(name, variant);
      } else {
        assertStreams(name, variant);
      }
    }
  }

  /** Agrees, streamed or through the full read where the package needs it; whether it streamed. */
  private boolean check(String what, byte[] bytes) {
    return GridAgreement.assertAgreeOrFullRead(what, bytes, temp.resolve("entry" + runs++));
  }

  /** {@code bytes} processed by Scorebook, and the output read both ways. */
  private void checkProcessed(String what, byte[] bytes) throws IOException {
    Path folder = temp.resolve("processed" + runs++);
    Path input =
        Files.write(Files.createDirectories(folder.resolve("in")).resolve("乙.xlsx"), bytes);
    Path output = folder.resolve("out").resolve("乙.xlsx");
    Outcome outcome = Scorebook.process(input, output);
    if (Files.exists(output)) {
      check(what + ", processed", Files.readAllBytes(output));
    } else {
      assertThat(outcome.failure()).as(what).isPresent();
    }
  }

  private static Evaluation throughOpen(Path file) {
    try (OpenedWorkbook opened = WorkbookReader.open(file, Kinds.ALL.readers())) {
      return opened.evaluation();
    } catch (UnreadableWorkbookException e) {
      throw new AssertionError(e);
    }
  }

  private static String reasonColumn() {
    return CellReference.convertNumToColString(
        TemplateWriter.INDICATOR_COLUMNS.indexOf(IndicatorColumn.REASON));
  }

  /** The value next to {@code label} on 项目信息 as a date in {@code format}. */
  private static void dated(Workbook workbook, String label, LocalDate date, String format) {
    Sheet sheet = workbook.getSheet(SheetNames.PROJECT);
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    for (Row row : sheet) {
      Cell name = row.getCell(0);
      if (name != null && name.toString().startsWith(label)) {
        Cell value = row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
        value.setCellValue(date);
        value.setCellStyle(style);
        return;
      }
    }
    throw new IllegalStateException("no " + label);
  }

  // A random tree

  private static final String[] NAMES = {"立项", "程序", "资金", "产出", "质量", "时效", "满意度", "效益"};

  /**
   * A tree of one to four top-level indicators with one to three leaves each; values of every kind
   * a user types: numbers, percentages, text numbers, words, units, Excel formulas (their results
   * saved or not), blanks; parameters, grades as minimums or ranges, findings, merged reasons.
   */
  private static TestWorkbooks.Builder randomTree(Random random) {
    TestWorkbooks.Builder tree =
        TestWorkbooks.evaluation()
            .project("项目名称", "随机项目" + random.nextInt(1000))
            .project("预算金额", amount(random))
            .project("实际支出", amount(random))
            .project("评价年度", random.nextBoolean() ? 2018 + random.nextInt(3) : "2019年")
            .project("联系邮箱", random.nextBoolean() ? "a@b.cn" : null);
    List<String> parameters = new ArrayList<>();
    for (int p = random.nextInt(4); p > 0; p--) {
      String name = "系数" + p;
      parameters.add(name);
      tree.param(name, value(random, 1), random.nextBoolean() ? "%" : "", "说明" + p);
    }
    int top = 1 + random.nextInt(4);
    for (int t = 0; t < top; t++) {
      String code = String.valueOf((char) ('A' + t));
      tree.indicator(code, NAMES[random.nextInt(NAMES.length)], random.nextBoolean() ? null : 25);
      int leaves = 1 + random.nextInt(3);
      for (int l = 1; l <= leaves; l++) {
        tree.leaf(code + l, NAMES[random.nextInt(NAMES.length)], full(random));
        switch (random.nextInt(4)) {
          case 0 -> tree.manual(value(random, 20));
          case 1 -> tree.formula(parameters.isEmpty() ? "分值 * 0.9" : "分值 * " + parameters.get(0));
          case 2 -> tree.target(value(random, 100)).actual(value(random, 100)).formula("分值");
          default -> {}
        }
        if (random.nextInt(3) == 0) {
          tree.reason("扣分原因 " + random.nextInt(100));
        }
        if (random.nextInt(4) == 0) {
          tree.score(value(random, 20));
        }
      }
    }
    if (random.nextBoolean()) {
      tree.grades("优", 90, "良", 80, "中", 60, "差", 0);
    } else {
      tree.gradeRanges("分数区间", "优", "90-100", "良", "80-89.99", "中", "60-79.99", "差", "0-59.99");
    }
    tree.finding("主要绩效", "完成" + random.nextInt(10) + "项");
    if (random.nextInt(3) == 0) {
      tree.merge(SheetNames.INDICATORS, reasonColumn() + "3:" + reasonColumn() + "4");
    }
    if (random.nextInt(3) == 0) {
      tree.formulaResultsSaved();
    }
    return tree;
  }

  private static Object amount(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> 10 + random.nextInt(90);
      case 1 -> 12.5;
      case 2 -> "100万元";
      case 3 -> "1,000,000元";
      case 4 -> formulaCell("5+" + random.nextInt(10));
      default -> "十万";
    };
  }

  private static Object full(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> 10.5;
      case 1 -> "二十";
      case 2 -> percent(0.2);
      default -> 5 + random.nextInt(20);
    };
  }

  private static Object value(Random random, int scale) {
    return switch (random.nextInt(9)) {
      case 0 -> random.nextInt(scale + 1);
      case 1 -> Math.round(random.nextDouble() * scale * 100) / 100.0;
      case 2 -> percent(random.nextInt(101) / 100.0);
      case 3 -> random.nextInt(scale + 1) + "分";
      case 4 -> "８５％";
      case 5 -> "三十";
      case 6 -> formulaCell(random.nextInt(scale + 1) + "*0.9");
      case 7 -> null;
      default -> 1e20;
    };
  }
}
