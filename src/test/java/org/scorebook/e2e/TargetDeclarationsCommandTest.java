package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.Cli;
import org.scorebook.cli.CliAccess;
import org.scorebook.model.SheetNames;
import org.scorebook.style.Fill;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.NationalLine;

/**
 * Target declarations from the command line as a reviewer runs it: the national form as an .xls,
 * and the exports that Scorebook once refused for want of a 指标评分 sheet.
 */
class TargetDeclarationsCommandTest {
  private static final String NO_INDICATOR_SHEET = "缺少工作表「指标评分」";

  @TempDir Path temp;

  @Test
  void aNationalFormSavedAsXlsIsReviewedAndMarkedInAnXls() throws Exception {
    TargetForms.NationalBuilder form = TargetForms.national();
    form.lines(
        form.lines().stream()
            .map(l -> l.second().equals("成本指标") ? withValue(l, "≥1000万元") : l)
            .toList());
    Path input = TargetForms.saveAll(temp.resolve("国家.xls"), List.of(form));

    CliAccess.Result result =
        CliAccess.run("process", input.toString(), "--out", temp.resolve("out").toString());

    assertThat(result.status()).as(result.out()).isEqualTo(Cli.PROBLEMS);
    assertThat(result.out())
        .contains("1 个错误，0 条提示，建议等级 中")
        .contains("错误 项目支出绩效目标申报表!H" + (costRow(form) + 1) + " [年度培训成本] 成本指标：");
    try (Workbook written =
        WorkbookFactory.create(temp.resolve("out/国家.xls").toFile(), null, true)) {
      assertThat(written).isInstanceOf(HSSFWorkbook.class);
      // an .xls keeps its sheets' positions: the review summary is added last and opens active
      Sheet summary = written.getSheetAt(written.getActiveSheetIndex());
      assertThat(summary.getSheetName()).isEqualTo(SheetNames.SCORE_SHEET);
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效目标审核汇总");
      Cell cost = written.getSheet("项目支出绩效目标申报表").getRow(costRow(form)).getCell(7);
      assertThat(cost.getStringCellValue()).isEqualTo("≥1000万元");
      assertThat(cost.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.ERROR.index());
      assertThat(cost.getCellComment().getString().getString()).contains("「≤金额」");
    }
  }

  @Test
  void aCentralExportIsReviewedRatherThanRefusedForWantOfAnIndicatorSheet() {
    Path input =
        TargetForms.saveAll(
            temp.resolve("项目库导出.xlsx"),
            List.of(
                TargetForms.national().sheetName("项目支出绩效目标申报表"),
                TargetForms.monitoringSheet("绩效监控表")));

    CliAccess.Result result = CliAccess.run("validate", input.toString());

    assertThat(result.status()).as(result.out()).isEqualTo(Cli.OK);
    assertThat(result.out())
        .doesNotContain(NO_INDICATOR_SHEET)
        .doesNotContain("无法评分")
        .contains("审核通过，建议等级 优");
  }

  @Test
  void aDistrictExportIsReviewedRatherThanRefusedForWantOfAnIndicatorSheet() {
    Path input =
        DistrictDeclarations.save(temp.resolve("区申报表.xlsx"), DistrictDeclarations.withFaults());

    CliAccess.Result result = CliAccess.run("validate", input.toString());

    assertThat(result.status()).as(result.out()).isEqualTo(Cli.PROBLEMS);
    assertThat(result.out())
        .doesNotContain(NO_INDICATOR_SHEET)
        .doesNotContain("无法评分")
        .contains("20 个项目：19 个审核通过，1 个有错误");
  }

  private static NationalLine withValue(NationalLine line, String value) {
    return new NationalLine(
        line.first(), line.second(), line.third(), value, line.midTermThird(), line.midTermValue());
  }

  private static int costRow(TargetForms.NationalBuilder form) {
    List<NationalLine> lines = form.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).second().equals("成本指标")) {
        return TargetForms.NationalBuilder.FIRST_LINE_ROW + i;
      }
    }
    throw new AssertionError("no 成本指标");
  }
}
