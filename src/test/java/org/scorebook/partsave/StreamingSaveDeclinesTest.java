package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * The save that rewrites only the parts that change leaves to POI, with a reason and nothing
 * written, every workbook it cannot write as POI would; {@code process} then writes it through POI.
 */
class StreamingSaveDeclinesTest {
  private static final String VERSION = "test";
  private static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
  private static final String OTHER = "附表";

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("formulasOnlyPoiGetsRight")
  void aFormulaItCannotKeepCurrentIsLeftToPoi(
      String cell, Object formula, boolean saved, String why) throws Exception {
    TestWorkbooks.Builder builder = scored().sheet(OTHER).cell(OTHER, "A1", formula);
    if (saved) {
      builder.formulaResultsSaved();
    }
    Path input = builder.saveTo(folder.resolve("in").resolve(cell + ".xlsx"));

    assertLeftToPoi(input, OTHER + "!A1", why);
  }

  static Stream<Arguments> formulasOnlyPoiGetsRight() {
    return Stream.of(
        Arguments.of("未保存结果", TestWorkbooks.formulaCell("1+1"), false, "no saved result"),
        Arguments.of("引用指标评分", TestWorkbooks.formulaCell("SUM(指标评分!H2:H3)"), true, "may refer"),
        Arguments.of("间接引用", TestWorkbooks.formulaCell("INDIRECT(\"B1\")"), true, "may refer"));
  }

  @Test
  void aNameReferringToTheIndicatorSheetIsLeftToPoi() throws Exception {
    Path input = scored().saveTo(folder.resolve("in").resolve("名称.xlsx"));
    edit(
        input,
        workbook -> {
          Name name = workbook.createName();
          name.setNameName("立项得分");
          name.setRefersToFormula(SheetNames.INDICATORS + "!$G$3");
        });

    assertLeftToPoi(input, "立项得分", "refers to the indicator sheet");
  }

  @Test
  void anOldScoreSheetWithACommentOfItsOwnIsLeftToPoi() throws Exception {
    Path input = scored().saveTo(folder.resolve("in").resolve("汇总批注.xlsx"));
    Path processed = folder.resolve("processed.xlsx");
    assertThat(Scorebook.process(input, processed).failure()).isEmpty();
    edit(
        processed,
        workbook -> {
          Sheet sheet = workbook.getSheet(SheetNames.SCORE_SHEET);
          ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
          Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
          comment.setString(workbook.getCreationHelper().createRichTextString("已阅"));
          sheet.getRow(0).getCell(0).setCellComment(comment);
        });

    assertLeftToPoi(processed, "old score sheet", "parts of its own");
    Path again = folder.resolve("again.xlsx");
    Outcome outcome = Scorebook.process(processed, again);
    assertThat(outcome.failure()).isEmpty();
    try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(again))) {
      assertThat(workbook.getSheetName(0)).isEqualTo(SheetNames.SCORE_SHEET);
      assertThat(workbook.getSheet(SheetNames.SCORE_SHEET).getCellComments())
          .as("the old score sheet goes with its comment")
          .isEmpty();
    }
  }

  @Test
  void aFormWhoseTotalOverTheScoresReadsTheDateIsLeftToPoi() throws Exception {
    SelfEvaluationForms.Builder form =
        SelfEvaluationForms.form()
            .total(TestWorkbooks.formulaCell("IF(TODAY()>0,SUM(H13:H22)+H6,0)"));
    Path input = form.saveTo(Files.createDirectories(folder.resolve("in")).resolve("自评表.xlsx"));
    String total = CellReference.convertNumToColString(form.column("得分")) + (form.totalRow() + 1);

    assertLeftToPoi(input, "项目支出绩效自评表!" + total, "TODAY");
  }

  @Test
  void aListValidationInAnExtensionIsLeftToPoi() throws Exception {
    Path input =
        scored()
            .sheet(OTHER)
            .cell(OTHER, "A1", "类别")
            .saveTo(folder.resolve("in").resolve("扩展.xlsx"));
    String part = ZipPackage.read(input).sheetPart(OTHER);
    String extension =
        "<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\""
            + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
            + "<x14:dataValidations count=\"1\""
            + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
            + "<x14:dataValidation type=\"list\" allowBlank=\"1\"><x14:formula1>"
            + "<xm:f>指标评分!$B$2:$B$3</xm:f></x14:formula1><xm:sqref>B1</xm:sqref>"
            + "</x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>";
    replaceInPart(input, part, "</worksheet>", extension);

    assertLeftToPoi(input, OTHER + "!A1", "no saved result");
  }

  /** Rewrites {@code file} with {@code from} replaced by {@code to} in its part {@code part}. */
  private static void replaceInPart(Path file, String part, String from, String to)
      throws IOException {
    ZipPackage zip = ZipPackage.read(file);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String name : zip.names()) {
        byte[] content = zip.content(name);
        if (name.equals(part)) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replace(from, to)
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
      }
    }
  }

  /** A workbook the save takes as it is: two leaves scored by hand. */
  private static TestWorkbooks.Builder scored() {
    return TestWorkbooks.evaluation()
        .indicator("A", "决策", 100)
        .leaf("A1", "立项", 60)
        .manual(55)
        .reason("扣 5 分")
        .leaf("A2", "执行", 40)
        .manual(40);
  }

  private void assertLeftToPoi(Path input, String where, String why) throws Exception {
    Path output = folder.resolve("out").resolve(input.getFileName());
    Files.createDirectories(output.getParent());
    Scorecard card;
    byte[] original;
    try (OpenedWorkbook opened = WorkbookReader.load(input, Kinds.ALL.readers())) {
      card = Scorer.score(opened.evaluation());
      original = opened.original().orElseThrow();
    }

    StreamingSave.Prepared prepared = StreamingSave.prepare(original, card, VERSION, WRITTEN_AT);

    assertThat(prepared)
        .isInstanceOfSatisfying(
            StreamingSave.LeftToPoi.class,
            left -> assertThat(left.why()).contains(where).contains(why));
    assertThat(WorkbookWriter.writeParts(original, card, output, VERSION, WRITTEN_AT)).isFalse();
    assertThat(output).doesNotExist();
  }

  @FunctionalInterface
  private interface Edit {
    void apply(Workbook workbook) throws IOException;
  }

  private static void edit(Path file, Edit edit) throws IOException {
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = WorkbookFactory.create(in);
    }
    try (workbook) {
      edit.apply(workbook);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }
}
