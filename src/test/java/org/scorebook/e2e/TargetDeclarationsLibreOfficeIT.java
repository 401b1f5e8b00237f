package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.e2e.DistrictDeclarations.AMOUNT_IN_YUAN;
import static org.scorebook.e2e.DistrictDeclarations.COST_AT_LEAST;
import static org.scorebook.e2e.DistrictDeclarations.PROJECTS;
import static org.scorebook.e2e.DistrictDeclarations.THREE_WARNINGS;
import static org.scorebook.e2e.DistrictDeclarations.VAGUE_QUANTITY;
import static org.scorebook.e2e.DistrictDeclarations.sheet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.Cli;
import org.scorebook.cli.CliAccess;
import org.scorebook.style.Fill;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.TargetForms.LocalBuilder;

/**
 * A district's twenty target declarations, saved again by LibreOffice as a WPS user's file would
 * be, through {@code process} and {@code validate}: one reviewed project per form with its
 * suggested grade, every finding at its cell, the review summary first in the output and the faulty
 * cells marked; a workbook of clean forms passes.
 */
class TargetDeclarationsLibreOfficeIT {
  private static final String KIND = "target-declaration";

  @TempDir static Path folder;
  private static Path withFaults;
  private static Path clean;

  @BeforeAll
  static void saveByLibreOffice() throws Exception {
    withFaults =
        resaved(
            DistrictDeclarations.save(
                folder.resolve("区申报表.xlsx"), DistrictDeclarations.withFaults()),
            "faults");
    clean =
        resaved(
            DistrictDeclarations.save(folder.resolve("无问题.xlsx"), DistrictDeclarations.clean()),
            "clean");
  }

  private static Path resaved(Path file, String name) throws Exception {
    return LibreOfficeRoundTrip.toXlsx(file, Files.createDirectories(folder.resolve(name)));
  }

