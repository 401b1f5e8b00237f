package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.selfevaluation.SelfEvaluationTemplate;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * {@code template --kind 自评表 --from 申报表.xlsx}: the approved targets carried into the year-end
 * self-evaluation forms, filled as a unit would fill them when every target is met, and scored by
 * {@code process}.
 */
class TemplateFromDeclarationTest {
  private static final String GUIDE = SelfEvaluationTemplate.GUIDE_SHEET;

  /** Columns of the self-evaluation form, 0-based. */
  private static final int LEAF = 3;

  private static final int TARGET = 4;
  private static final int ACTUAL = 5;
  private static final int FULL = 6;
  private static final int SCORE = 7;

  /** The funds line 年度资金总额: 年初预算数, 全年预算数, 全年执行数 in columns C to E of row 6. */
  private static final int FUNDS_ROW = 5;

  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(.*)$");
  private static final Pattern COMPARATOR = Pattern.compile("^(≥|≤|>=|<=|>|<|=|不低于|不少于|不超过|不高于)");

  @TempDir Path folder;

  @Test
  void targetsMetInFullScoreOneHundredForANationalAndALocalDeclaration() throws IOException {
    Path declaration =
        TargetForms.saveAll(
            folder.resolve("申报表.xlsx"),
            List.of(
                TargetForms.national().sheetName("中央项目"),
                TargetForms.local().sheetName("1.养老护理员培训")));
    Path forms = folder.resolve("自评表.xlsx");

    CliRunner.Result written =
        CliRunner.run(
            "template",
            "--kind",
            "自评表",
            "--from",
            declaration.toString(),
            "--out",
            forms.toString());
    assertThat(written.status()).as(written.err()).isEqualTo(Cli.OK);
    assertThat(written.out()).contains("2 个项目", forms.toString());

    List<Integer> quantitative = fillAsMet(forms);
    CliRunner.Result processed =
        CliRunner.run(
            "process", forms.toString(), "--out", folder.resolve("out").toString(), "--json");

    List<JsonObject> projects = ProjectsAlone.objects(processed);
    assertThat(projects)
        .extracting(p -> p.get("sheet").getAsString())
        .containsExactly("中央项目", "1.养老护理员培训");
    for (JsonObject project : projects) {
      assertThat(project.get("errors").getAsInt()).as(project.toString()).isZero();
      assertThat(project.get("total").getAsDouble()).isEqualTo(100.0);
      assertThat(project.get("grade").getAsString()).isEqualTo("优");
    }
    assertThat(quantitative).as("quantitative leaves filled").isNotEmpty();
    Path output = Path.of(projects.get(0).get("output").getAsString());
    try (Workbook scored = open(output)) {
      for (String sheet : List.of("中央项目", "1.养老护理员培训")) {
        for (Row row : leafRows(scored.getSheet(sheet))) {
          assertThat(number(row, SCORE))
              .as("%s row %d", sheet, row.getRowNum() + 1)
              .isEqualTo(number(row, FULL));
        }
      }
    }
  }

  /**
   * Fills every leaf as met (实际完成值 = the target's number and unit; a target in words gets the band
   * 达成年度指标 and its full 分值 by hand) and the funds line as spent in full; returns the rows of leaves
   * filled with a number.
   */
  private static List<Integer> fillAsMet(Path forms) throws IOException {
    List<Integer> quantitative = new ArrayList<>();
    try (Workbook workbook = open(forms)) {
      for (Sheet sheet : workbook) {
        if (sheet.getSheetName().equals(GUIDE)) {
          continue;
        }
        for (Row row : leafRows(sheet)) {
          String target = row.getCell(TARGET).getStringCellValue();
          Matcher numberAndUnit =
              NUMBER_AND_UNIT.matcher(COMPARATOR.matcher(target).replaceFirst(""));
          if (numberAndUnit.matches() && !target.contains("月")) {
            row.getCell(ACTUAL).setCellValue(numberAndUnit.group(1) + numberAndUnit.group(2));
            quantitative.add(row.getRowNum());
          } else {
            row.getCell(ACTUAL).setCellValue("达成年度指标");
            row.getCell(SCORE).setCellValue(row.getCell(FULL).getNumericCellValue());
          }
        }
        Row funds = sheet.getRow(FUNDS_ROW);
        double budget = funds.getCell(2).getNumericCellValue();
        funds.getCell(3).setCellValue(budget);
        funds.getCell(4).setCellValue(budget);
      }
      try (OutputStream out = Files.newOutputStream(forms)) {
        workbook.write(out);
      }
    }
    return quantitative;
  }

