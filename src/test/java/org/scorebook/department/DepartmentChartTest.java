package org.scorebook.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/** The native charts on 总览, read back with POI. */
class DepartmentChartTest {
  @TempDir Path temp;

  @Test
  void scoreChartSeriesPointsAtTheScoreColumnOfTheResultsSheetWithASolidFill() throws Exception {
    Path out = temp.resolve("结果.xlsx");
    DepartmentFixtures.cli(
        "summary",
        DepartmentFixtures.seedFolder(temp.resolve("in")).toString(),
        "--out",
        out.toString());

    List<XSSFChart> charts = charts(out);

    assertThat(charts).hasSize(2);
    CTBarSer scores = series(charts.get(0));
    assertThat(scores.getVal().getNumRef().getF()).isEqualTo("绩效评价结果信息表!$I$2:$I$8");
    assertThat(scores.getCat().getStrRef().getF()).isEqualTo("绩效评价结果信息表!$B$2:$B$8");
    assertThat(scores.getVal().getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(7);
    assertThat(scores.getVal().getNumRef().getNumCache().getPtArray(0).getV()).isEqualTo("88.88");
    assertThat(scores.getSpPr().isSetSolidFill())
        .as("LibreOffice draws no bars without a solid fill")
        .isTrue();
  }

  @Test
  void gradeChartCountsProjectsPerGradeFromTheOverviewTable() throws Exception {
    Path out = temp.resolve("结果.xlsx");
    DepartmentFixtures.cli(
        "summary",
        DepartmentFixtures.seedFolder(temp.resolve("in")).toString(),
        "--out",
        out.toString());

    CTBarSer grades = series(charts(out).get(1));

    assertThat(grades.getCat().getStrRef().getF()).startsWith("总览!$A$");
    assertThat(grades.getVal().getNumRef().getF()).startsWith("总览!$B$");
    assertThat(grades.getSpPr().isSetSolidFill()).isTrue();
    assertThat(grades.getVal().getNumRef().getNumCache().getPtCount().getVal())
        .isEqualTo(4); // 优 良 中 差
  }

  private static List<XSSFChart> charts(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet overview = workbook.getSheet("总览");
      XSSFDrawing drawing = overview.getDrawingPatriarch();
      assertThat(drawing).as("总览 has a drawing").isNotNull();
      return drawing.getCharts();
    }
  }

  private static CTBarSer series(XSSFChart chart) {
    CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
    assertThat(bar.getSerList()).hasSize(1);
    return bar.getSerArray(0);
  }
}
