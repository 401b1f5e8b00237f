package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.ZipPackage.relsOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Message;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * Scorebook changes only the parts of the package it writes; every other part of the evaluator's
 * file is copied as it was: the same entry name, method, CRC and compressed bytes, in the same
 * order. Charts, pictures, tables, custom XML, a macro project, the theme, the document properties
 * and the sheets Scorebook does not write come out byte for byte, also where the drawing sits on
 * 指标评分 itself, and also when the output is processed again.
 *
 * <p>The parts Scorebook may change are found by their role in the input (see {@link
 * #allowedToChange}), never by a sheetN number.
 */
class UntouchedPartsTest {
  private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  @TempDir Path folder;

  @Test
  void chartsImagesTablesAndCustomXmlKeepTheirBytes() throws IOException {
    Path input = RichWorkbooks.xlsx(folder.resolve("in").resolve("图表.xlsx"));
    Path output = folder.resolve("out").resolve("图表.xlsx");

    Outcome outcome = Scorebook.process(input, output);

    assertScored(outcome, RichWorkbooks.TOTAL);
    ZipPackage in = ZipPackage.read(input);
    assertThat(markedSheets(outcome)).isEmpty();
    String indicators = in.sheetPart(SheetNames.INDICATORS);
    String project = in.sheetPart(SheetNames.PROJECT);
    assertThat(allowedToChange(in, Set.of()))
        .as("with no marks, Scorebook may change these parts and no other")
        .containsExactlyInAnyOrder(
            "[Content_Types].xml",
            in.workbookPart(),
            relsOf(in.workbookPart()),
            in.workbookTarget("styles").orElseThrow(),
            in.workbookTarget("sharedStrings").orElseThrow(),
            indicators,
            relsOf(indicators),
            project,
            relsOf(project),
            in.sheetPart(SheetNames.GUIDE)); // its tab was selected; 评分汇总 takes the selection
    Set<String> untouched = assertUntouchedPartsKept(input, output, markedSheets(outcome));
    assertThat(untouched)
        .as("the parts that must come out as they went in")
        .contains(
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "customXml/item1.xml",
            "customXml/itemProps1.xml",
            "customXml/_rels/item1.xml.rels")
        .containsAll(in.workbookTarget("theme").stream().toList())
        .containsAll(drawingsChartsImagesAndTables(in, SheetNames.INDICATORS))
        .containsAll(drawingsChartsImagesAndTables(in, RichWorkbooks.CHARTS))
        .containsAll(drawingsChartsImagesAndTables(in, RichWorkbooks.DATA))
        .containsAll(sheetAndRels(in, RichWorkbooks.CHARTS))
        .containsAll(sheetAndRels(in, RichWorkbooks.DATA))
        .containsAll(sheetAndRels(in, SheetNames.PARAMETERS))
        .containsAll(sheetAndRels(in, SheetNames.GRADES))
        .containsAll(sheetAndRels(in, SheetNames.FINDINGS));
    assertThat(drawingsChartsImagesAndTables(in, SheetNames.INDICATORS))
        .as("指标评分 has a drawing with a chart and a picture")
        .anyMatch(part -> part.startsWith("xl/charts/"))
        .anyMatch(part -> part.startsWith("xl/media/"));
    assertThat(drawingsChartsImagesAndTables(in, RichWorkbooks.DATA))
        .as("数据 has a table")
        .anyMatch(part -> part.startsWith("xl/tables/"));
    assertOpensAndHangsTogether(output);
  }

  @Test
  void aMacroProjectKeepsItsBytesAndTheWorkbookStaysMacroEnabled() throws IOException {
    Path input = RichWorkbooks.xlsm(folder.resolve("in").resolve("带宏.xlsm"));
    Path output = folder.resolve("out").resolve("带宏.xlsm");

    Outcome outcome = Scorebook.process(input, output);

    assertScored(outcome, RichWorkbooks.TOTAL);
    Set<String> untouched = assertUntouchedPartsKept(input, output, markedSheets(outcome));
    ZipPackage in = ZipPackage.read(input);
    List<String> macros = in.targets(in.workbookPart(), "vbaProject");
    assertThat(macros).hasSize(1);
    assertThat(untouched)
        .containsAll(macros)
        .containsAll(drawingsChartsImagesAndTables(in, SheetNames.INDICATORS))
        .containsAll(drawingsChartsImagesAndTables(in, RichWorkbooks.CHARTS))
        .contains("customXml/item1.xml", "customXml/itemProps1.xml");
    ZipPackage out = ZipPackage.read(output);
    assertThat(out.contentType(out.workbookPart())).contains(MACRO_MAIN);
    assertThat(out.targets(out.workbookPart(), "vbaProject"))
        .as("the workbook still relates its macro project")
        .isEqualTo(macros);
    assertThat(out.contentType(macros.get(0))).contains("application/vnd.ms-office.vbaProject");
    assertThat(out.content(macros.get(0))).isEqualTo(RichWorkbooks.VBA_PROJECT);
    assertOpensAndHangsTogether(output);
  }

  @Test
  void marksOnAParameterSheetChangeThatSheetAndItsCommentsOnly() throws IOException {
    Path input = RichWorkbooks.withParameterError(folder.resolve("in").resolve("参数有误.xlsx"));
    Path output = folder.resolve("out").resolve("参数有误.xlsx");

    Outcome outcome = Scorebook.process(input, output);

    assertThat(outcome.failure()).isEmpty();
    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);
    assertThat(outcome.scorecard().orElseThrow().total()).isEmpty();
    Set<String> marked = markedSheets(outcome);
    assertThat(marked).contains(SheetNames.PARAMETERS);
    Set<String> untouched = assertUntouchedPartsKept(input, output, marked);
    ZipPackage in = ZipPackage.read(input);
    assertThat(untouched)
        .containsAll(drawingsChartsImagesAndTables(in, SheetNames.INDICATORS))
        .containsAll(drawingsChartsImagesAndTables(in, RichWorkbooks.CHARTS))
        .containsAll(sheetAndRels(in, RichWorkbooks.CHARTS))
        .containsAll(sheetAndRels(in, RichWorkbooks.DATA))
        .containsAll(sheetAndRels(in, SheetNames.GRADES))
        .contains("customXml/item1.xml", "docProps/app.xml");
    ZipPackage out = ZipPackage.read(output);
    assertThat(out.targets(out.sheetPart(SheetNames.PARAMETERS), "comments"))
        .as("the marked cells on 评分参数 carry comments")
        .isNotEmpty();
    assertOpensAndHangsTogether(output);
  }

  @Test
  void processingTheOutputAgainKeepsTheUntouchedPartsAsTheInputHadThem() throws IOException {
    List<Path> inputs =
        List.of(
            RichWorkbooks.xlsm(folder.resolve("in").resolve("带宏.xlsm")),
            RichWorkbooks.withParameterError(folder.resolve("in").resolve("参数有误.xlsx")));
    for (Path input : inputs) {
      Path output = folder.resolve("out").resolve(input.getFileName());
      Path again = folder.resolve("again").resolve(input.getFileName());

      Outcome first = Scorebook.process(input, output);
      Outcome second = Scorebook.process(output, again);

      assertThat(first.failure()).isEmpty();
      assertThat(second.failure()).isEmpty();
      assertThat(second.scorecard().orElseThrow().total())
          .isEqualTo(first.scorecard().orElseThrow().total());
      Set<String> marked = new TreeSet<>(markedSheets(first));
      marked.addAll(markedSheets(second));
      assertUntouchedPartsKept(input, again, marked);
      assertOpensAndHangsTogether(again);
    }
  }

  // What Scorebook may change

  /**
   * The parts Scorebook may write, by role in {@code in}; every other part must be copied:
   *
   * <ul>
   *   <li>{@code [Content_Types].xml};
   *   <li>the workbook part (sheet list, names, calculation settings) and its relationships;
   *   <li>the styles and shared strings the workbook relates;
   *   <li>the sheet parts of 指标评分 and 项目信息, of every sheet a message marks, and of a 评分汇总 from an
   *       earlier run, each with its relationships part and the comments and VML drawing parts it
   *       relates (the DrawingML drawing, its charts and pictures are not among them);
   *   <li>the sheet part (only) of a sheet whose tab was selected: 评分汇总 takes the selection, and
   *       two selected tabs would open as a group in Excel.
   * </ul>
   *
   * <p>Not allowed: {@code docProps/*}, the theme, other sheets, drawings, charts, media, tables,
   * custom XML, the macro project, the package relationships.
   */
  static Set<String> allowedToChange(ZipPackage in, Set<String> markedSheets) {
    Set<String> allowed = new TreeSet<>();
    allowed.add("[Content_Types].xml");
    String workbook = in.workbookPart();
    allowed.add(workbook);
    allowed.add(relsOf(workbook));
    in.workbookTarget("styles").ifPresent(allowed::add);
    in.workbookTarget("sharedStrings").ifPresent(allowed::add);
    Map<String, String> sheets = in.sheetParts();
    for (String name : writtenSheets(markedSheets)) {
      String part = sheets.get(name);
      if (part != null) {
        allowed.add(part);
        allowed.add(relsOf(part));
        allowed.addAll(in.targets(part, "comments"));
        allowed.addAll(in.targets(part, "vmlDrawing"));
      }
    }
    sheets.values().stream().filter(in::tabSelected).forEach(allowed::add);
    return allowed;
  }

  /**
   * The parts an output may have that its input had not: the new 评分汇总 sheet, and the relationships,
   * comments and drawings (VML, or a first DrawingML drawing to hold them) of the sheets Scorebook
   * writes.
   */
  static Set<String> allowedToAdd(ZipPackage out, Set<String> markedSheets) {
    Set<String> allowed = new TreeSet<>();
    Map<String, String> sheets = out.sheetParts();
    if (sheets.containsKey(SheetNames.SCORE_SHEET)) {
      allowed.add(sheets.get(SheetNames.SCORE_SHEET));
    }
    for (String name : writtenSheets(markedSheets)) {
      String part = sheets.get(name);
      if (part != null) {
        allowed.add(relsOf(part));
        for (String kind : List.of("comments", "vmlDrawing", "drawing")) {
          for (String target : out.targets(part, kind)) {
            allowed.add(target);
            allowed.add(relsOf(target));
          }
        }
      }
    }
    return allowed;
  }

  private static Set<String> writtenSheets(Set<String> markedSheets) {
    Set<String> written = new LinkedHashSet<>();
    written.add(SheetNames.INDICATORS);
    written.add(SheetNames.PROJECT);
    written.addAll(markedSheets);
    written.add(SheetNames.SCORE_SHEET);
    return written;
  }

  /** The sheets that carry a message on one of their cells: Scorebook fills and comments those. */
  static Set<String> markedSheets(Outcome outcome) {
    Set<String> sheets = new TreeSet<>();
    outcome.scorecard().stream()
        .map(Scorecard::messages)
        .flatMap(List::stream)
        .map(Message::where)
        .filter(where -> where.hasCell())
        .forEach(where -> sheets.add(where.sheet()));
    return sheets;
  }

  // The checks

  static void assertScored(Outcome outcome, double total) {
    assertThat(outcome.failure()).isEmpty();
    assertThat(outcome.isClean())
        .as("scored without errors: %s", outcome.scorecard().map(Scorecard::messages))
        .isTrue();
    assertThat(outcome.scorecard().orElseThrow().total()).hasValue(total);
  }

  /**
   * Every part of {@code input} outside {@link #allowedToChange} is in {@code output} with the same
   * name, method, CRC and compressed bytes, and these parts keep their order; every part the output
   * adds is {@link #allowedToAdd}.
   *
   * @return the untouched parts, in the input's order
   */
  static Set<String> assertUntouchedPartsKept(Path input, Path output, Set<String> markedSheets) {
    ZipPackage in = ZipPackage.read(input);
    ZipPackage out = ZipPackage.read(output);
    Set<String> allowed = allowedToChange(in, markedSheets);
    List<String> untouched = in.names().stream().filter(name -> !allowed.contains(name)).toList();

    List<String> differences = new ArrayList<>();
    for (String name : untouched) {
      ZipPackage.Entry before = in.entry(name).orElseThrow();
      out.entry(name)
          .ifPresentOrElse(
              after -> {
                if (before.crc() != after.crc()) {
                  differences.add(name + ": content changed");
                } else if (before.method() != after.method()) {
                  differences.add(name + ": stored with method " + after.method());
                } else if (!Arrays.equals(before.raw(), after.raw())) {
                  differences.add(
                      name
                          + ": same content, compressed again ("
                          + before.compressedSize()
                          + " → "
                          + after.compressedSize()
                          + " bytes)");
                }
              },
              () -> differences.add(name + ": missing"));
    }
    assertThat(differences)
        .as("parts Scorebook did not write must keep their bytes; it may change only %s", allowed)
        .isEmpty();
    assertThat(out.names().stream().filter(untouched::contains).toList())
        .as("the untouched parts keep their order")
        .isEqualTo(untouched);
    List<String> added = out.names().stream().filter(name -> !in.has(name)).toList();
    assertThat(added)
        .as("parts the output adds")
        .allMatch(allowedToAdd(out, markedSheets)::contains);
    return new LinkedHashSet<>(untouched);
  }

  /**
   * The output opens in POI and in fastexcel (every sheet read), every relationship points at a
   * part that is there, every part has a content type, and the drawings on 指标评分 and 图表 still reach
   * their charts.
   */
  static void assertOpensAndHangsTogether(Path output) throws IOException {
    List<String> poiSheets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(output);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        poiSheets.add(sheet.getSheetName());
      }
    }
    assertThat(poiSheets).first().isEqualTo(SheetNames.SCORE_SHEET);
    assertThat(poiSheets).contains(SheetNames.INDICATORS, SheetNames.PROJECT);

    List<String> fastexcelSheets = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(output.toFile())) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
          row.stream().filter(Objects::nonNull).forEach(cell -> cell.getRawValue());
        }
        fastexcelSheets.add(sheet.getName());
      }
    }
    assertThat(fastexcelSheets).isEqualTo(poiSheets);

    ZipPackage out = ZipPackage.read(output);
    List<String> problems = new ArrayList<>();
    for (String name : out.names()) {
      if (ZipPackage.isRels(name)) {
        String source = ZipPackage.sourceOf(name);
        if (!source.isEmpty() && !out.has(source)) {
          problems.add(name + ": relationships of a missing part");
        }
        for (ZipPackage.Relationship r : out.relationships(source)) {
          if (!r.external() && !out.has(r.target())) {
            problems.add(name + ": " + r.id() + " → missing " + r.target());
          }
        }
      }
      if (!name.equals("[Content_Types].xml") && out.contentType(name).isEmpty()) {
        problems.add(name + ": no content type");
      }
    }
    assertThat(problems).as("the package hangs together").isEmpty();

    for (String sheet : List.of(SheetNames.INDICATORS, RichWorkbooks.CHARTS)) {
      if (!out.sheetParts().containsKey(sheet)) {
        continue;
      }
      List<String> drawings = out.targets(out.sheetPart(sheet), "drawing");
      assertThat(drawings).as("%s has its drawing", sheet).isNotEmpty();
      assertThat(drawings.stream().flatMap(d -> out.targets(d, "chart").stream()).toList())
          .as("the drawing on %s reaches its chart", sheet)
          .isNotEmpty()
          .allMatch(out::has);
    }
  }

  // Parts by role

  /** A sheet's part and its relationships part, when it has one. */
  static List<String> sheetAndRels(ZipPackage in, String sheet) {
    String part = in.sheetPart(sheet);
    return in.has(relsOf(part)) ? List.of(part, relsOf(part)) : List.of(part);
  }

  /**
   * What hangs from a sheet besides comments: its drawings with their relationships, charts and
   * pictures (and what those relate), and its tables, found through the relationships.
   */
  static List<String> drawingsChartsImagesAndTables(ZipPackage in, String sheet) {
    Set<String> found = new LinkedHashSet<>();
    List<String> pending = new ArrayList<>();
    for (ZipPackage.Relationship r : in.relationships(in.sheetPart(sheet))) {
      if (!r.external() && !r.is("comments") && !r.is("vmlDrawing")) {
        pending.add(r.target());
      }
    }
    while (!pending.isEmpty()) {
      String part = pending.remove(pending.size() - 1);
      if (!found.add(part)) {
        continue;
      }
      if (in.has(relsOf(part))) {
        found.add(relsOf(part));
      }
      for (ZipPackage.Relationship r : in.relationships(part)) {
        if (!r.external()) {
          pending.add(r.target());
        }
      }
    }
    return List.copyOf(found);
  }
}