  @Test
  void theDefaultSplitGivesSevenOutputLeavesFiftyAndThreeBenefitLeavesThirty() throws IOException {
    List<LocalLine> lines =
        List.of(
            new LocalLine("产出", "数量", "培训人次", "≥500人次", "人次"),
            new LocalLine("产出", "数量", "培训场次", "≥10场", "场次"),
            new LocalLine("产出", "数量", "培训课时", "≥40小时", "课时"),
            new LocalLine("产出", "质量", "培训合格率", "≥95%", "合格率"),
            new LocalLine("产出", "质量", "教材达标率", "≥98%", "达标率"),
            new LocalLine("产出", "时效", "培训完成时间", "2023年11月底前", "时间"),
            new LocalLine("产出", "成本", "项目总成本", "≤48.14万元", "成本"),
            new LocalLine("效益", "经济效益", "不适用", "不适用", ""),
            new LocalLine("效益", "社会效益", "护理服务水平", "显著提升", "水平"),
            new LocalLine("效益", "社会效益", "持证上岗率", "≥80%", "持证"),
            new LocalLine("效益", "可持续影响", "长效机制", "建立", "机制"),
            new LocalLine("满意度", "服务对象满意度", "参训人员满意度", "≥90%", "满意度"));
    Path declaration =
        TargetForms.saveAll(folder.resolve("申报表.xlsx"), List.of(TargetForms.local().lines(lines)));
    Path forms = folder.resolve("自评表.xlsx");

    CliRunner.Result written =
        CliRunner.run("template", "--from", declaration.toString(), "--out", forms.toString());

    assertThat(written.status()).as(written.err()).isEqualTo(Cli.OK);
    try (Workbook workbook = open(forms)) {
      Sheet sheet = workbook.getSheetAt(0);
      List<Row> leaves = leafRows(sheet);
      assertThat(leaves)
          .extracting(row -> row.getCell(LEAF).getStringCellValue())
          .containsExactly(
              "培训人次", "培训场次", "培训课时", "培训合格率", "教材达标率", "培训完成时间", "项目总成本", "护理服务水平", "持证上岗率",
              "长效机制", "参训人员满意度");
      assertThat(leaves)
          .extracting(row -> number(row, FULL))
          .containsExactly(
              bd("7.14"),
              bd("7.14"),
              bd("7.14"),
              bd("7.14"),
              bd("7.14"),
              bd("7.14"),
              bd("7.16"),
              bd("10"),
              bd("10"),
              bd("10"),
              bd("10"));
      assertThat(leaves.get(6).getCell(TARGET).getStringCellValue()).isEqualTo("≤48.14万元");
      assertThat(text(sheet, 2, 2)).isEqualTo("政府购买服务（社区养老护理员培训）");
      assertThat(text(sheet, 3, 2)).isEqualTo("区民政局");
      assertThat(sheet.getRow(FUNDS_ROW).getCell(2).getNumericCellValue()).isEqualTo(48.14);
      assertThat(text(sheet, 10, 1)).startsWith("全年培训社区养老护理员 500 人次");
      assertThat(text(sheet, 1, 0)).isEqualTo("（2023年度）");
    }
  }

  @Test
  void splitWritesOneFilePerProjectNamedAfterIt() throws IOException {
    Path declaration =
        TargetForms.saveAll(
            folder.resolve("申报表.xlsx"),
            List.of(
                TargetForms.local().sheetName("1").projectName("社区养老/护理员培训"),
                TargetForms.local().sheetName("2").projectName("老年助餐服务")));
    Path out = folder.resolve("自评表");

    CliRunner.Result written =
        CliRunner.run(
            "template",
            "--kind",
            "自评表",
            "--from",
            declaration.toString(),
            "--split",
            "--out",
            out.toString());

    assertThat(written.status()).as(written.err()).isEqualTo(Cli.OK);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("社区养老_护理员培训.xlsx", "老年助餐服务.xlsx");
    }
    try (Workbook workbook = open(out.resolve("老年助餐服务.xlsx"))) {
      assertThat(workbook.getSheetName(0)).isEqualTo(SelfEvaluationTemplate.SHEET);
      assertThat(text(workbook.getSheetAt(0), 2, 2)).isEqualTo("老年助餐服务");
    }
    CliRunner.Result again =
        CliRunner.run(
            "template", "--from", declaration.toString(), "--split", "--out", out.toString());
    assertThat(again.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(again.err()).contains("文件已存在，未覆盖");
  }

