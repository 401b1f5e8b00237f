package org.scorebook.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorebook.testing.TestWorkbooks.formulaCell;
import static org.scorebook.testing.TestWorkbooks.percent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.NumberReading;
import org.scorebook.read.WorkbookReader;
import org.scorebook.testing.TestWorkbooks;

/**
 * {@link TestWorkbooks}: contract workbooks in a few lines, including what the template never
 * makes.
 */
class TemplateTestWorkbooksTest {

  @Test
  void buildsAScoredEvaluationThatTheReaderUnderstands() throws Exception {
    try (XSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .project("项目名称", "X")
            .project("预算金额", 10)
            .project("实际支出", 9.5)
            .param("满意度", percent(0.9))
            .indicator("A", "决策", 100)
            .leaf("A1", "满意度", 60)
            .formula("分值 * 满意度")
            .leaf("A2", "执行率", 40)
            .manual("三十")
            .reason("扣分理由")
            .build()) {
      Evaluation evaluation = WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
      assertThat(evaluation.project().name()).isEqualTo("X");
      assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(10));
      assertThat(evaluation.parameters())
          .singleElement()
          .satisfies(p -> assertThat(p.value()).isEqualTo(NumberReading.of(0.9)));
      assertThat(evaluation.indicators().rows())
          .extracting(r -> r.code())
          .containsExactly("A", "A1", "A2");
      assertThat(evaluation.indicators().rows().get(1).formula()).isEqualTo("分值 * 满意度");
      assertThat(evaluation.indicators().rows().get(2).manual())
          .isEqualTo(new NumberReading.Invalid("三十"));
      assertThat(evaluation.readMessages())
          .singleElement()
          .satisfies(m -> assertThat(m.where().toString()).isEqualTo("指标评分!G4"));
    }
  }

  @Test
  void writesRawRowsExtraSheetsAndFormulaCells() throws IOException {
    try (XSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .sheet("其他")
            .row("其他", 1, "文字", 2.5, null, formulaCell("=B2*2"))
            .cell("项目信息", "B2", formulaCell("\"公式里的名称\""))
            .withoutSheet("等级标准")
            .renameSheet("评价结论", " 评价结论 ")
            .build()) {
      Sheet other = workbook.getSheet("其他");
      assertThat(other.getRow(1).getCell(0).getStringCellValue()).isEqualTo("文字");
      assertThat(other.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.5);
      assertThat(other.getRow(1).getCell(2)).isNull();
      assertThat(other.getRow(1).getCell(3).getCellFormula()).isEqualTo("B2*2");
      assertThat(workbook.getSheet("项目信息").getRow(1).getCell(1).getCellType())
          .isEqualTo(CellType.FORMULA);
      assertThat(workbook.getSheet("等级标准")).isNull();
      assertThat(workbook.getSheetIndex(" 评价结论 ")).isEqualTo(4);
    }
  }

  @Test
  void movesTheIndicatorHeaderDown() throws Exception {
    try (XSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .indicator("A", "决策", 100)
            .indicatorHeaderAt(3)
            .row("指标评分", 0, "2018年项目指标评分表")
            .build()) {
      Evaluation evaluation = WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
      assertThat(evaluation.indicators().headerRow()).isEqualTo(3);
      assertThat(evaluation.indicators().rows())
          .singleElement()
          .satisfies(r -> assertThat(r.row()).isEqualTo(4));
    }
  }

  @Test
  void rawIndicatorRowsTakeAnyValue() throws Exception {
    try (XSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .indicatorRow("A", "决策", "九十", null, null, null, 3, null, "86.5")
            .build()) {
      Evaluation evaluation = WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
      assertThat(evaluation.indicators().rows().get(0).full())
          .isEqualTo(new NumberReading.Invalid("九十"));
      assertThat(evaluation.indicators().rows().get(0).previousScore().shown()).isEqualTo("86.5");
    }
  }

  @Test
  void leavesTheOutputColumnsOutInBothFormats() throws Exception {
    TestWorkbooks.Builder builder =
        TestWorkbooks.evaluation()
            .project("项目名称", "X")
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(100)
            .withoutOutputColumns()
            .cell("其他", "A1", formulaCell("=指标评分!I3*2"));
    try (XSSFWorkbook xlsx = builder.build();
        HSSFWorkbook xls = builder.buildXls()) {
      for (Workbook workbook : List.<Workbook>of(xlsx, xls)) {
        Sheet sheet = workbook.getSheet("指标评分");
        for (int r = 0; r <= 2; r++) {
          assertThat(sheet.getRow(r).getLastCellNum()).as("row %d", r).isEqualTo((short) 8);
        }
        assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("评分说明");
        assertThat(sheet.getColumnWidth(10)).isEqualTo(sheet.getDefaultColumnWidth() * 256);
        assertThat(workbook.getSheet("其他").getRow(0).getCell(0).getCellFormula())
            .isEqualTo("指标评分!I3*2");
      }
      assertThat(WorkbookReader.read(xls, "x.xls", Kinds.ALL.readers()).indicators())
          .isEqualTo(WorkbookReader.read(xlsx, "x.xlsx", Kinds.ALL.readers()).indicators());
    }
  }

  @Test
  void anXlsxOnlyEditRefusesTheXlsFormat() {
    TestWorkbooks.Builder builder = TestWorkbooks.evaluation().edit(workbook -> {});

    assertThatThrownBy(builder::buildXls)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("edit(...) changes .xlsx workbooks only");
  }

  @Test
  void savesAndGivesBytes(@TempDir Path dir) throws IOException {
    TestWorkbooks.Builder builder =
        TestWorkbooks.template().project("项目名称", "示例").grades("合格", 60, "不合格", 0);
    Path saved = builder.saveTo(dir.resolve("sub").resolve("a.xlsx"));
    byte[] bytes = builder.bytes();
    try (XSSFWorkbook fromFile = new XSSFWorkbook(Files.newInputStream(saved));
        XSSFWorkbook fromBytes = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(TestWorkbooks.dump(fromFile)).isEqualTo(TestWorkbooks.dump(fromBytes));
      assertThat(fromFile.getSheet("等级标准").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("合格");
      assertThat(fromFile.getSheet("项目信息").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("示例");
    }
    assertThat(builder.content().grades()).hasSize(2);
    assertThat(List.of(TestWorkbooks.template().content().indicators().size()))
        .containsExactly(TemplateContent.example().indicators().size());
  }
}
