package org.scorebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.Outcome;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * {@code process} writes an .xlsx by rewriting only the parts that change, so a part it does not
 * change, such as the shared strings, keeps its very bytes; a workbook whose formulas read the
 * results is written through POI, which brings their cached values up to date; and POI's save can
 * be asked for by name.
 */
class ProcessSavePathTest {
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
  private static final String OTHER = "附表";

  @TempDir Path folder;

  @AfterEach
  void forgetTheChosenSave() {
    System.clearProperty(Scorebook.SAVE_PROPERTY);
  }

  @Test
  void aPartProcessingDoesNotChangeKeepsItsBytes() {
    Path output = folder.resolve("out.xlsx");

    Outcome outcome = Scorebook.process(SAMPLE, output);

    assertThat(outcome.failure()).isEmpty();
    assertThat(ZipPackage.read(output).entry(SHARED_STRINGS))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(ZipPackage.read(SAMPLE).entry(SHARED_STRINGS).orElseThrow());
  }

  @Test
  void poisSaveAskedForByNameWritesThePartsAnew() {
    System.setProperty(Scorebook.SAVE_PROPERTY, "poi");
    Path output = folder.resolve("out.xlsx");

    Outcome outcome = Scorebook.process(SAMPLE, output);

    assertThat(outcome.failure()).isEmpty();
    assertThat(ZipPackage.read(output).entry(SHARED_STRINGS).orElseThrow().raw())
        .isNotEqualTo(ZipPackage.read(SAMPLE).entry(SHARED_STRINGS).orElseThrow().raw());
  }

  @Test
  void aFormulaReadingTheScoresGetsTheNewScoresAsItsCachedValue() throws IOException {
    String scores = scoreColumn();
    Path input = folder.resolve("in.xlsx");
    Files.write(
        input,
        evaluation()
            .sheet(OTHER)
            .cell(OTHER, "A1", TestWorkbooks.formulaCell("SUM(指标评分!" + scores + ")"))
            .formulaResultsSaved()
            .bytes());
    assertThat(cachedValue(input)).as("the typed scores 50 + 40").isEqualTo(90.0);
    Path output = folder.resolve("out.xlsx");

    Outcome outcome = Scorebook.process(input, output);

    assertThat(outcome.failure()).isEmpty();
    assertThat(cachedValue(output)).as("the computed scores 55 + 40").isEqualTo(95.0);
    assertThat(ZipPackage.read(output).entry(SHARED_STRINGS).orElseThrow().raw())
        .as("written by POI")
        .isNotEqualTo(ZipPackage.read(input).entry(SHARED_STRINGS).orElseThrow().raw());
  }

  /** Two leaves whose typed 得分 (50, 40) the processor replaces with 55 and 40. */
  private static TestWorkbooks.Builder evaluation() {
    return TestWorkbooks.evaluation()
        .indicator("A", "决策", 100)
        .leaf("A1", "立项", 60)
        .manual(55)
        .score(50)
        .reason("扣 5 分")
        .leaf("A2", "执行", 40)
        .manual(40)
        .score(40);
  }

  /** The leaves' cells of the 得分 column, as a range such as {@code H3:H4}. */
  private String scoreColumn() throws IOException {
    try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(written()))) {
      Sheet sheet = workbook.getSheet(SheetNames.INDICATORS);
      for (Cell header : sheet.getRow(0)) {
        if (header.toString().strip().equals("得分")) {
          String column = CellReference.convertNumToColString(header.getColumnIndex());
          return column + 3 + ":" + column + 4;
        }
      }
    }
    throw new AssertionError("the built workbook has no 得分 column");
  }

  private Path written() throws IOException {
    Path path = folder.resolve("plain.xlsx");
    Files.write(path, evaluation().bytes());
    return path;
  }

  private static double cachedValue(Path file) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
      Row row = workbook.getSheet(OTHER).getRow(0);
      return row.getCell(0).getNumericCellValue();
    }
  }
}
