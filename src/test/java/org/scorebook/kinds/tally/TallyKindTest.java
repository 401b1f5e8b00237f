package org.scorebook.kinds.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;

/**
 * A kind added in its own package and one line in a list of kinds is read, scored and written
 * through the same pipeline as the kinds Scorebook ships.
 */
class TallyKindTest {
  private static final Kinds WITH_TALLY = Kinds.ALL.with(new TallyKind());
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  @TempDir Path dir;

  @Test
  void theAddedKindIsReadScoredAndWrittenLikeTheShippedOnes() throws Exception {
    Path input = tally(dir.resolve("打分.xlsx"));
    Path output = dir.resolve("打分.评分.xlsx");

    try (OpenedWorkbook opened = WorkbookReader.load(input, WITH_TALLY.readers())) {
      Scorecard card = Scorer.score(opened.evaluation());
      assertThat(opened.evaluation().kind()).isEqualTo(TallyReader.KIND);
      assertThat(card.total()).hasValue(8.5);
      assertThat(card.grade()).hasValue("合格");
      WorkbookWriter.write(opened.workbook(), card, output, "test", AT);
    }

    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true)) {
      assertThat(written.getSheet(SheetNames.SCORE_SHEET)).isNotNull();
    }
    Evaluation again = WorkbookReader.read(output, WITH_TALLY.readers());
    assertThat(again.kind()).isEqualTo(TallyReader.KIND);
    assertThat(Scorer.score(again).total()).hasValue(8.5);
  }

  @Test
  void withoutItsLineInTheListOfKindsTheWorkbookIsNotRead() throws Exception {
    Path input = tally(dir.resolve("打分.xlsx"));

    assertThat(WITH_TALLY.of(TallyReader.KIND)).isInstanceOf(TallyKind.class);
    assertThatThrownBy(() -> WorkbookReader.read(input, Kinds.ALL.readers()))
        .isInstanceOf(UnreadableWorkbookException.class);
  }

  /** A 打分表 of two indicators, 6 and 4 points, scored 5 and 3.5. */
  private static Path tally(Path file) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(TallyReader.SHEET);
      put(sheet.createRow(0), "项目名称", "演示项目");
      put(sheet.createRow(1), "指标", "分值", "得分");
      put(sheet.createRow(2), "产出", 6, 5);
      put(sheet.createRow(3), "满意度", 4, 3.5);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private static void put(Row row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else {
        row.createCell(c).setCellValue(String.valueOf(values[c]));
      }
    }
  }
}
