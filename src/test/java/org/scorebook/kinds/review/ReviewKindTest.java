package org.scorebook.kinds.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.style.Fill;

/**
 * A kind that reviews rather than scores, through {@link Scorebook#process}: its cards have a
 * suggested grade and no total, the first sheet is the review summary, the findings are marked at
 * their cells and nothing else is written into the evaluator's sheets, and no report is written.
 */
class ReviewKindTest {
  @TempDir Path dir;

  private Outcome process(Path input, Path output, Set<Outcome.OutputKind> extras) {
    return Scorebook.process(ReviewWorkbooks.KINDS, input, output, output, extras);
  }

  @Test
  void aReviewedProjectHasItsSuggestedGradeAndNoTotal() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("甲.xlsx"), ReviewWorkbooks::withErrors);

    Outcome outcome = process(input, dir.resolve("甲.审核.xlsx"), Set.of());

    Scorecard card = outcome.scorecard().orElseThrow();
    assertThat(card.isReview()).isTrue();
    assertThat(card.total()).isEmpty();
    assertThat(card.grade()).hasValue("中");
    assertThat(card.messages())
        .extracting(m -> m.severity().label() + " " + m.where() + " " + m.code())
        .containsExactly("提示 项目甲!B7 满意度", "错误 项目甲!B8 覆盖率");
    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);
  }

  @Test
  void theFirstSheetIsTheReviewSummaryOfTheProjectAndItsFindings() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("甲.xlsx"), ReviewWorkbooks::withErrors);
    Path output = dir.resolve("甲.审核.xlsx");

    process(input, output, Set.of());

    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true)) {
      assertThat(written.getSheetName(0)).isEqualTo(SheetNames.SCORE_SHEET);
      List<List<String>> rows = rows(written.getSheetAt(0));
      assertThat(rows.get(0)).first().isEqualTo("绩效目标审核汇总");
      assertThat(rows.get(1))
          .first()
          .isEqualTo("有 1 个错误，建议等级：中。请按下方「审核意见」修改标红的单元格，然后重新提交。另有 1 条提示，请核对标黄的单元格。");
      assertThat(rows)
          .containsSubsequence(
              List.of("工作表", "项目名称", "单位", "年度金额", "错误", "提示", "建议等级"),
              List.of("项目甲", "甲项目", "甲单位", "120.50", "1", "1", "中"),
              List.of("序号", "位置", "指标", "类型", "审核意见", "", ""),
              List.of("1", "项目甲!B7", "满意度", "提示", ReviewKind.VAGUE, "", ""),
              List.of("2", "项目甲!B8", "覆盖率", "错误", ReviewKind.BLANK, "", ""));
      Sheet summary = written.getSheetAt(0);
      int firstFinding =
          rows.indexOf(List.of("1", "项目甲!B7", "满意度", "提示", ReviewKind.VAGUE, "", ""));
      assertThat(summary.getRow(firstFinding).getCell(1).getHyperlink().getAddress())
          .isEqualTo("'项目甲'!B7");
      assertThat(summary.getRepeatingRows().getFirstRow()).isEqualTo(firstFinding - 1);
      assertThat(summary.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(summary.getPrintSetup().getLandscape()).isTrue();
      assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }
  }

  @Test
  void theFindingsAreMarkedAtTheirCellsAndNoResultIsWritten() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("甲.xlsx"), ReviewWorkbooks::withErrors);
    Path output = dir.resolve("甲.审核.xlsx");

    process(input, output, Set.of());

    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true);
        Workbook original = WorkbookFactory.create(input.toFile(), null, true)) {
      Sheet sheet = written.getSheet("项目甲");
      Cell warning = sheet.getRow(6).getCell(1);
      Cell error = sheet.getRow(7).getCell(1);
      assertThat(warning.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.WARNING.index());
      assertThat(warning.getCellComment().getString().getString()).contains(ReviewKind.VAGUE);
      assertThat(error.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.ERROR.index());
      assertThat(error.getCellComment().getString().getString()).contains(ReviewKind.BLANK);
      assertThat(sheet.getCellComments()).hasSize(2);
      // the marked blank cell now exists, with no value
      assertThat(values(sheet)).isEqualTo(values(original.getSheet("项目甲")));
    }
  }

  @Test
  void twoProjectsGetARowEachAndTheirFindingsNumberedThrough() throws Exception {
    Path input =
        ReviewWorkbooks.save(
            dir.resolve("两个.xlsx"), ReviewWorkbooks::withErrors, ReviewWorkbooks::passed);
    Path output = dir.resolve("两个.审核.xlsx");

    Outcome outcome = process(input, output, Set.of());

    assertThat(outcome.projects())
        .extracting(p -> p.sheet() + " " + p.card().grade().orElse(""))
        .containsExactly("项目甲 中", "项目乙 优");
    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true)) {
      List<List<String>> rows = rows(written.getSheetAt(0));
      assertThat(rows.get(1).get(0))
          .isEqualTo("2 个项目：1 个审核通过，1 个有错误，有错误的项目请按下方「审核意见」修改后重新提交。另有 3 条提示，请核对标黄的单元格。");
      assertThat(rows)
          .containsSubsequence(
              List.of("项目甲", "甲项目", "甲单位", "120.50", "1", "1", "中"),
              List.of("项目乙", "乙项目", "乙单位", "80.00", "0", "2", "优"),
              List.of("2", "项目甲!B8", "覆盖率", "错误", ReviewKind.BLANK, "", ""),
              List.of("3", "项目乙!B7", "满意度", "提示", ReviewKind.VAGUE, "", ""),
              List.of("4", "项目乙!B8", "时效", "提示", ReviewKind.VAGUE, "", ""));
      assertThat(written.getSheet("项目乙").getRow(7).getCell(1).getCellComment()).isNotNull();
    }
  }

  @Test
  void aReportAskedForIsNotWrittenAndTheReasonIsGiven() throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve("乙.xlsx"), ReviewWorkbooks::passed);

    Outcome outcome = process(input, dir.resolve("乙.审核.xlsx"), Set.of(Outcome.OutputKind.REPORT));

    assertThat(outcome.isClean()).isTrue();
    assertThat(outcome.report()).isEmpty();
    assertThat(outcome.omitted())
        .extracting(Outcome.Omitted::reason)
        .containsExactly("测试审核表不生成评价报告");
  }

  /** Every row's values as shown, without the blank cells at its end. */
  private static List<List<String>> values(Sheet sheet) {
    return rows(sheet).stream()
        .map(
            row -> {
              int end = row.size();
              while (end > 0 && row.get(end - 1).isEmpty()) {
                end--;
              }
              return row.subList(0, end);
            })
        .toList();
  }

  /** Every row's cells as shown, up to the last cell of the row; an empty list for a gap. */
  static List<List<String>> rows(Sheet sheet) {
    DataFormatter shown = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }
}
