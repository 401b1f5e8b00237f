package org.scorebook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view sees every kind of difference the two ways of saving could introduce, each with its
 * sheet and cell, and sees none where the files only number their parts or styles differently.
 */
class WorkbookViewTest {
  private static final String SCORES = "指标评分";
  private static final String SUMMARY = "评分汇总";
  private static final byte[] RED = {(byte) 0xFF, (byte) 0xFF, 0, 0};
  private static final byte[] BLUE = {(byte) 0xFF, 0, 0, (byte) 0xFF};

  private static final Date CREATED = Date.from(Instant.parse("2024-01-01T00:00:00Z"));

  @TempDir Path dir;

  /** What one test changes in the small workbook, before and after its styles are made. */
  private record Variant(Consumer<XSSFWorkbook> beforeStyles, Consumer<XSSFWorkbook> after) {
    static Variant none() {
      return new Variant(w -> {}, w -> {});
    }

    static Variant after(Consumer<XSSFWorkbook> change) {
      return new Variant(w -> {}, change);
    }
  }

  /**
   * Two sheets with a number, a text, a formula with its cached value, a filled cell, a blank cell
   * with a border, a comment, a merged range, a hyperlink, a list validation with a prompt, a
   * conditional format, two defined names and the first sheet selected.
   */
  private Path save(String name, Variant variant) throws IOException {
    Path file = dir.resolve(name + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet scores = workbook.createSheet(SCORES);
      XSSFSheet summary = workbook.createSheet(SUMMARY);
      variant.beforeStyles().accept(workbook);

      XSSFCellStyle filled = workbook.createCellStyle();
      filled.setFillForegroundColor(new XSSFColor(RED, null));
      filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      var bold = workbook.createFont();
      bold.setBold(true);
      filled.setFont(bold);
      XSSFCellStyle bordered = workbook.createCellStyle();
      bordered.setBorderBottom(BorderStyle.THIN);

      XSSFRow header = scores.createRow(0);
      header.createCell(0).setCellValue("指标");
      header.createCell(1).setCellValue("得分");
      XSSFRow second = scores.createRow(1);
      second.createCell(0).setCellValue("A1");
      second.createCell(1).setCellValue(7);
      XSSFRow third = scores.createRow(2);
      XSSFCell formula = third.createCell(2);
      formula.setCellFormula("B2*2");
      formula.setCellValue(14);
      third.createCell(5); // created and left blank with the default style: not a thing to see
      XSSFRow fourth = scores.createRow(3);
      XSSFCell fill = fourth.createCell(1);
      fill.setCellValue("红");
      fill.setCellStyle(filled);
      fourth.createCell(3).setCellStyle(bordered);
      scores.createRow(4).createCell(0).setCellValue("合并");
      scores.addMergedRegion(CellRangeAddress.valueOf("A5:B5"));

      XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress("'" + SUMMARY + "'!A1");
      XSSFCell linked = scores.createRow(5).createCell(0);
      linked.setCellValue("去汇总");
      linked.setHyperlink(link);

      XSSFDrawing drawing = scores.createDrawingPatriarch();
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(2);
      anchor.setRow1(1);
      anchor.setCol2(5);
      anchor.setRow2(4);
      Comment comment = drawing.createCellComment(anchor);
      comment.setAuthor("Scorebook");
      comment.setString(workbook.getCreationHelper().createRichTextString("原填写 8，计算结果 7"));
      second.getCell(1).setCellComment(comment);

      DataValidationHelper helper = scores.getDataValidationHelper();
      DataValidation validation =
          helper.createValidation(
              helper.createExplicitListConstraint(new String[] {"达成", "未达成"}),
              new CellRangeAddressList(1, 9, 4, 4));
      validation.createPromptBox("完成情况", "从列表中选择");
      validation.setShowPromptBox(true);
      scores.addValidationData(validation);

      var formatting = scores.getSheetConditionalFormatting();
      XSSFConditionalFormattingRule rule =
          (XSSFConditionalFormattingRule) formatting.createConditionalFormattingRule("$B2>10");
      rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(RED, null));
      formatting.addConditionalFormatting(
          new CellRangeAddress[] {CellRangeAddress.valueOf("B2:B10")}, rule);

      summary.createRow(0).createCell(0).setCellValue("总分");
      Name total = workbook.createName();
      total.setNameName("总分");
      total.setRefersToFormula("'" + SUMMARY + "'!$A$1");
      Name limit = workbook.createName();
      limit.setNameName("上限");
      limit.setSheetIndex(1);
      limit.setRefersToFormula("100");

      workbook.setActiveSheet(0);
      scores.setSelected(true);
      // A new workbook is stamped with the time it was made: two saves made a second apart differ.
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
      variant.after().accept(workbook);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private List<String> differences(Variant changed) throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual = save("actual", changed);
    return WorkbookView.of(actual).differencesFrom(WorkbookView.of(expected));
  }

