package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Builder;
import org.scorebook.testing.TestWorkbooks;

class SelfEvaluationFormWritingTest {
  private static final String SHEET = "项目支出绩效自评表";

  @TempDir Path folder;

  /** Scores the form built by {@code form}, writes it, and reads the output back without POI. */
  private Readback processed(Builder form, String name) throws Exception {
    Path input = form.saveTo(folder.resolve(name + "-in.xlsx"));
    return process(input, folder.resolve(name + ".xlsx"));
  }

  private static Readback process(Path input, Path output) throws Exception {
    try (InputStream in = Files.newInputStream(input);
        Workbook workbook = WorkbookFactory.create(in)) {
      Scorecard card =
          Scorer.score(
              WorkbookReader.read(workbook, input.getFileName().toString(), Kinds.ALL.readers()));
      WorkbookWriter.write(workbook, card, output, VERSION, WRITTEN_AT);
    }
    return Readback.of(output);
  }

  @Test
  void scoresRateTotalAndGradeGoIntoTheFormsOwnCells() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Readback out = processed(form, "form");

    assertThat(out.number(SHEET, form.row("平均故障修复时间"), form.column("得分")))
        .isEqualByComparingTo("7.5");
    assertThat(out.number(SHEET, Builder.FUNDS_ROW, Builder.FUNDS_SCORE_COLUMN))
        .isEqualByComparingTo("9.66");
    assertThat(out.number(SHEET, Builder.FUNDS_ROW, Builder.RATE_COLUMN).doubleValue())
        .isCloseTo(5.6 / 5.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(out.number(SHEET, form.totalRow(), form.column("得分"))).isEqualByComparingTo("96.16");
    assertThat(out.text(SHEET, form.totalRow(), form.column("偏差原因分析及改进措施"))).isEqualTo("评价等级：优");
  }

  @Test
  void theFormGetsNoAppendedColumns() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Readback out = processed(form, "form");

    int afterTable = form.column("偏差原因分析及改进措施") + 2;
    assertThat(out.text(SHEET, Builder.TABLE_HEADER_ROW, afterTable)).isEmpty();
    assertThat(out.text(SHEET, form.row("平均故障修复时间"), afterTable)).isEmpty();
  }

  @Test
  void aBrokenTotalIsReplacedByTheComputedOne() throws Exception {
    Builder form = SelfEvaluationForms.form().total(TestWorkbooks.formulaCell("H13+#REF!+10"));
    Readback out = processed(form, "broken");

    assertThat(out.number(SHEET, form.totalRow(), form.column("得分")))
        .isEqualByComparingTo(new BigDecimal("96.16"));
  }

  @Test
  void aFormWithErrorsGetsNoTotalAndNoGrade() throws Exception {
    Builder form = SelfEvaluationForms.form().funds(null, 5.6);
    Readback out = processed(form, "errors");

    assertThat(out.text(SHEET, form.totalRow(), form.column("得分"))).isEmpty();
    assertThat(out.text(SHEET, form.totalRow(), form.column("偏差原因分析及改进措施"))).isEmpty();
  }

  @Test
  void processingTheOutputAgainGivesTheSameCells() throws Exception {
    Builder form = SelfEvaluationForms.form();
    Path input = form.saveTo(folder.resolve("in.xlsx"));
    Readback once = process(input, folder.resolve("once.xlsx"));
    Readback twice = process(folder.resolve("once.xlsx"), folder.resolve("twice.xlsx"));

    for (int row = 0; row <= form.totalRow(); row++) {
      for (int column = 0; column < 10; column++) {
        assertThat(twice.text(SHEET, row, column))
            .as("row %d column %d", row, column)
            .isEqualTo(once.text(SHEET, row, column));
      }
    }
  }

  @Test
  void keepsTheQualitativeScoreTypedByHand() throws IOException, Exception {
    Builder form = SelfEvaluationForms.form();
    Readback out = processed(form, "form");

    assertThat(out.number(SHEET, form.row("系统持续稳定运行"), form.column("得分")))
        .isEqualByComparingTo("9");
  }
}
