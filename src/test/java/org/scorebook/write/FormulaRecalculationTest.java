package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.OTHER;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.save.WorkbookWriter;

class FormulaRecalculationTest {
  @TempDir Path folder;

  @Test
  void aUserFormulaOnTheNewScoreHasItsCachedValueUpdated() throws IOException {
    Path target = folder.resolve("out.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      WorkbookWriter.write(workbook, SampleWorkbook.card().build(), target, VERSION, WRITTEN_AT);
      assertThat(workbook.getForceFormulaRecalculation()).isTrue();
    }

    Readback out = Readback.of(target);
    assertThat(out.cell(OTHER, 0, 0).getFormula()).isEqualTo("指标评分!I3*2");
    assertThat(out.number(OTHER, 0, 0)).isEqualByComparingTo("12"); // A1's 得分 6, doubled
  }

  @Test
  void formulasPoiCannotEvaluateKeepTheirOldValueAndDoNotFailTheWorkbook() throws IOException {
    Path target = folder.resolve("out.xlsx");
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      Sheet other = workbook.getSheet(OTHER);
      Row row = other.createRow(1);
      row.createCell(0).setCellFormula("[1]Sheet1!A1*2"); // a link to another file
      row.createCell(1).setCellFormula("CUBEVALUE(\"x\",\"y\")"); // not implemented by POI
      row.createCell(2).setCellFormula("A1+1");

      WorkbookWriter.write(workbook, SampleWorkbook.card().build(), target, VERSION, WRITTEN_AT);
    }

    Readback out = Readback.of(target);
    assertThat(out.number(OTHER, 1, 2)).isEqualByComparingTo("13");
    assertThat(out.cell(OTHER, 1, 1).getFormula()).isEqualTo("CUBEVALUE(\"x\",\"y\")");
  }

  @Test
  void xlsFormulasAreRecalculatedAfterTheSummaryIsInsertedFirst() throws IOException {
    try (Workbook workbook = SampleWorkbook.xls()) {
      WorkbookWriter.annotate(workbook, SampleWorkbook.card().build(), VERSION, WRITTEN_AT);

      var cell = workbook.getSheet(OTHER).getRow(0).getCell(0);
      assertThat(cell.getCellFormula()).isEqualTo("指标评分!I3*2");
      assertThat(cell.getNumericCellValue()).isEqualTo(12.0);
    }
  }
}