  // --- no difference where a reader sees none -------------------------------------------------

  @Test
  void twoSavesOfTheSameWorkbookLookTheSame() throws IOException {
    WorkbookView first = WorkbookView.of(save("first", Variant.none()));
    WorkbookView second = WorkbookView.of(save("second", Variant.none()));

    assertThat(second.differencesFrom(first)).isEmpty();
    assertThat(second).isEqualTo(first);
    assertThat(first.problems()).isEmpty();
    WorkbookView.assertSameView(dir.resolve("first.xlsx"), dir.resolve("second.xlsx"));
  }

  @Test
  void stylesNumberedDifferentlyLookTheSame() throws IOException {
    Path plain = save("plain", Variant.none());
    Path renumbered =
        save(
            "renumbered",
            new Variant(
                workbook -> {
                  XSSFCellStyle unused = workbook.createCellStyle();
                  unused.setFillForegroundColor(new XSSFColor(BLUE, null));
                  unused.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                  workbook.createFont().setItalic(true);
                },
                w -> {}));

    assertThat(styleIndex(renumbered, "B4"))
        .as("the filled cell's style index moved")
        .isNotEqualTo(styleIndex(plain, "B4"));
    assertThat(WorkbookView.of(renumbered).differencesFrom(WorkbookView.of(plain))).isEmpty();
  }

  @Test
  void theViewHoldsWhatTheWorkbookShows() throws IOException {
    WorkbookView view = WorkbookView.of(save("shown", Variant.none()));

    assertThat(view.sheetNames()).containsExactly(SCORES, SUMMARY);
    assertThat(view.get("workbook", "selected")).isEqualTo("[" + SCORES + "]");
    assertThat(view.get("workbook", "active")).isEqualTo(SCORES);
    assertThat(view.get(SCORES + "!B2", "type")).isEqualTo("number");
    assertThat(view.get(SCORES + "!B2", "value")).isEqualTo("7.0");
    assertThat(view.get(SCORES + "!B2", "comment.text")).isEqualTo("原填写 8，计算结果 7");
    assertThat(view.get(SCORES + "!C3", "formula")).isEqualTo("B2*2");
    assertThat(view.get(SCORES + "!C3", "cached.type")).isEqualTo("number");
    assertThat(view.get(SCORES + "!C3", "cached.value")).isEqualTo("14.0");
    assertThat(view.get(SCORES + "!B4", "style.fill.fg")).isEqualTo("FFFF0000");
    assertThat(view.get(SCORES + "!B4", "style.font.bold")).isEqualTo("true");
    assertThat(view.get(SCORES + "!A6", "link.address")).isEqualTo("'" + SUMMARY + "'!A1");
    assertThat(view.entity(SCORES + "!D4"))
        .as("a blank cell with a border")
        .containsEntry("type", "blank")
        .containsEntry("style.border.bottom", "thin none");
    assertThat(view.entities())
        .as("a blank cell with the default style")
        .doesNotContainKey(SCORES + "!F3");
    assertThat(view.get("sheet " + SCORES, "merged A5:B5")).isEqualTo("present");
    assertThat(view.get(SCORES + " validation E2:E10", "prompt.text")).isEqualTo("从列表中选择");
    assertThat(view.get(SCORES + " validation E2:E10", "list")).isEqualTo("[达成, 未达成]");
    assertThat(view.get(SCORES + " conditional format B2:B10 rule 1", "formula1"))
        .isEqualTo("$B2>10");
    assertThat(view.get(SCORES + " conditional format B2:B10 rule 1", "dxf.fill.bg"))
        .isEqualTo("FFFF0000");
    assertThat(view.get("name 上限 scope " + SUMMARY, "refersTo")).isEqualTo("100");
    assertThat(view.get("name 总分 scope workbook", "refersTo")).isEqualTo("'" + SUMMARY + "'!$A$1");
  }

  // --- each difference, named where it is -----------------------------------------------------

  @Test
  void aCellValue() throws IOException {
    assertThat(
            differences(
                Variant.after(w -> w.getSheet(SCORES).getRow(1).getCell(1).setCellValue(8))))
        .containsExactly(SCORES + "!B2 value: 7.0 ≠ 8.0");
  }

  @Test
  void aCachedFormulaValue() throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual =
        rewrite(
            expected,
            "xl/worksheets/sheet1.xml",
            xml -> replaceInCell(xml, "C3", "<v>14.0</v>", "<v>15</v>"));