  @Test
  void anUnreadableInputAndOneThatIsNoDeclarationAreSaidSoInChinese() throws IOException {
    Path broken = Files.writeString(folder.resolve("坏的.xlsx"), "not a workbook");
    Path other =
        TargetForms.saveAll(
            folder.resolve("监控表.xlsx"), List.of(TargetForms.monitoringSheet("执行监控")));

    CliRunner.Result unreadable =
        CliRunner.run(
            "template",
            "--kind",
            "自评表",
            "--from",
            broken.toString(),
            "--out",
            folder.resolve("a.xlsx").toString());
    CliRunner.Result notDeclaration =
        CliRunner.run(
            "template",
            "--kind",
            "自评表",
            "--from",
            other.toString(),
            "--out",
            folder.resolve("b.xlsx").toString());

    assertThat(unreadable.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(unreadable.err()).startsWith("无法读取申报表「坏的.xlsx」：");
    assertThat(notDeclaration.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(notDeclaration.err()).startsWith("「监控表.xlsx」不是绩效目标申报表");
    assertThat(folder.resolve("a.xlsx")).doesNotExist();
    assertThat(folder.resolve("b.xlsx")).doesNotExist();
  }

  @Test
  void aDeclarationWithReviewErrorsIsCarriedForwardAllTheSame() throws IOException {
    Path declaration =
        TargetForms.saveAll(
            folder.resolve("申报表.xlsx"),
            List.of(
                TargetForms.local()
                    .line(
                        "项目总成本",
                        line ->
                            new LocalLine(
                                line.first(),
                                line.second(),
                                line.third(),
                                "≥48.14万元",
                                line.explanation()))));
    Path forms = folder.resolve("自评表.xlsx");

    CliRunner.Result written =
        CliRunner.run("template", "--from", declaration.toString(), "--out", forms.toString());

    assertThat(written.status()).as(written.err()).isEqualTo(Cli.OK);
    try (Workbook workbook = open(forms)) {
      assertThat(leafRows(workbook.getSheetAt(0)))
          .extracting(row -> row.getCell(TARGET).getStringCellValue())
          .contains("≥48.14万元");
    }
  }

  @Test
  void splitWithoutFromAndFromForTheContractTemplateAreUsageErrors() {
    CliRunner.Result split = CliRunner.run("template", "--split");
    CliRunner.Result contract = CliRunner.run("template", "--kind", "模板", "--from", "申报表.xlsx");

    assertThat(split.status()).isEqualTo(Cli.USAGE);
    assertThat(split.err()).contains("--split 只能与 --from 一起使用");
    assertThat(contract.status()).isEqualTo(Cli.USAGE);
    assertThat(contract.err()).contains("--from 只用于 --kind 自评表");
  }

  @Test
  void helpNamesFromAndSplit() {
    CliRunner.Result help = CliRunner.run("template", "--help");

    assertThat(help.out()).contains("--from", "--split", "申报表", "--kind 自评表 --from");
  }

  // Reading the forms

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  /** The rows between the indicator table's header and 总分 that name a 三级 indicator. */
  private static List<Row> leafRows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (int r = SelfEvaluationTemplate.firstLeafRow(); ; r++) {
      Row row = sheet.getRow(r);
      if (text(sheet, r, 0).equals("总分")) {
        return rows;
      }
      if (!row.getCell(LEAF).getStringCellValue().isEmpty()) {
        rows.add(row);
      }
    }
  }

  private static String text(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  private static BigDecimal number(Row row, int c) {
    return BigDecimal.valueOf(row.getCell(c).getNumericCellValue()).stripTrailingZeros();
  }

  private static BigDecimal bd(String text) {
    return new BigDecimal(text).stripTrailingZeros();
  }
}
