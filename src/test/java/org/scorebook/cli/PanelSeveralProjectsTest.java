package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/**
 * {@code panel} over experts' copies that each hold several projects: projects are matched by 项目名称,
 * each combined as the panel of one project is, and a project missing from a copy is named and left
 * out while the others are combined.
 */
class PanelSeveralProjectsTest {
  @TempDir Path temp;

  @Test
  void matchedProjectsAreCombinedAndOneMissingFromACopyIsNamedOnTheConsole() throws Exception {
    Path folder = copies();
    Path out = temp.resolve("合议.xlsx");

    CliRunner.Result run = CliRunner.run("panel", folder.toString(), "--out", out.toString());

    assertThat(run.status()).as("a project not combined").isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("✓ 合议 → " + out + "：2 个项目已合议，1 个未合议");
    // The form of 项目甲 with 系统持续稳定运行 at 9 and at 8 combines to 95.66, as one form does.
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  ✓ 「项目一」项目甲：2 位专家，95.66 分"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  ✓ 「项目二」项目乙：2 位专家"));
    assertThat(lines).contains("  ✗ 「项目丙」未合议：「李四.xlsx」没有项目「项目丙」");
  }

  @Test
  void theOutputHoldsEveryCombinedProjectAndItsExpertSheetCoversThemAll() throws Exception {
    Path folder = copies();
    Path out = temp.resolve("合议.xlsx");

    CliRunner.run("panel", folder.toString(), "--out", out.toString());

    Outcome again = Scorebook.score(out);
    assertThat(again.projects())
        .filteredOn(project -> !project.sheet().equals("项目三"))
        .extracting(
            project -> project.sheet() + " " + project.card().evaluation().project().field("评价人"))
        .containsExactly("项目一 专家组（2 人）：张三、李四", "项目二 专家组（2 人）：张三、李四");
    assertThat(again.projects().get(0).card().total()).hasValue(95.66);
    try (XSSFWorkbook book = open(out)) {
      assertThat(book.getSheetName(1)).isEqualTo("专家评分");
      assertThat(texts(book.getSheet("专家评分")))
          .contains("「项目一」项目甲", "「项目二」项目乙", "「项目丙」未合议：「李四.xlsx」没有项目「项目丙」");
    }
  }

  @Test
  void aCopysProjectWithErrorsIsLeftOutByNameAndTheOthersCombineIt() throws Exception {
    Path folder = copies();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SelfEvaluationForms.form().sheetName("项目一").projectName("项目甲").fillInto(workbook);
      SelfEvaluationForms.Builder broken =
          SelfEvaluationForms.form().sheetName("项目二").projectName("项目乙");
      Leaf leaf = broken.leaf("运维成果报告");
      broken
          .replace(
              leaf.third(),
              new Leaf(
                  leaf.first(),
                  leaf.second(),
                  leaf.third(),
                  leaf.target(),
                  leaf.actual(),
                  "五",
                  leaf.score(),
                  leaf.reason()))
          .fillInto(workbook);
      save(workbook, folder.resolve("王五.xlsx"));
    }
    Path out = temp.resolve("合议.xlsx");

    CliRunner.Result run = CliRunner.run("panel", folder.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("  ✓ 「项目一」项目甲：3 位专家", "  ✓ 「项目二」项目乙：2 位专家")
        .contains("  ✗ 「项目丙」未合议：「李四.xlsx」没有项目「项目丙」；「王五.xlsx」没有项目「项目丙」");
    assertThat(run.err()).contains("未参加 " + folder.resolve("王五.xlsx") + "：「项目二」项目乙 有 1 个错误");
  }

  /** 张三 holds 项目甲, 项目乙 and 项目丙; 李四 项目甲 (one leaf scored lower) and 项目乙. */
  private Path copies() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("专家"));
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SelfEvaluationForms.form().sheetName("项目一").projectName("项目甲").fillInto(workbook);
      SelfEvaluationForms.form().sheetName("项目二").projectName("项目乙").fillInto(workbook);
      SelfEvaluationForms.form().sheetName("项目三").projectName("项目丙").fillInto(workbook);
      save(workbook, folder.resolve("张三.xlsx"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SelfEvaluationForms.form()
          .sheetName("项目一")
          .projectName("项目甲")
          .replace(
              "系统持续稳定运行", new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "达成年度指标", 10, 8, "偏慢"))
          .fillInto(workbook);
      SelfEvaluationForms.form().sheetName("项目二").projectName("项目乙").fillInto(workbook);
      save(workbook, folder.resolve("李四.xlsx"));
    }
    return folder;
  }

  private static void save(XSSFWorkbook workbook, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getCell(0) != null) {
        texts.add(row.getCell(0).toString());
      }
    }
    return texts;
  }
}