  @Test
  void processGivesTwentyReviewedProjectsWithTheirGradesAndAnErrorStatus() throws Exception {
    CliAccess.Result result =
        CliAccess.run("process", withFaults.toString(), "--out", out("json"), "--json");

    assertThat(result.status()).as(result.out()).isEqualTo(Cli.PROBLEMS);
    List<JsonObject> projects = objects(result);
    assertThat(projects).hasSize(PROJECTS);
    assertThat(projects).allSatisfy(TargetDeclarationsLibreOfficeIT::isReviewedDeclaration);
    assertThat(projects)
        .extracting(json -> json.get("sheet").getAsString())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, PROJECTS).mapToObj(n -> sheet(n)).toList());
    assertThat(projects)
        .extracting(json -> json.get("grade").getAsString())
        .containsExactlyElementsOf(expectedGrades());
    assertThat(projects.get(COST_AT_LEAST - 1).get("errors").getAsInt()).isEqualTo(1);
    assertThat(projects.get(THREE_WARNINGS - 1).get("warnings").getAsInt()).isEqualTo(3);
  }

  @Test
  void everyFindingIsAtItsCell() {
    List<JsonObject> projects =
        objects(CliAccess.run("process", withFaults.toString(), "--out", out("cells"), "--json"));

    assertThat(findings(projects, COST_AT_LEAST))
        .containsExactly(
            "error "
                + valueCell(COST_AT_LEAST, "项目总成本")
                + " 项目总成本 成本指标：成本指标的指标值「≥48.14万元」是不低于某个金额：成本应设上限，指标值应为「≤金额」，如「≤48.14万元」");
    assertThat(findings(projects, VAGUE_QUANTITY))
        .containsExactly(
            "warning " + valueCell(VAGUE_QUANTITY, "培训人次") + " 培训人次 指标量化：指标值「良好」是定性描述，数量指标应当量化");
    assertThat(findings(projects, AMOUNT_IN_YUAN))
        .containsExactly(
            "warning D7  金额单位：本年度项目金额填的是 10185500，按万元是 1018.55 亿元：很可能是以元填写的 1018.55 万元");
    assertThat(findings(projects, THREE_WARNINGS))
        .containsExactly(
            "warning " + valueCell(THREE_WARNINGS, "培训场次") + " 培训场次 计量单位：指标值「164.8247」没有计量单位",
            "warning E" + row(THREE_WARNINGS, "培训合格率") + " 培训合格率 指标解释：指标「培训合格率」没有填写指标解释",
            "warning E" + row(THREE_WARNINGS, "护理员持证上岗率") + " 护理员持证上岗率 指标解释：指标「护理员持证上岗率」没有填写指标解释");
    assertThat(projects.get(0).getAsJsonArray("messages"))
        .singleElement()
        .satisfies(
            note ->
                assertThat(note.getAsJsonObject().get("text").getAsString())
                    .contains((PROJECTS + 1) + ".空白表", "未审核"));
    List<Integer> faulty =
        List.of(1, COST_AT_LEAST, VAGUE_QUANTITY, AMOUNT_IN_YUAN, THREE_WARNINGS);
    for (int n = 1; n <= PROJECTS; n++) {
      if (!faulty.contains(n)) {
        assertThat(projects.get(n - 1).getAsJsonArray("messages")).as(sheet(n)).isEmpty();
      }
    }
  }

  @Test
  void validateSaysWhatProcessSaysAndWritesNothing() throws Exception {
    Path out = Path.of(out("process"));
    CliAccess.Result processed =
        CliAccess.run("process", withFaults.toString(), "--out", out.toString(), "--json");
    Path beside = withFaults.getParent();
    List<String> before = names(beside);

    CliAccess.Result validated = CliAccess.run("validate", withFaults.toString(), "--json");

    assertThat(validated.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(objects(validated))
        .extracting(j -> j.get("output"))
        .allMatch(JsonElement::isJsonNull);
    assertThat(objects(validated))
        .extracting(TargetDeclarationsLibreOfficeIT::review)
        .containsExactlyElementsOf(objects(processed).stream().map(j -> review(j)).toList());
    assertThat(names(beside)).isEqualTo(before);
  }

  @Test
  void aWorkbookOfCleanFormsPasses() {
    CliAccess.Result result =
        CliAccess.run("process", clean.toString(), "--out", out("clean"), "--json");

    assertThat(result.status()).as(result.out()).isEqualTo(Cli.OK);
    assertThat(objects(result))
        .hasSize(PROJECTS)
        .allSatisfy(TargetDeclarationsLibreOfficeIT::isReviewedDeclaration)
        .extracting(TargetDeclarationsLibreOfficeIT::review)
        .containsOnly("优 0/0 []");
  }

  @Test
  void theOutputOpensOnTheReviewSummaryOfTheTwentyProjects() throws Exception {
    Path output = processed("summary");

    List<List<String>> rows = firstSheetRows(output);
    assertThat(rows.get(0)).first().isEqualTo("绩效目标审核汇总");
    IntStream.rangeClosed(1, PROJECTS).forEach(n -> hasProjectRow(rows, n));
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r.subList(1, 4))
                    .containsExactly(
                        sheet(COST_AT_LEAST) + "!" + valueCell(COST_AT_LEAST, "项目总成本"),
                        "项目总成本",
                        "错误"))
        .anySatisfy(
            r ->
                assertThat(r.subList(1, 4))
                    .containsExactly(
                        sheet(THREE_WARNINGS) + "!" + valueCell(THREE_WARNINGS, "培训场次"),
                        "培训场次",
                        "提示"));
    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true)) {
      List<String> links = new ArrayList<>();
      written.getSheetAt(0).getHyperlinkList().forEach(link -> links.add(link.getAddress()));
      assertThat(links)
          .contains("'" + sheet(1) + "'!A1", "'" + sheet(PROJECTS) + "'!A1")
          .contains("'" + sheet(COST_AT_LEAST) + "'!" + valueCell(COST_AT_LEAST, "项目总成本"));
    }
  }

  @Test
  void theFaultyCellsAreMarkedAndCommentedAndTheInputIsUntouched() throws Exception {
    String before = ProcessCommandTest.sha256(withFaults);
    Path output = processed("marks");

    try (Workbook written = WorkbookFactory.create(output.toFile(), null, true)) {
      Cell cost = cell(written, COST_AT_LEAST, "项目总成本", 3);
      assertThat(cost.getStringCellValue()).isEqualTo("≥48.14万元");
      assertThat(cost.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.ERROR.index());
      assertThat(cost.getCellComment().getString().getString()).contains("「≤金额」");
      Cell vague = cell(written, VAGUE_QUANTITY, "培训人次", 3);
      assertThat(vague.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.WARNING.index());
      assertThat(vague.getCellComment().getString().getString()).contains("良好", "应当量化");
      Cell amount = written.getSheet(sheet(AMOUNT_IN_YUAN)).getRow(6).getCell(3);
      assertThat(amount.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.WARNING.index());
      assertThat(amount.getCellComment().getString().getString()).contains("1018.55 万元");
      Cell noUnit = cell(written, THREE_WARNINGS, "培训场次", 3);
      assertThat(noUnit.getCellStyle().getFillForegroundColor()).isEqualTo(Fill.WARNING.index());
      assertThat(noUnit.getCellComment().getString().getString()).contains("没有计量单位");
      assertThat(written.getSheet(sheet(2)).getCellComments()).isEmpty();
    }
    assertThat(independentValue(output, sheet(COST_AT_LEAST), valueCell(COST_AT_LEAST, "项目总成本")))
        .hasValue("≥48.14万元");
    assertThat(ProcessCommandTest.sha256(withFaults)).isEqualTo(before);
  }

  /** Project {@code n}'s row: its sheet, name, amount (元 read as 万元) and grade. */
  private static void hasProjectRow(List<List<String>> rows, int n) {
    String amount = n == AMOUNT_IN_YUAN ? "1018.55" : "48.14";
    assertThat(rows)
        .as(sheet(n))
        .anySatisfy(
            r -> {
              assertThat(r.subList(0, 2))
                  .containsExactly(sheet(n), DistrictDeclarations.project(n));
              assertThat(new BigDecimal(r.get(3))).isEqualByComparingTo(amount);
              assertThat(r.get(6)).isEqualTo(expectedGrades().get(n - 1));
            });
  }

  private static void isReviewedDeclaration(JsonObject json) {
    assertThat(json.get("review").getAsBoolean()).isTrue();
    assertThat(json.get("kind").getAsString()).isEqualTo(KIND);
    assertThat(json.get("total").isJsonNull()).isTrue();
  }

  /** 中 for the form with an error, 良 for three warnings, 优 for the others. */
  private static List<String> expectedGrades() {
    return IntStream.rangeClosed(1, PROJECTS)
        .mapToObj(n -> n == COST_AT_LEAST ? "中" : n == THREE_WARNINGS ? "良" : "优")
        .toList();
  }

  /** A project's grade, counts and messages, as one line. */
  private static String review(JsonObject json) {
    return json.get("grade").getAsString()
        + " "
        + json.get("errors").getAsInt()
        + "/"
        + json.get("warnings").getAsInt()
        + " "
        + json.getAsJsonArray("messages");
  }

  /**
   * Project {@code n}'s findings: severity, cell, indicator and the text without the advice that
   * follows 请.
   */
  private static List<String> findings(List<JsonObject> projects, int n) {
    List<String> found = new ArrayList<>();
    for (JsonElement element : projects.get(n - 1).getAsJsonArray("messages")) {
      JsonObject m = element.getAsJsonObject();
      String text = m.get("text").getAsString();
      String problem = text.split("[：，]请")[0];
      found.add(
          String.join(
              " ",
              m.get("severity").getAsString(),
              m.get("cell").getAsString(),
              m.get("code").getAsString(),
              problem));
    }
    return found;
  }

  private static String valueCell(int n, String third) {
    return "D" + row(n, third);
  }

  /** The 1-based row of the indicator {@code third} in project {@code n}'s form. */
  private static int row(int n, String third) {
    LocalBuilder form = DistrictDeclarations.clean(n);
    return form.row(third) + 1;
  }

  private static Cell cell(Workbook workbook, int n, String third, int column) {
    return workbook.getSheet(sheet(n)).getRow(row(n, third) - 1).getCell(column);
  }

  private static Path processed(String name) {
    String out = out(name);
    CliAccess.Result result = CliAccess.run("process", withFaults.toString(), "--out", out);
    assertThat(result.status()).as(result.out()).isEqualTo(Cli.PROBLEMS);
    return Path.of(out).resolve(withFaults.getFileName());
  }

  private static String out(String name) {
    return folder.resolve("out-" + name).toString();
  }

  private static List<JsonObject> objects(CliAccess.Result result) {
    return result
        .out()
        .lines()
        .map(line -> JsonParser.parseString(line).getAsJsonObject())
        .toList();
  }

  private static List<String> names(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The first sheet's rows as fastexcel-reader (no POI inside) sees their text. */
  private static List<List<String>> firstSheetRows(Path workbook) throws Exception {
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      List<List<String>> rows = new ArrayList<>();
      for (Row row : book.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
          cells.add(row.getCellText(c).trim());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  private static Optional<String> independentValue(Path workbook, String sheet, String a1)
      throws Exception {
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook book = new ReadableWorkbook(in)) {
      for (Row row : book.findSheet(sheet).orElseThrow().read()) {
        for (int c = 0; c < row.getCellCount(); c++) {
          var cell = row.getCell(c);
          if (cell != null && cell.getAddress().toString().equals(a1)) {
            return Optional.of(cell.getText());
          }
        }
      }
      return Optional.empty();
    }
  }
}
