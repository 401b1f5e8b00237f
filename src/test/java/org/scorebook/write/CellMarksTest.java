package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.BUDGET;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.PROJECT;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Fill;

class CellMarksTest {

  @Test
  void warningCellIsYellowWithAComment() throws Exception {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.annotate(workbook, SampleWorkbook.card().build(), VERSION, WRITTEN_AT);

      Cell cell = workbook.getSheet(INDICATORS).getRow(3).getCell(7);
      assertThat(fill(cell)).isEqualTo(Fill.WARNING.index());
      assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      Comment comment = cell.getCellComment();
      assertThat(comment.getAuthor()).isEqualTo("Scorebook");
      assertThat(comment.getString().getString()).isEqualTo("提示：得分 3.00 低于分值 4，请在评分说明中写明扣分理由");
    }
  }

  @Test
  void severalMessagesOnOneCellGiveOneCommentAndErrorWins() throws Exception {
    Scorecard card =
        SampleWorkbook.card()
            .message(Message.error(CellRef.of(INDICATORS, 3, 7), "A2", "评分说明太长"))
            .build();
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.annotate(workbook, card, VERSION, WRITTEN_AT);

      Cell cell = workbook.getSheet(INDICATORS).getRow(3).getCell(7);
      assertThat(fill(cell)).isEqualTo(Fill.ERROR.index());
      assertThat(cell.getCellComment().getString().getString().lines())
          .containsExactly("提示：得分 3.00 低于分值 4，请在评分说明中写明扣分理由", "错误：评分说明太长");
      assertThat(workbook.getSheet(INDICATORS).getCellComments()).hasSize(1);
    }
  }

  @Test
  void marksCellsOnOtherSheetsAndCreatesMissingCells() throws Exception {
    Scorecard card =
        SampleWorkbook.card()
            .message(Message.error(BUDGET, "", "预算金额不能为负数"))
            .message(Message.warning(CellRef.of(PROJECT, 20, 3), "", "这里原来没有单元格"))
            .message(Message.error(CellRef.sheet(PROJECT), "", "整张表的问题没有单元格"))
            .build();
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.annotate(workbook, card, VERSION, WRITTEN_AT);

      Sheet project = workbook.getSheet(PROJECT);
      Cell budget = project.getRow(BUDGET.row()).getCell(BUDGET.column());
      assertThat(fill(budget)).isEqualTo(Fill.ERROR.index());
      assertThat(budget.getNumericCellValue()).isEqualTo(19.369);
      assertThat(fill(project.getRow(20).getCell(3))).isEqualTo(Fill.WARNING.index());
      assertThat(project.getCellComments()).hasSize(2);
    }
  }

  static short fill(Cell cell) {
    return cell.getCellStyle().getFillForegroundColor();
  }
}
