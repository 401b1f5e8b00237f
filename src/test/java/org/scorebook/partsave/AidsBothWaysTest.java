package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.Scorebook;
import org.scorebook.aids.AidsChoices;
import org.scorebook.aids.ExcelAids;
import org.scorebook.aids.IndicatorTable;
import org.scorebook.aids.ScoredAids;
import org.scorebook.aids.SheetAids;
import org.scorebook.kinds.selfevaluation.SelfEvaluationTemplate;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Outcome;
import org.scorebook.style.Styles;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.TypedWithMistakes;
import org.scorebook.testing.XmlSheetContent;

/**
 * The aids written through POI and written as XML into the sheet part show the same to POI: the
 * same validations, conditional formats with the same fills and priorities, the same filter and
 * check row, and the user's own validations and formats survive both ways. The XML way's workbook
 * opens in POI and in fastexcel.
 */
class AidsBothWaysTest {
  private static final String INDICATORS = "指标评分";
  private static final String PROJECT = "项目信息";
  private static final String USER_TITLE = "我的下拉";
  private static final String USER_RULE = "$E2>$F2";

  @TempDir Path folder;

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(file -> file.toString().endsWith(".xlsx")).sorted().toList().stream();
    }
  }

  @Test
  void contractTemplate() throws Exception {
    Path template = folder.resolve("模板.xlsx");
    TemplateWriter.writeBlank(template);
    Compared compared = compare(template);
    assertThat(compared.sheets()).contains(INDICATORS, PROJECT);
    assertThat(compared.addedDxfs()).isZero();
  }

  @Test
  void selfEvaluationTemplate() throws Exception {
    Path template = folder.resolve("自评表.xlsx");
    SelfEvaluationTemplate.write(template);
    // A blank form has no indicator to read: its table is the one the template writes.
    int last = SelfEvaluationTemplate.totalRow() - 1;
    IndicatorTable table =
        new IndicatorTable(
            AidsChoices.PRINTED_FORM,
            SelfEvaluationTemplate.INDICATOR_HEADER_ROW,
            SelfEvaluationTemplate.firstLeafRow(),
            last,
            Map.of(
                IndicatorColumn.ACTUAL, 5,
                IndicatorColumn.FULL, 6,
                IndicatorColumn.SCORE, 7,
                IndicatorColumn.REASON, 8));
    String sheet = SelfEvaluationTemplate.SHEET;
    Compared compared =
        compare(
            template,
            List.of(new Target(sheet, true, new ScoredAids.Indicators(sheet, table, last), null)));
    assertThat(compared.sheets()).contains(SelfEvaluationTemplate.SHEET);
    assertThat(compared.addedDxfs()).isZero();
  }

  @Test
  void templateOfAnOlderVersionGetsEveryAid() throws Exception {
    Path blank = folder.resolve("模板.xlsx");
    TemplateWriter.writeBlank(blank);
    Path old = TypedWithMistakes.withoutAids(blank, folder.resolve("旧模板.xlsx"));
    Compared compared = compare(old);
    assertThat(compared.addedDxfs()).isEqualTo(4);
    assertThat(compared.filter()).isEqualTo("A1:K25");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sample(Path sample) throws Exception {
    Path copy = folder.resolve(sample.getFileName());
    Files.copy(sample, copy);
    compare(copy);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleProcessedOnce(Path sample) throws Exception {
    Path copy = folder.resolve(sample.getFileName());
    Files.copy(sample, copy);
    Path once = folder.resolve("一次-" + sample.getFileName());
    Scorebook.process(copy, once);
    assertThat(once).exists();
    Compared compared = compare(once);
    assertThat(compared.addedDxfs()).isZero();
  }

  @Test
  void usersOwnRulesSurviveBothWays() throws Exception {
    Path typed = withUserRules(TypedWithMistakes.write(folder.resolve("填错.xlsx")));
    Compared compared = compare(typed);
    assertUserRulesIn(compared);
  }

  @Test
  void usersOwnRulesSurviveInAnOutputProcessedOnce() throws Exception {
    Path typed = withUserRules(TypedWithMistakes.write(folder.resolve("填错.xlsx")));
    Path once = folder.resolve("一次.xlsx");
    Scorebook.process(typed, once);
    Compared compared = compare(once);
    assertUserRulesIn(compared);
    assertThat(compared.addedDxfs()).isZero();
  }

  @Test
  void usersOwnRulesSurviveOnAnOlderTemplate() throws Exception {
    Path blank = folder.resolve("模板.xlsx");
    TemplateWriter.writeBlank(blank);
    Path old = withUserRules(TypedWithMistakes.withoutAids(blank, folder.resolve("旧模板.xlsx")));
    assertUserRulesIn(compare(old));
  }

  private static void assertUserRulesIn(Compared compared) {
    assertThat(compared.seen().get(INDICATORS).validations())
        .anySatisfy(line -> assertThat(line).contains(USER_TITLE));
    assertThat(compared.seen().get(INDICATORS).formats())
        .anySatisfy(line -> assertThat(line).contains(USER_RULE))
        .anySatisfy(line -> assertThat(line).contains("LEN($E2)>3"));
    assertThat(compared.seen().get(PROJECT).validations())
        .anySatisfy(line -> assertThat(line).contains("项目备注"));
  }

  /**
   * The template with the user's own aids: a drop-down and a rule on 指标评分, a rule of two formulas
   * one of which has the shape of Scorebook's, and a validation on 项目信息.
   */
  private static Path withUserRules(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet(INDICATORS);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      DataValidation choice =
          helper.createValidation(
              helper.createExplicitListConstraint(new String[] {"是", "否"}),
              new CellRangeAddressList(1, 24, 4, 4));
      choice.createPromptBox(USER_TITLE, "选「是」或「否」");
      choice.setShowPromptBox(true);
      sheet.addValidationData(choice);
      SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
      ConditionalFormattingRule mine = formatting.createConditionalFormattingRule(USER_RULE);
      mine.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
      formatting.addConditionalFormatting(
          new CellRangeAddress[] {CellRangeAddress.valueOf("E2:E25")}, mine);
      ConditionalFormattingRule longText = formatting.createConditionalFormattingRule("LEN($E2)>3");
      longText.createFontFormatting().setFontColorIndex(IndexedColors.BLUE.getIndex());
      ConditionalFormattingRule ownShaped =
          formatting.createConditionalFormattingRule("ROUND(C30,2)<>100");
      ownShaped.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
      formatting.addConditionalFormatting(
          new CellRangeAddress[] {CellRangeAddress.valueOf("F2:F25")}, longText, ownShaped);

      Sheet project = workbook.getSheet(PROJECT);
      DataValidationHelper projectHelper = project.getDataValidationHelper();
      DataValidation note =
          projectHelper.createValidation(
              projectHelper.createTextLengthConstraint(
                  DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "200", null),
              new CellRangeAddressList(9, 9, 1, 1));
      note.createErrorBox("项目备注", "不超过 200 字");
      note.setShowErrorBox(true);
      project.addValidationData(note);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  // Both ways

  /** What POI reads of one sheet's aids. */
  record Seen(
      List<String> validations, List<String> formats, String filter, List<String> checkCells) {}

  record Compared(java.util.Map<String, Seen> seen, int addedDxfs, String filter) {
    List<String> sheets() {
      return List.copyOf(seen.keySet());
    }
  }

  /** A target of the aids: one sheet and what goes on it. */
  private record Target(
      String sheet,
      boolean indicators,
      ScoredAids.Indicators table,
      ScoredAids.ProjectFields fields) {}

  private Compared compare(Path original) throws Exception {
    Evaluation evaluation = evaluation(original);
    return compare(original, targets(evaluation));
  }

  private static List<Target> targets(Evaluation evaluation) {
    List<Target> targets = new ArrayList<>();
    ScoredAids.indicators(evaluation)
        .ifPresent(aids -> targets.add(new Target(aids.sheetName(), true, aids, null)));
    ScoredAids.projectFields(evaluation)
        .filter(fields -> !fields.sheetName().equals(evaluation.indicators().sheetName()))
        .ifPresent(fields -> targets.add(new Target(fields.sheetName(), false, null, fields)));
    return targets;
  }

  private Compared compare(Path original, List<Target> targets) throws Exception {
    assertThat(targets).isNotEmpty();

    // Through POI, as a scored workbook gets them.
    Path poi = folder.resolve("poi-" + original.getFileName());
    try (InputStream in = Files.newInputStream(original);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Styles styles = Styles.reusingExisting(workbook);
      for (Target target : targets) {
        Sheet sheet = workbook.getSheet(target.sheet());
        if (target.indicators()) {
          ExcelAids.indicators(sheet, target.table().table(), target.table().lastDataRow(), styles)
              .ifPresent(ExcelAids.CheckRow::cacheValues);
        } else {
          ExcelAids.projectFields(sheet, target.fields().year(), target.fields().email());
        }
      }
      try (OutputStream out = Files.newOutputStream(poi)) {
        workbook.write(out);
      }
    }

    // As XML, planned from the original as it stands.
    List<SheetAids> plans = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(original.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      for (Target target : targets) {
        plans.add(
            target.indicators()
                ? SheetAids.indicators(
                    target.table().table(),
                    target.table().lastDataRow(),
                    ExcelAids.content(workbook.getSheet(target.sheet())))
                : SheetAids.projectFields(target.fields().year(), target.fields().email()));
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      if (target.indicators()) {
        // Planned from the part's XML without POI, the aids are the same.
        assertThat(
                SheetAids.indicators(
                    target.table().table(),
                    target.table().lastDataRow(),
                    XmlSheetContent.of(original, target.sheet())))
            .isEqualTo(plans.get(i));
      }
    }
    Path step = original;
    int added = 0;
    for (int i = 0; i < targets.size(); i++) {
      Path next = folder.resolve("xml-" + i + "-" + original.getFileName());
      added += SheetPatch.write(step, targets.get(i).sheet(), plans.get(i), next);
      step = next;
    }
    Path xml = step;

    java.util.Map<String, Seen> fromPoi = new java.util.LinkedHashMap<>();
    java.util.Map<String, Seen> fromXml = new java.util.LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      Optional<SheetAids.CheckRow> check = plans.get(i).checkRow();
      fromPoi.put(targets.get(i).sheet(), seen(poi, targets.get(i).sheet(), check));
      fromXml.put(targets.get(i).sheet(), seen(xml, targets.get(i).sheet(), check));
    }
    assertThat(fromXml).isEqualTo(fromPoi);
    readsInFastexcel(xml, targets, plans);
    String filter = fromXml.values().iterator().next().filter();
    return new Compared(fromXml, added, filter);
  }

  private static Evaluation evaluation(Path file) {
    Outcome outcome = Scorebook.score(file);
    return outcome
        .scorecard()
        .orElseThrow(() -> new AssertionError("not read: " + outcome))
        .evaluation();
  }

  private static Seen seen(Path file, String sheetName, Optional<SheetAids.CheckRow> check)
      throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      XSSFSheet sheet = workbook.getSheet(sheetName);
      List<String> validations = new ArrayList<>();
      for (DataValidation v : sheet.getDataValidations()) {
        DataValidationConstraint c = v.getValidationConstraint();
        validations.add(
            String.join(
                " | ",
                ranges(v.getRegions().getCellRangeAddresses()),
                "type " + c.getValidationType(),
                "operator " + c.getOperator(),
                "f1 " + c.getFormula1(),
                "f2 " + c.getFormula2(),
                "list " + Arrays.toString(c.getExplicitListValues()),
                "blank " + v.getEmptyCellAllowed(),
                "style " + v.getErrorStyle(),
                "prompt " + v.getPromptBoxTitle() + ": " + v.getPromptBoxText(),
                "error " + v.getErrorBoxTitle() + ": " + v.getErrorBoxText(),
                "show " + v.getShowPromptBox() + "/" + v.getShowErrorBox()));
      }
      List<String> formats = new ArrayList<>();
      SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
      for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
        ConditionalFormatting format = formatting.getConditionalFormattingAt(i);
        List<String> rules = new ArrayList<>();
        for (int r = 0; r < format.getNumberOfRules(); r++) {
          ConditionalFormattingRule rule = format.getRule(r);
          PatternFormatting pattern = rule.getPatternFormatting();
          rules.add(
              String.join(
                  " ",
                  String.valueOf(rule.getConditionType()),
                  rule.getFormula1(),
                  String.valueOf(rule.getFormula2()),
                  "priority " + rule.getPriority(),
                  "stop " + rule.getStopIfTrue(),
                  pattern == null
                      ? "no fill"
                      : "fill " + pattern.getFillBackgroundColor() + "/" + pattern.getFillPattern(),
                  rule.getFontFormatting() == null
                      ? "no font"
                      : "font " + rule.getFontFormatting().getFontColorIndex()));
        }
        formats.add(ranges(format.getFormattingRanges()) + " → " + rules);
      }
      String filter =
          sheet.getCTWorksheet().isSetAutoFilter()
              ? sheet.getCTWorksheet().getAutoFilter().getRef()
              : "";
      List<String> cells = new ArrayList<>();
      check.ifPresent(
          row -> {
            Row found = sheet.getRow(row.row());
            for (SheetAids.CheckCell wanted : row.cells()) {
              Cell cell = found.getCell(wanted.column());
              cells.add(
                  cell.getAddress()
                      + " "
                      + cell.getCellType()
                      + " "
                      + (cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : "")
                      + " = "
                      + cellValue(cell));
            }
          });
      return new Seen(validations, formats, filter, cells);
    }
  }

  private static String cellValue(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      default -> type.toString();
    };
  }

  private static String ranges(CellRangeAddress[] ranges) {
    return Arrays.stream(ranges)
        .map(CellRangeAddress::formatAsString)
        .collect(Collectors.joining(" "));
  }

  private static void readsInFastexcel(Path file, List<Target> targets, List<SheetAids> plans)
      throws IOException {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      for (int i = 0; i < targets.size(); i++) {
        List<org.dhatim.fastexcel.reader.Row> rows =
            workbook.findSheet(targets.get(i).sheet()).orElseThrow().read();
        assertThat(rows).isNotEmpty();
        Optional<SheetAids.CheckRow> check = plans.get(i).checkRow();
        if (check.isPresent()) {
          org.dhatim.fastexcel.reader.Row row =
              rows.stream()
                  .filter(r -> r.getRowNum() == check.get().row() + 1)
                  .findFirst()
                  .orElseThrow();
          assertThat(row.getCellText(check.get().label().column()))
              .isEqualTo(((SheetAids.TextValue) check.get().label().value()).text());
          assertThat(row.getCell(check.get().sum().column()).getFormula()).startsWith("SUMIF(");
          assertThat(Double.parseDouble(row.getCell(check.get().sum().column()).getRawValue()))
              .isEqualTo(check.get().total());
          assertThat(row.getCellText(check.get().verdict().column()))
              .isEqualTo(((SheetAids.TextValue) check.get().verdict().value()).text());
        }
      }
    }
  }
}
