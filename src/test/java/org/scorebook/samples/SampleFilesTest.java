package org.scorebook.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.template.TemplateContent;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.TestWorkbooks;

/**
 * Each shipped sample is exactly what {@link SampleFiles} builds (so nobody edits a sample by hand
 * without updating the generator), and reads back through fastexcel-reader, which has no POI
 * inside.
 */
class SampleFilesTest {

  static Stream<Arguments> samples() {
    return SampleFiles.samples().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shippedSampleIsWhatTheGeneratorBuilds(Path shipped, TemplateContent content)
      throws IOException {
    assertThat(shipped).as("run SampleFiles.main to write it").exists();
    try (InputStream in = Files.newInputStream(shipped);
        XSSFWorkbook read = new XSSFWorkbook(in);
        XSSFWorkbook built = TemplateWriter.build(content)) {
      assertThat(TestWorkbooks.dump(read)).isEqualTo(TestWorkbooks.dump(built));
    }
  }

  @Test
  void seed001ReadsBackWithAnIndependentReader() throws IOException {
    Map<String, Map<Integer, Row>> sheets = readWithFastexcel(SampleFiles.SEED_001);
    assertThat(sheets.keySet()).containsExactlyElementsOf(TemplateWriter.SHEETS);

    Map<Integer, Row> project = sheets.get("项目信息");
    assertThat(project.get(1).getCellText(0)).isEqualTo("项目名称");
    assertThat(project.get(1).getCellText(1)).isEqualTo("2017年合作交流综合信息服务平台建设运维项目");
    assertThat(project.get(8).getCellText(0)).isEqualTo("预算金额（万元）");
    assertThat(number(project.get(8), 1)).isEqualByComparingTo("19.369");
    assertThat(number(project.get(9), 1)).isEqualByComparingTo("19");

    Map<Integer, Row> parameters = sheets.get("评分参数");
    Row satisfaction = find(parameters, "满意度");
    assertThat(number(satisfaction, 1)).isEqualByComparingTo("0.8913");

    Map<Integer, Row> indicators = sheets.get("指标评分");
    assertThat(indicators.get(0).stream().map(c -> c.getText()).toList())
        .containsExactly(
            "指标编码", "指标名称", "分值", "评分公式", "目标值", "实际值", "人工得分", "评分说明", "得分", "得分率", "校验结果");
    Row budget = find(indicators, "B1.1.2");
    assertThat(budget.getCellText(1)).isEqualTo("预算执行率");
    assertThat(number(budget, 2)).isEqualByComparingTo("3");
    assertThat(budget.getCellText(3)).isEqualTo("分值 * min(实际支出 / 预算金额, 1)");
    Row security = find(indicators, "C2.1.2");
    assertThat(number(security, 5)).isEqualByComparingTo("0.87");
    Row quality = find(indicators, "A2.2");
    assertThat(number(quality, 6)).isEqualByComparingTo("1");
    assertThat(quality.getCellText(7)).isNotEmpty();

    assertThat(sheets.get("等级标准").get(1).getCellText(0)).isEqualTo("优");
    assertThat(sheets.get("评价结论").get(2).getCellText(0)).isEqualTo("存在问题");
    assertThat(sheets.get("评价结论").get(2).getCellText(1)).startsWith("1、项目实施方案和过程管理有待进一步完善");
  }

  @Test
  void mistakesSampleKeepsWhatWasTypedAsText() throws IOException {
    Map<Integer, Row> indicators = readWithFastexcel(SampleFiles.WITH_MISTAKES).get("指标评分");
    assertThat(find(indicators, "A1").getCellText(6)).isEqualTo("3分");
    assertThat(find(indicators, "A2").getCellText(6)).isEqualTo("２．５");
    assertThat(find(indicators, "C1.2").getCellText(5)).isEqualTo("九十");
    assertThat(number(find(indicators, "C1.1"), 8)).isEqualByComparingTo("15");
  }

  private static Map<String, Map<Integer, Row>> readWithFastexcel(Path file) throws IOException {
    Map<String, Map<Integer, Row>> sheets = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        Map<Integer, Row> rows = new TreeMap<>();
        for (Row row : sheet.read()) {
          rows.put(row.getRowNum() - 1, row);
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }

  private static Row find(Map<Integer, Row> rows, String firstCell) {
    List<Row> found =
        rows.values().stream()
            .filter(r -> r.getCellCount() > 0 && firstCell.equals(r.getCellText(0)))
            .toList();
    assertThat(found).as(firstCell).isNotEmpty();
    return found.get(0);
  }

  private static BigDecimal number(Row row, int column) {
    return new BigDecimal(row.getCell(column).getRawValue());
  }
}
