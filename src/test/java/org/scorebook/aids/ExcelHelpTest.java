package org.scorebook.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.SheetXml;
import org.scorebook.testing.SheetXml.Link;
import org.scorebook.testing.SheetXml.Rule;
import org.scorebook.testing.SheetXml.Validation;
import org.scorebook.testing.TypedWithMistakes;

/** The help Excel gives by itself: in the template, and kept in every scored workbook. */
class ExcelHelpTest {
  private static final String INDICATORS = "指标评分";
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");

  @TempDir Path folder;

  private Path template() throws IOException {
    Path file = folder.resolve("模板.xlsx");
    TemplateWriter.writeBlank(file);
    return file;
  }

  private static XSSFWorkbook poi(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void templateValidatesFullManualYearAndMailWithChineseMessages() throws Exception {
    Path file = template();
    List<Validation> indicators = SheetXml.read(file, INDICATORS).validations;
    assertThat(indicators)
        .extracting(Validation::sqref, Validation::type, Validation::operator, Validation::formula1)
        .containsExactlyInAnyOrder(
            tuple("C2:C25", "decimal", "greaterThanOrEqual", "0"),
            tuple("G2:G25", "custom", "", "AND(ISNUMBER(G2),G2>=0,OR($C2=\"\",G2<=$C2))"));
    assertThat(indicators)
        .allSatisfy(
            v -> {
              assertThat(v.errorStyle()).isEqualTo("warning");
              assertThat(v.prompt()).isNotBlank();
              assertThat(v.error()).isNotBlank();
            });
    assertThat(indicators)
        .extracting(Validation::errorTitle, Validation::error)
        .contains(tuple("人工得分", "人工得分应是 0 到本行分值之间的数字。"));

    List<Validation> project = SheetXml.read(file, "项目信息").validations;
    assertThat(project)
        .extracting(Validation::sqref, Validation::type, Validation::formula1, Validation::error)
        .containsExactlyInAnyOrder(
            tuple("B6", "whole", "1990", "评价年度应是四位数的年份，如 2024。"),
            tuple(
                "B8",
                "custom",
                "ISNUMBER(FIND(\"@\",B8))",
                "邮箱地址应含有 @，如 zhangsan@example.gov.cn。"));

    try (XSSFWorkbook workbook = poi(file)) {
      assertThat(workbook.getSheet(INDICATORS).getDataValidations())
          .extracting(DataValidation::getPromptBoxTitle)
          .containsExactlyInAnyOrder("分值", "人工得分");
    }
  }

  @Test
  void templateRulesTurnBothFilledRedDeductionWithoutReasonYellowAndParentOffItsChildrenRed()
      throws Exception {
    List<Rule> rules = SheetXml.read(template(), INDICATORS).rules;
    String children =
        "IF(LEN($A2)=1,COUNTIF($A$2:$A$25,$A2&\"?\")+COUNTIF($A$2:$A$25,$A2&\"??\"),"
            + "COUNTIF($A$2:$A$25,$A2&\".?\")+COUNTIF($A$2:$A$25,$A2&\".??\"))";
    assertThat(rules)
        .extracting(Rule::sqref, Rule::type, Rule::formula)
        .containsExactlyInAnyOrder(
            tuple(
                "D2:D25 G2:G25",
                "expression",
                "AND($A2<>\"\",$D2<>\"\",$G2<>\"\"," + children + "=0)"),
            tuple(
                "H2:H25",
                "expression",
                "AND(ISNUMBER($G2),ISNUMBER($C2),$G2<$C2,LEN(TRIM($H2))=0)"),
            tuple(
                "C2:C25",
                "expression",
                "AND(ISNUMBER($C2),"
                    + children
                    + ">0,ABS($C2-IF(LEN($A2)=1,SUMIF($A$2:$A$25,$A2&\"?\",$C$2:$C$25)"
                    + "+SUMIF($A$2:$A$25,$A2&\"??\",$C$2:$C$25),"
                    + "SUMIF($A$2:$A$25,$A2&\".?\",$C$2:$C$25)"
                    + "+SUMIF($A$2:$A$25,$A2&\".??\",$C$2:$C$25)))>0.005)"),
            tuple("D26", "expression", "ROUND(C26,2)<>100"));
  }

  @Test
  void checkRowUnderTheTableSumsTheTopLevelFullsAndSaysWhetherTheyMake100() throws Exception {
    Path scored = folder.resolve("已评分.xlsx");
    Outcome outcome = Scorebook.process(copy(SAMPLE), scored);
    assertThat(outcome).isInstanceOf(Outcome.Scored.class);
    try (InputStream in = Files.newInputStream(scored);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Row check =
          workbook.findSheet(INDICATORS).orElseThrow().read().stream()
              .filter(row -> row.getCellText(1).startsWith("一级指标分值合计"))
              .findFirst()
              .orElseThrow();
      assertThat(check.getCellText(1)).isEqualTo("一级指标分值合计（应为 100）");
      assertThat(check.getCell(2).getFormula()).startsWith("SUMIF(");
      assertThat(new BigDecimal(check.getCell(2).getRawValue())).isEqualByComparingTo("100");
      assertThat(check.getCellText(3)).isEqualTo("✓ 合计为 100");
    }
  }

  @Test
  void checkRowOfAScoredWorkbookHoldsWhatItsFormulasCompute() throws Exception {
    Path scored = folder.resolve("已评分.xlsx");
    Scorebook.process(TypedWithMistakes.write(folder.resolve("填错.xlsx")), scored);

    try (InputStream in = Files.newInputStream(scored);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Row check =
          workbook.findSheet(INDICATORS).orElseThrow().read().stream()
              .filter(row -> row.getRowNum() == 26)
              .findFirst()
              .orElseThrow();
      assertThat(new BigDecimal(check.getCell(2).getRawValue())).isEqualByComparingTo("101");
      assertThat(check.getCellText(3)).isEqualTo("✗ 合计应为 100");
    }
    try (XSSFWorkbook workbook = poi(scored)) {
      var row = workbook.getSheet(INDICATORS).getRow(25);
      var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluator.evaluate(row.getCell(2)).getNumberValue()).isEqualTo(101);
      assertThat(evaluator.evaluate(row.getCell(3)).getStringValue()).isEqualTo("✗ 合计应为 100");
    }
  }

