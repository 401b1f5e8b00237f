package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Fill;

/**
 * The old .xls format goes through the same path; read back with POI's HSSF, as fastexcel reads
 * only .xlsx.
 */
class XlsWorkbookTest {
  @TempDir Path folder;

  @Test
  void xlsIsAnnotatedSummarisedAndKeepsTheEvaluatorsComments() throws IOException {
    Path target = folder.resolve("评价.xls");
    try (Workbook workbook = SampleWorkbook.xls()) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(2);
      anchor.setCol2(5);
      anchor.setRow1(1);
      anchor.setRow2(4);
      Comment own = sheet.createDrawingPatriarch().createCellComment(anchor);
      own.setString(workbook.getCreationHelper().createRichTextString("来源：2017 年报"));
      own.setAuthor("李四");
      sheet.getRow(1).getCell(1).setCellComment(own);

      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withError().build(), target, VERSION, WRITTEN_AT);
    }

    try (InputStream in = Files.newInputStream(target);
        Workbook back = new HSSFWorkbook(in)) {
      int last = back.getNumberOfSheets() - 1;
      assertThat(back.getSheetName(last)).isEqualTo(WorkbookWriter.SCORE_SHEET);
      assertThat(back.getActiveSheetIndex()).isEqualTo(last);
      Sheet sheet = back.getSheet(INDICATORS);
      assertThat(sheet.getRow(2).getCell(SampleWorkbook.SCORE_COLUMN).getNumericCellValue())
          .isEqualTo(6.0);
      assertThat(
              sheet
                  .getRow(2)
                  .getCell(SampleWorkbook.RATE_COLUMN)
                  .getCellStyle()
                  .getDataFormatString())
          .isEqualTo("0.00%");
      assertThat(sheet.getCellComments()).hasSize(3);
      assertThat(sheet.getRow(1).getCell(1).getCellComment().getString().getString())
          .isEqualTo("来源：2017 年报");
      Cell error = sheet.getRow(6).getCell(3);
      assertThat(error.getCellComment().getAuthor()).isEqualTo("Scorebook");
      assertThat(error.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.ERROR.index());
      assertThat(back.getSheet("其他").getRow(0).getCell(0).getNumericCellValue()).isEqualTo(12.0);
    }
  }
}