    assertThat(WorkbookView.of(actual).differencesFrom(WorkbookView.of(expected)))
        .containsExactly(SCORES + "!C3 cached.value: 14.0 ≠ 15.0");
  }

  @Test
  void aCachedNumberWrittenAnotherWayIsTheSameValue() throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual =
        rewrite(
            expected,
            "xl/worksheets/sheet1.xml",
            xml -> replaceInCell(xml, "C3", "<v>14.0</v>", "<v>14</v>"));

    assertThat(WorkbookView.of(actual).differencesFrom(WorkbookView.of(expected))).isEmpty();
  }

  @Test
  void aCachedFormulaValueOfAnotherType() throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual = rewrite(expected, "xl/worksheets/sheet1.xml", xml -> withType(xml, "C3", "str"));

    assertThat(WorkbookView.of(actual).differencesFrom(WorkbookView.of(expected)))
        .containsExactly(SCORES + "!C3 cached.type: number ≠ string");
  }

  @Test
  void aFillColourWithTheSameStyleIndex() throws IOException {
    List<String> found =
        differences(
            Variant.after(
                w ->
                    w.getSheet(SCORES)
                        .getRow(3)
                        .getCell(1)
                        .getCellStyle()
                        .setFillForegroundColor(new XSSFColor(BLUE, null))));

    assertThat(found).containsExactly(SCORES + "!B4 style.fill.fg: FFFF0000 ≠ FF0000FF");
  }

  @Test
  void aFillColourWithAnotherStyleIndex() throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual =
        save(
            "actual",
            new Variant(
                w -> w.createCellStyle().setShrinkToFit(true),
                w ->
                    w.getSheet(SCORES)
                        .getRow(3)
                        .getCell(1)
                        .getCellStyle()
                        .setFillForegroundColor(new XSSFColor(BLUE, null))));

    assertThat(styleIndex(actual, "B4")).isNotEqualTo(styleIndex(expected, "B4"));
    assertThat(WorkbookView.of(actual).differencesFrom(WorkbookView.of(expected)))
        .containsExactly(SCORES + "!B4 style.fill.fg: FFFF0000 ≠ FF0000FF");
  }

  @Test
  void aCommentsText() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w ->
                        w.getSheet(SCORES)
                            .getRow(1)
                            .getCell(1)
                            .getCellComment()
                            .setString(
                                w.getCreationHelper().createRichTextString("原填写 9，计算结果 7")))))
        .containsExactly(SCORES + "!B2 comment.text: 原填写 8，计算结果 7 ≠ 原填写 9，计算结果 7");
  }

  @Test
  void aMergedRange() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w -> {
                      XSSFSheet sheet = w.getSheet(SCORES);
                      sheet.removeMergedRegion(0);
                      sheet.addMergedRegion(CellRangeAddress.valueOf("A5:C5"));
                    })))
        .containsExactly(
            "sheet " + SCORES + " merged A5:B5: present ≠ absent",
            "sheet " + SCORES + " merged A5:C5: absent ≠ present");
  }

  @Test
  void aHyperlink() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w ->
                        w.getSheet(SCORES)
                            .getRow(5)
                            .getCell(0)
                            .getHyperlink()
                            .setAddress("'" + SUMMARY + "'!B2"))))
        .containsExactly(SCORES + "!A6 link.address: '" + SUMMARY + "'!A1 ≠ '" + SUMMARY + "'!B2");
  }

  @Test
  void aValidationsPrompt() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w ->
                        w.getSheet(SCORES)
                            .getCTWorksheet()
                            .getDataValidations()
                            .getDataValidationArray(0)
                            .setPrompt("从下拉列表中选择"))))
        .containsExactly(SCORES + " validation E2:E10 prompt.text: 从列表中选择 ≠ 从下拉列表中选择");
  }

  @Test
  void aConditionalFormatsFormula() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w ->
                        w.getSheet(SCORES)
                            .getCTWorksheet()
                            .getConditionalFormattingArray(0)
                            .getCfRuleArray(0)
                            .setFormulaArray(0, "$B2>20"))))
        .containsExactly(SCORES + " conditional format B2:B10 rule 1 formula1: $B2>10 ≠ $B2>20");
  }

  @Test
  void aDefinedNamesScope() throws IOException {
    List<String> found = differences(Variant.after(w -> w.getName("上限").setSheetIndex(0)));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).startsWith("name 上限 scope " + SCORES + ": unexpected (");
    assertThat(found.get(1)).startsWith("name 上限 scope " + SUMMARY + ": missing (");
  }

  @Test
  void theSelectedSheet() throws IOException {
    assertThat(
            differences(
                Variant.after(
                    w -> {
                      w.getSheet(SCORES).setSelected(false);
                      w.getSheet(SUMMARY).setSelected(true);
                    })))
        .containsExactly(
            "workbook selected: [" + SCORES + "] ≠ [" + SUMMARY + "]",
            "sheet " + SCORES + " view.selected: true ≠ false",
            "sheet " + SUMMARY + " view.selected: false ≠ true");
  }

  @Test
  void aCellOnOneSideOnly() throws IOException {
    assertThat(
            differences(
                Variant.after(w -> w.getSheet(SUMMARY).getRow(0).createCell(1).setCellValue(90))))
        .containsExactly(SUMMARY + "!B1: unexpected (type=number, value=90.0)");
  }

  // --- reading and reporting ------------------------------------------------------------------

  @Test
  void whereTheReadersDisagreeTheViewSaysSo() throws IOException {
    Path good = save("good", Variant.none());
    Path broken = rewrite(good, "xl/worksheets/sheet1.xml", xml -> withType(xml, "B2", "b"));

    WorkbookView view = WorkbookView.of(broken);
    assertThat(view.problems()).anyMatch(p -> p.startsWith(SCORES + "!B2 type: fastexcel "));
    assertThat(view.differencesFrom(WorkbookView.of(good)))
        .anyMatch(l -> l.startsWith(WorkbookView.READER_MISMATCHES + ": unexpected ("));
  }

  @Test
  void manyDifferencesAreCut() throws IOException {
    List<String> found =
        differences(
            Variant.after(
                w -> {
                  XSSFSheet sheet = w.getSheet(SUMMARY);
                  for (int r = 10; r < 80; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(r);
                  }
                }));

    assertThat(found).hasSize(WorkbookView.MAX_DIFFERENCES);
    assertThat(found.get(0)).isEqualTo(SUMMARY + "!A11: unexpected (type=number, value=10.0)");
    assertThat(found.get(WorkbookView.MAX_DIFFERENCES - 1)).isEqualTo("… and 21 more differences");
  }

  @Test
  void oneNamedThingCanBeIgnored() throws IOException {
    Path expected = save("expected", Variant.none());
    Path actual =
        save(
            "actual",
            Variant.after(w -> w.getSheet(SUMMARY).getRow(0).getCell(0).setCellValue("合计")));

    assertThatThrownBy(() -> WorkbookView.assertSameView(expected, actual))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(SUMMARY + "!A1 value: 总分 ≠ 合计");
    WorkbookView.assertSameView(expected, actual, v -> v.ignoring(SUMMARY + "!A1", "value"));
    WorkbookView.assertSameView(expected, actual, v -> v.ignoring(SUMMARY + "!A1"));
  }

  // --- the shipped samples --------------------------------------------------------------------

  @Test
  void eachSampleLooksLikeItself() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertThat(samples).isNotEmpty();

    for (Path sample : samples) {
      WorkbookView once = WorkbookView.of(sample);
      WorkbookView again = WorkbookView.of(sample);
      assertThat(again.differencesFrom(once)).as(sample.toString()).isEmpty();
      assertThat(once.entities()).as(sample.toString()).hasSizeGreaterThan(10);
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The {@code s} attribute of one cell of the first sheet, as written. */
  private static String styleIndex(Path file, String cell) throws IOException {
    Matcher m = Pattern.compile("<c r=\"" + cell + "\"[^>]*?\\ss=\"(\\d+)\"").matcher(entry(file));
    return m.find() ? m.group(1) : "0";
  }

  private static String entry(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Replaces {@code from} by {@code to} inside one cell's element of a sheet's XML. */
  private static String replaceInCell(String xml, String cell, String from, String to) {
    Matcher m = Pattern.compile("<c r=\"" + cell + "\"[^>]*>.*?</c>").matcher(xml);
    assertThat(m.find()).as("cell " + cell + " in the sheet XML").isTrue();
    String element = m.group();
    assertThat(element).contains(from);
    return xml.substring(0, m.start()) + element.replace(from, to) + xml.substring(m.end());
  }

  /** Gives one cell of a sheet's XML the type attribute {@code t}, whatever it had. */
  private static String withType(String xml, String cell, String t) {
    Matcher m = Pattern.compile("<c r=\"" + cell + "\"[^>]*>").matcher(xml);
    assertThat(m.find()).as("cell " + cell + " in the sheet XML").isTrue();
    String start = m.group().replaceAll("\\st=\"[^\"]*\"", "");
    start = start.replace("<c r=\"" + cell + "\"", "<c r=\"" + cell + "\" t=\"" + t + "\"");
    return xml.substring(0, m.start()) + start + xml.substring(m.end());
  }

  /** A copy of {@code file} with one part's text edited and every other part as it was. */
  private Path rewrite(Path file, String part, UnaryOperator<String> edit) throws IOException {
    Path copy = dir.resolve("edited-" + file.getFileName());
    try (ZipFile zip = new ZipFile(file.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      boolean edited = false;
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (entry.getName().equals(part)) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          String changed = edit.apply(text);
          assertThat(changed).as("the edit of " + part).isNotEqualTo(text);
          bytes = changed.getBytes(StandardCharsets.UTF_8);
          edited = true;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
      assertThat(edited).as(part + " in " + file).isTrue();
    }
    return copy;
  }
}
