package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;

/** Styles are shared by look: 3,000 annotated rows, many of them marked, need only a few. */
class StyleBudgetTest {
  private static final int ROWS = 3_000;

  @Test
  void threeThousandRowsKeepTheStyleCountSmall() throws Exception {
    List<SampleWorkbook.Line> lines = new ArrayList<>();
    lines.add(new SampleWorkbook.Line("A", "项目决策", false, 100, 0));
    for (int i = 1; i < ROWS; i++) {
      lines.add(new SampleWorkbook.Line("A" + i, "指标" + i, true, 100.0 / (ROWS - 1), 0));
    }
    SampleWorkbook.Card card = SampleWorkbook.card().withoutMessages().lines(lines);
    for (int i = 1; i < ROWS; i += 3) {
      card.message(
          i % 2 == 0
              ? Message.error(CellRef.of(SampleWorkbook.INDICATORS, i + 1, 6), "A" + i, "人工得分超过分值")
              : Message.warning(
                  CellRef.of(SampleWorkbook.INDICATORS, i + 1, 7), "A" + i, "缺少评分说明"));
    }
    Scorecard scorecard = card.build();
    try (Workbook workbook = card.xlsx()) {
      Sheet sheet = workbook.getSheet(SampleWorkbook.INDICATORS);
      CellStyle shared = new Styles(workbook).of(Look.PLAIN.withBorder());
      for (int i = 0; i < ROWS; i++) {
        Row row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
        for (int c = 0; c < 8; c++) {
          (row.getCell(c) != null ? row.getCell(c) : row.createCell(c)).setCellStyle(shared);
        }
      }

      WorkbookWriter.annotate(workbook, scorecard, VERSION, WRITTEN_AT);

      assertThat(workbook.getNumCellStyles()).isLessThan(100);
      assertThat(sheet.getCellComments()).hasSize((ROWS - 1 + 2) / 3);
    }
  }
}
