package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.write.Readback;

/**
 * The self-evaluation form is written part by part: the 总分 row's SUM over the 得分 column the run
 * writes stays the user's formula, and its cached value is the new total, so that a reader which
 * does not calculate shows it.
 */
class FormPartsSaveTest {
  private static final String SHEET = "项目支出绩效自评表";
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  @TempDir Path folder;

  @Test
  void theTotalsSumOverTheScoresKeepsItsFormulaAndCachesTheNewTotal() throws Exception {
    SelfEvaluationForms.Builder form = SelfEvaluationForms.form();
    Path input = form.saveTo(folder.resolve("自评表.xlsx"));
    int row = form.totalRow();
    int column = form.column("得分");
    Cell before = Readback.of(input).cell(SHEET, row, column);
    assertThat(before.getFormula()).startsWith("SUM(");
    assertThat(before.getRawValue()).as("the input saved no result for it").isNullOrEmpty();

    StreamingSave.Prepared prepared = prepare(input);

    assertThat(prepared).isInstanceOf(StreamingSave.Ready.class);
    Path output = folder.resolve("out.xlsx");
    ((StreamingSave.Ready) prepared).writeTo(output);
    Readback back = Readback.of(output);
    assertThat(back.cell(SHEET, row, column).getFormula()).isEqualTo(before.getFormula());
    assertThat(back.number(SHEET, row, column)).isEqualByComparingTo(new BigDecimal("96.16"));
  }

  private static StreamingSave.Prepared prepare(Path input) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.load(input)) {
      return StreamingSave.prepare(
          opened.original().orElseThrow(), Scorer.score(opened.evaluation()), "test", AT);
    }
  }
}
