package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.write.Readback;

/**
 * The self-evaluation form is written part by part: the 总分 row's SUM over the 得分 column the run
 * writes stays the user's formula, and its cached value is the new total, so that a reader which
 * does not calculate shows it; a total rounded with ROUND too, with the value POI's own save gives
 * it.
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

  @Test
  void aTotalRoundedWithRoundIsSavedPartByPartWithTheValuePoisOwnSaveGivesIt() throws Exception {
    SelfEvaluationForms.Builder form =
        SelfEvaluationForms.form().total(TestWorkbooks.formulaCell("ROUND(SUM(H13:H22)+H6,2)"));
    Path input = form.saveTo(Files.createDirectories(folder.resolve("in")).resolve("自评表.xlsx"));
    int row = form.totalRow();
    int column = form.column("得分");

    StreamingSave.Prepared prepared = prepare(input);

    assertThat(prepared).isInstanceOf(StreamingSave.Ready.class);
    Path output = folder.resolve("out.xlsx");
    ((StreamingSave.Ready) prepared).writeTo(output);
    Readback back = Readback.of(output);
    assertThat(back.cell(SHEET, row, column).getFormula()).isEqualTo("ROUND(SUM(H13:H22)+H6,2)");
    assertThat(back.number(SHEET, row, column))
        .isEqualByComparingTo(Readback.of(savedByPoi(input)).number(SHEET, row, column))
        .isEqualByComparingTo(new BigDecimal("96.16"));
  }

  /** The workbook as {@code process} writes it with POI's whole save. */
  private Path savedByPoi(Path input) {
    Path output = folder.resolve("poi.xlsx");
    String before = System.getProperty(Scorebook.SAVE_PROPERTY);
    System.setProperty(Scorebook.SAVE_PROPERTY, "poi");
    try {
      assertThat(Scorebook.process(input, output).failure()).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty(Scorebook.SAVE_PROPERTY);
      } else {
        System.setProperty(Scorebook.SAVE_PROPERTY, before);
      }
    }
    return output;
  }

  private static StreamingSave.Prepared prepare(Path input) throws Exception {
    try (OpenedWorkbook opened = WorkbookReader.load(input, Kinds.ALL.readers())) {
      return StreamingSave.prepare(
          opened.original().orElseThrow(), Scorer.score(opened.evaluation()), "test", AT);
    }
  }
}