  @Test
  void headerIsFrozenFilteredAndPrintedOnA4LandscapeWithTitles() throws Exception {
    try (XSSFWorkbook workbook = poi(template())) {
      XSSFSheet sheet = workbook.getSheet(INDICATORS);
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K25");
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }
  }

  @Test
  void scoredMessagesLinkToTheirCellsAndTheCellKeepsItsComment() throws Exception {
    Path typed = TypedWithMistakes.write(folder.resolve("填错.xlsx"));
    Path scored = folder.resolve("已评分.xlsx");
    Outcome outcome = Scorebook.process(typed, scored);
    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);

    List<Link> links = SheetXml.read(scored, "评分汇总").links;
    assertThat(links).extracting(Link::location).contains("'指标评分'!G11", "'指标评分'!C3");
    try (XSSFWorkbook workbook = poi(scored)) {
      Sheet summary = workbook.getSheet("评分汇总");
      Hyperlink toManual =
          summary.getHyperlinkList().stream()
              .filter(link -> link.getAddress().equals("'指标评分'!G11"))
              .findFirst()
              .orElseThrow();
      assertThat(
              summary
                  .getRow(toManual.getFirstRow())
                  .getCell(toManual.getFirstColumn())
                  .getStringCellValue())
          .isEqualTo("指标评分!G11");
      var font =
          workbook.getFontAt(
              summary
                  .getRow(toManual.getFirstRow())
                  .getCell(toManual.getFirstColumn())
                  .getCellStyle()
                  .getFontIndex());
      assertThat(font.getUnderline()).isEqualTo(Font.U_SINGLE);
      assertThat(font.getColor()).isEqualTo(IndexedColors.BLUE.getIndex());
      assertThat(workbook.getSheet(INDICATORS).getRow(10).getCell(6).getCellComment()).isNotNull();
    }
  }

  @Test
  void workbookOfAnOlderTemplateScoresAsBeforeAndGainsTheAids() throws Exception {
    Path old = TypedWithMistakes.withoutAids(SAMPLE, folder.resolve("旧模板.xlsx"));
    assertThat(SheetXml.read(old, INDICATORS).rules).isEmpty();
    Outcome before = Scorebook.score(old);
    Path scored = folder.resolve("已评分.xlsx");
    Outcome after = Scorebook.process(old, scored);

    assertThat(((Outcome.Scored) after).scorecard().orElseThrow().total())
        .isEqualTo(((Outcome.Scored) before).scorecard().orElseThrow().total());
    assertThat(((Outcome.Scored) after).scorecard().orElseThrow().total().orElseThrow())
        .isEqualTo(87.12);
    SheetXml aids = SheetXml.read(scored, INDICATORS);
    assertThat(aids.validations).hasSize(2);
    assertThat(aids.rules).hasSize(4);
    assertThat(Scorebook.score(scored))
        .isInstanceOfSatisfying(
            Outcome.Scored.class,
            again ->
                assertThat(again.scorecard().orElseThrow().total().orElseThrow()).isEqualTo(87.12));
  }

  @Test
  void reprocessingKeepsOneSetOfValidationsRulesAndLinksAndTheUsersOwn() throws Exception {
    Path typed = TypedWithMistakes.write(folder.resolve("填错.xlsx"));
    try (XSSFWorkbook workbook = poi(typed)) {
      XSSFSheet sheet = workbook.getSheet(INDICATORS);
      var formatting = sheet.getSheetConditionalFormatting();
      formatting.addConditionalFormatting(
          new CellRangeAddress[] {CellRangeAddress.valueOf("E2:E25")},
          formatting.createConditionalFormattingRule("$E2>$F2"));
      try (var out = Files.newOutputStream(typed)) {
        workbook.write(out);
      }
    }
    Path once = folder.resolve("一次.xlsx");
    Path twice = folder.resolve("两次.xlsx");
    Scorebook.process(typed, once);
    Scorebook.process(once, twice);

    SheetXml first = SheetXml.read(once, INDICATORS);
    SheetXml second = SheetXml.read(twice, INDICATORS);
    assertThat(first.rules).hasSize(5);
    assertThat(second.rules).containsExactlyInAnyOrderElementsOf(first.rules);
    assertThat(second.validations).containsExactlyInAnyOrderElementsOf(first.validations);
    assertThat(second.rules).extracting(Rule::formula).contains("$E2>$F2");
    assertThat(SheetXml.read(twice, "项目信息").validations).hasSize(2);
    assertThat(SheetXml.read(twice, "评分汇总").links)
        .containsExactlyInAnyOrderElementsOf(SheetXml.read(once, "评分汇总").links);
  }

  @Test
  void libreOfficeKeepsTheMessageLinksAndTheRulesOfAScoredWorkbook() throws Exception {
    Path typed = TypedWithMistakes.write(folder.resolve("填错.xlsx"));
    Path scored = folder.resolve("已评分.xlsx");
    Scorebook.process(typed, scored);
    Path saved = LibreOfficeRoundTrip.toXlsx(scored, folder.resolve("libreoffice"));

    assertThat(SheetXml.read(saved, "评分汇总").links)
        .extracting(Link::location)
        .contains("'指标评分'!G11", "'指标评分'!C3");
    assertThat(SheetXml.read(saved, INDICATORS).rules)
        .extracting(Rule::formula)
        .anySatisfy(formula -> assertThat(formula).startsWith("AND(ISNUMBER($G2)"));
  }

  @Test
  void reprocessingAddsNoDifferentialFormats() throws Exception {
    Path once = folder.resolve("一次.xlsx");
    Path twice = folder.resolve("两次.xlsx");
    Scorebook.process(TypedWithMistakes.write(folder.resolve("填错.xlsx")), once);
    Scorebook.process(once, twice);

    assertThat(SheetXml.differentialFormats(twice))
        .isEqualTo(SheetXml.differentialFormats(once))
        .isEqualTo(4);
  }

  @Test
  void scoredSelfEvaluationFormHasOneSetOfItsAidsAndItsScore() throws Exception {
    Path form = copy(Path.of("samples/2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx"));
    String sheet = "项目支出绩效自评表";
    Path once = folder.resolve("一次.xlsx");
    Path twice = folder.resolve("两次.xlsx");
    Outcome first = Scorebook.process(form, once);
    Outcome second = Scorebook.process(once, twice);

    assertThat(((Outcome.Scored) first).scorecard().orElseThrow().total().orElseThrow())
        .isEqualTo(96.16);
    assertThat(((Outcome.Scored) second).scorecard().orElseThrow().total().orElseThrow())
        .isEqualTo(96.16);
    SheetXml aids = SheetXml.read(twice, sheet);
    assertThat(aids.validations)
        .extracting(Validation::type, Validation::promptTitle)
        .containsExactlyInAnyOrder(
            tuple("list", "实际完成值"), tuple("decimal", "分值"), tuple("custom", "得分"));
    assertThat(aids.rules)
        .extracting(Rule::formula)
        .containsExactlyInAnyOrder(
            "AND(ISNUMBER($H13),ISNUMBER($G13),$H13>$G13)",
            "AND(ISNUMBER($H13),ISNUMBER($G13),$H13<$G13,LEN(TRIM($I13))=0)");
    assertThat(aids.validations)
        .containsExactlyInAnyOrderElementsOf(SheetXml.read(once, sheet).validations);
  }

  private Path copy(Path file) throws IOException {
    Path target = folder.resolve(file.getFileName());
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }
}
