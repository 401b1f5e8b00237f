package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.hostile.HostileAccess;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.WorkbookView;

/**
 * One run's edits of the existing sheets, two ways of applying them: into the workbook loaded into
 * POI, and into the worksheet parts' XML without POI. POI and fastexcel-reader must see the same
 * workbook either way, cell by cell (value, type, resolved style), comment by comment, row height
 * by row height and column width by column width; and so again when the XML way's output is
 * processed a second time, as users reprocess results.
 */
class SheetEditsAgreeTest {
  private static final String REVIEWER = "张三";
  private static final String REVIEW = "张三：请核实";

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void bothWaysShowTheSameWorkbook(String name, SavePathsAgreeTest.Workbooks.Maker maker)
      throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));
    TwoEdits.agree(first.xml(), folder.resolve("again"));
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
                          (SavePathsAgreeTest.Workbooks.Maker)
                              target -> Files.copy(sample, target))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int seed = 1; seed <= 12; seed++) {
      int s = seed;
      all.add(
          Arguments.of(
              "随机指标树" + seed + ".xlsx",
              (SavePathsAgreeTest.Workbooks.Maker)
                  target -> SavePathsAgreeTest.Workbooks.randomTree(new Random(s)).saveTo(target)));
    }
    all.add(
        Arguments.of(
            "自评表.xlsx",
            (SavePathsAgreeTest.Workbooks.Maker)
                target -> SelfEvaluationForms.form().saveTo(target)));
    all.add(
        Arguments.of(
            "自评表有误.xlsx",
            (SavePathsAgreeTest.Workbooks.Maker)
                target ->
                    SelfEvaluationForms.form().total("#REF!").funds("一百", 90).saveTo(target)));
    all.add(
        Arguments.of(
            "审阅意见.xlsx", (SavePathsAgreeTest.Workbooks.Maker) SheetEditsAgreeTest::reviewed));
    for (int i = 0; i < 5; i++) {
      int index = i;
      all.add(
          Arguments.of(
              "恶意内容" + (i + 1),
              (SavePathsAgreeTest.Workbooks.Maker)
                  target ->
                      HostileAccess.readableCorpus(
                              Files.createDirectories(target.resolveSibling("恶意" + index)))
                          .get(index)));
    }
    all.add(Arguments.of("带图表.xlsx", (SavePathsAgreeTest.Workbooks.Maker) RichWorkbooks::xlsx));
    all.add(Arguments.of("带宏.xlsm", (SavePathsAgreeTest.Workbooks.Maker) RichWorkbooks::xlsm));
    all.add(
        Arguments.of(
            "参数有误.xlsx", (SavePathsAgreeTest.Workbooks.Maker) RichWorkbooks::withParameterError));
    all.add(
        Arguments.of(
            "已处理带错误示例.xlsx",
            (SavePathsAgreeTest.Workbooks.Maker)
                target -> processed(Path.of("samples", "带错误示例.xlsx"), target)));
    all.add(
        Arguments.of(
            "已处理随机指标树.xlsx",
            (SavePathsAgreeTest.Workbooks.Maker)
                target ->
                    processed(
                        SavePathsAgreeTest.Workbooks.randomTree(new Random(7))
                            .saveTo(target.resolveSibling("随机.xlsx")),
                        target)));
    all.add(
        Arguments.of(
            "已处理自评表有误.xlsx",
            (SavePathsAgreeTest.Workbooks.Maker)
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
            (SavePathsAgreeTest.Workbooks.Maker)
                target -> processed(reviewed(target.resolveSibling("审阅.xlsx")), target)));
    return all.stream();
  }

  @Test
  void aReviewersCommentKeepsItsTextWhenScorebooksPartComesAndGoes() throws Exception {
    Path input = reviewed(folder.resolve("审阅意见.xlsx"));

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));
    TwoEdits.Outputs fixed =
        TwoEdits.agree(
            first.xml(), folder.resolve("fixed"), SampleWorkbook.card().withoutMessages().build());

    WorkbookView once = WorkbookView.of(first.xml());
    assertThat(once.get("指标评分!D7", "comment.author")).isEqualTo(REVIEWER);
    assertThat(once.get("指标评分!D7", "comment.text")).startsWith(REVIEW + "\n");
    assertThat(once.get("指标评分!D7", "comment.text")).contains("预算全额");
    WorkbookView after = WorkbookView.of(fixed.xml());
    assertThat(after.get("指标评分!D7", "comment.author")).isEqualTo(REVIEWER);
    assertThat(after.get("指标评分!D7", "comment.text")).isEqualTo(REVIEW);
  }

  /**
   * {@code input} as a run writes it: results, marks, the score sheet, the aids, every formula's
   * cached value.
   */
  static Path processed(Path input, Path target) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.open(input)) {
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
  static Path reviewed(Path target) throws IOException {
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
