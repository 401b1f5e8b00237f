package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Fill;

/**
 * Processing an output again gives the same workbook: one summary, one comment a cell, no more
 * styles.
 */
class ReprocessingTest {
  @TempDir Path folder;

  private Path first(String name, Supplier<Workbook> workbook, Scorecard card) throws IOException {
    Path target = folder.resolve(name);
    try (Workbook created = workbook.get()) {
      WorkbookWriter.write(created, card, target, VERSION, WRITTEN_AT);
    }
    return target;
  }

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void secondRunGivesOneSummaryNoDoubledCommentsAndNoNewStyles(String name) throws IOException {
    Supplier<Workbook> fresh = name.endsWith(".xls") ? SampleWorkbook::xls : SampleWorkbook::xlsx;
    Scorecard card = SampleWorkbook.card().withError().build();
    Path output = first(name, fresh, card);
    int stylesAfterFirst;
    int fontsAfterFirst;
    try (Workbook once = open(output)) {
      stylesAfterFirst = once.getNumCellStyles();
      fontsAfterFirst = once.getNumberOfFonts();
      WorkbookWriter.write(once, card, output, VERSION, WRITTEN_AT);
    }

    try (Workbook twice = open(output)) {
      assertThat(sheetNames(twice))
          .containsExactlyElementsOf(
              name.endsWith(".xls")
                  ? List.of("项目信息", "指标评分", "评价结论", "其他", "评分汇总")
                  : List.of("评分汇总", "项目信息", "指标评分", "评价结论", "其他"));
      assertThat(twice.getSheet(INDICATORS).getCellComments()).hasSize(2);
      Cell error = twice.getSheet(INDICATORS).getRow(6).getCell(3);
      assertThat(error.getCellComment().getString().getString())
          .isEqualTo("错误：第 17 个字符：未知名称「预算全额」，是否是「预算金额」？");
      assertThat(error.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.ERROR.index());
      assertThat(twice.getNumCellStyles()).isEqualTo(stylesAfterFirst);
      assertThat(twice.getNumberOfFonts()).isEqualTo(fontsAfterFirst);
      assertThat(twice.getSheet("评分汇总").getRow(1).getCell(0).getStringCellValue())
          .startsWith("有 1 个错误");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void fixedCellsLoseTheirFillAndComment(String name) throws IOException {
    Supplier<Workbook> fresh = name.endsWith(".xls") ? SampleWorkbook::xls : SampleWorkbook::xlsx;
    Path output = first(name, fresh, SampleWorkbook.card().withError().build());

    try (Workbook again = open(output)) {
      WorkbookWriter.write(
          again, SampleWorkbook.card().withoutMessages().build(), output, VERSION, WRITTEN_AT);
    }

    try (Workbook fixed = open(output)) {
      for (int[] at : new int[][] {{6, 3}, {3, 7}}) {
        Cell cell = fixed.getSheet(INDICATORS).getRow(at[0]).getCell(at[1]);
        assertThat(cell.getCellComment()).isNull();
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
      }
      assertThat(fixed.getSheet(INDICATORS).getCellComments()).isEmpty();
      assertThat(
              fixed
                  .getSheet(INDICATORS)
                  .getRow(6)
                  .getCell(SampleWorkbook.CHECK_COLUMN)
                  .getStringCellValue())
          .isEqualTo("通过");
    }
  }

  @Test
  void anOldSummaryWithSpacesInItsNameIsReplacedToo() throws IOException {
    try (Workbook workbook = SampleWorkbook.xlsx()) {
      workbook.createSheet(" 评分汇总　").createRow(0).createCell(0).setCellValue("旧");

      WorkbookWriter.annotate(workbook, SampleWorkbook.card().build(), VERSION, WRITTEN_AT);

      assertThat(sheetNames(workbook)).containsExactly("评分汇总", "项目信息", "指标评分", "评价结论", "其他");
    }
  }

  private static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    return names;
  }
}
