package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.score.Scorer;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.TestWorkbooks;

class LevelColumnsTest {
  private static final String SHEET = SheetNames.INDICATORS;
  private static final Object[] HEADER = {"一级指标", "二级指标", "三级指标", "分值", "人工得分", "评分说明"};

  /** The tree as the template writes it: 决策 20 (立项 20 = 12 + 8), 效益 80 (满意度 80). */
  private static Scorecard letters() {
    return Scorer.score(
        TestWorkbooks.evaluation()
            .project("项目名称", "测试项目")
            .indicator("A", "决策", null)
            .indicator("A1", "立项", null)
            .leaf("A1.1", "依据", 12)
            .manual(12)
            .leaf("A1.2", "程序", 8)
            .manual(6)
            .reason("程序不全")
            .indicator("B", "效益", null)
            .indicator("B1", "满意度", null)
            .leaf("B1.1", "满意", 80)
            .manual(72)
            .reason("有投诉")
            .read());
  }

  /** One row per leaf, the names above it repeated on every row. */
  private static TestWorkbooks.Builder repeated() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "测试项目")
        .indicatorTable(
            HEADER,
            new Object[] {"决策", "立项", "依据", 12, 12},
            new Object[] {"决策", "立项", "程序", 8, 6, "程序不全"},
            new Object[] {"效益", "满意度", "满意", 80, 72, "有投诉"});
  }

  /** The same, the names above merged down over their rows. */
  private static TestWorkbooks.Builder merged() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "测试项目")
        .indicatorTable(
            HEADER,
            new Object[] {"决策", "立项", "依据", 12, 12},
            new Object[] {null, null, "程序", 8, 6, "程序不全"},
            new Object[] {"效益", "满意度", "满意", 80, 72, "有投诉"})
        .merge(SHEET, "A2:A3")
        .merge(SHEET, "B2:B3");
  }

  private static List<String> shape(Scorecard card) {
    return card.indicators().stream()
        .map(i -> i.code() + " " + i.level() + " " + i.name() + " " + i.full() + " " + i.score())
        .toList();
  }

  @Test
  void levelColumnsWithNamesRepeatedAreReadAsTheSameTreeAsCodes() {
    Scorecard card = Scorer.score(repeated().read());

    assertThat(card.messages()).noneMatch(m -> m.isError());
    assertThat(shape(card)).isEqualTo(shape(letters()));
    assertThat(card.total()).hasValue(90.0);
  }

  @Test
  void levelColumnsWithNamesMergedDownAreReadAsTheSameTreeAsCodes() {
    Scorecard card = Scorer.score(merged().read());

    assertThat(card.messages()).noneMatch(m -> m.isError());
    assertThat(shape(card)).isEqualTo(shape(letters()));
  }

  @Test
  void aRowOfItsOwnForAParentIsThatParent() {
    Scorecard card =
        Scorer.score(
            TestWorkbooks.evaluation()
                .project("项目名称", "测试项目")
                .indicatorTable(
                    HEADER,
                    new Object[] {"决策", null, null, 20},
                    new Object[] {"决策", "立项", null, 20},
                    new Object[] {"决策", "立项", "依据", 12, 12},
                    new Object[] {"决策", "立项", "程序", 8, 6, "程序不全"},
                    new Object[] {"效益", "满意度", "满意", 80, 72, "有投诉"})
                .read());

    assertThat(card.messages()).noneMatch(m -> m.isError());
    assertThat(card.indicators())
        .extracting(i -> i.code() + "@" + (i.row() + 1))
        .containsExactly("A@2", "A1@3", "A1.1@4", "A1.2@5", "B@6", "B1@6", "B1.1@6");
  }

  @Test
  void scoresAreWrittenOnTheLeafRows() throws Exception {
    Scorecard card = Scorer.score(merged().read());
    try (XSSFWorkbook workbook = merged().build()) {
      WorkbookWriter.annotate(workbook, card, "test", ZonedDateTime.now());
      Sheet sheet = workbook.getSheet(SHEET);
      int scoreColumn = 6;
      assertThat(sheet.getRow(0).getCell(scoreColumn).getStringCellValue()).isEqualTo("得分");
      assertThat(sheet.getRow(1).getCell(scoreColumn).getNumericCellValue()).isEqualTo(12.0);
      assertThat(sheet.getRow(2).getCell(scoreColumn).getNumericCellValue()).isEqualTo(6.0);
      assertThat(sheet.getRow(3).getCell(scoreColumn).getNumericCellValue()).isEqualTo(72.0);
    }
  }

  @Test
  void levelColumnsAreReadFromAnXlsWorkbookToo() throws IOException {
    byte[] bytes;
    try (HSSFWorkbook xls = merged().buildXls()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      xls.write(out);
      bytes = out.toByteArray();
    }
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "测试.xls", Kinds.ALL.readers()));
      assertThat(shape(card)).isEqualTo(shape(letters()));
    } catch (UnreadableWorkbookException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void levelColumnsAndOutlineNumberingSurviveALibreOfficeRoundTrip(@TempDir Path folder)
      throws Exception {
    Path merged =
        LibreOfficeRoundTrip.toXlsx(merged().saveTo(folder.resolve("merged.xlsx")), folder);
    Path outline =
        LibreOfficeRoundTrip.toXlsx(
            TestWorkbooks.evaluation()
                .project("项目名称", "测试项目")
                .indicator("一、", "决策", null)
                .indicator("（一）", "立项", null)
                .leaf("1.", "依据", 12)
                .manual(12)
                .leaf("2.", "程序", 8)
                .manual(6)
                .reason("程序不全")
                .indicator("二、", "效益", null)
                .indicator("（一）", "满意度", null)
                .leaf("1.", "满意", 80)
                .manual(72)
                .reason("有投诉")
                .saveTo(folder.resolve("outline.xlsx")),
            folder);

    for (Path file : List.of(merged, outline)) {
      try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
        Scorecard card =
            Scorer.score(WorkbookReader.read(workbook, file.toString(), Kinds.ALL.readers()));
        assertThat(card.indicators())
            .extracting(i -> i.level() + " " + i.name() + " " + i.full() + " " + i.score())
            .containsExactlyElementsOf(
                letters().indicators().stream()
                    .map(i -> i.level() + " " + i.name() + " " + i.full() + " " + i.score())
                    .toList());
        assertThat(card.total()).hasValue(90.0);
      }
    }
  }

  @Test
  void aRowWithScoresButNoNameOrOnlyRepeatedNamesIsReportedNotDroppedSilently() {
    Scorecard card =
        Scorer.score(
            TestWorkbooks.evaluation()
                .project("项目名称", "测试项目")
                .indicatorTable(
                    HEADER,
                    new Object[] {"决策", "立项", "依据", 12, 12},
                    new Object[] {"决策", "立项", "依据", 8, 6},
                    new Object[] {null, null, null, 80, 72})
                .read());

    assertThat(card.messages())
        .extracting(m -> m.where().a1() + " " + m.text())
        .anyMatch(t -> t.startsWith("C3 本行的各级指标与上一个指标「依据」完全相同"))
        .anyMatch(t -> t.startsWith("A4 本行填写了分值、公式或人工得分"));
  }

  @Test
  void aLevelLeftEmptyAboveANameIsAnErrorAtThatCell() {
    Scorecard card =
        Scorer.score(
            TestWorkbooks.evaluation()
                .project("项目名称", "测试项目")
                .indicatorTable(
                    HEADER,
                    new Object[] {"决策", "立项", "依据", 20, 20},
                    new Object[] {"效益", null, "满意", 80, 72})
                .read());

    assertThat(card.messages())
        .filteredOn(m -> m.text().contains("「二级指标」为空"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.isError()).isTrue();
              assertThat(m.where().a1()).isEqualTo("B3");
              assertThat(m.text()).contains("「满意」");
            });
    assertThat(card.total()).isEmpty();
  }
}
