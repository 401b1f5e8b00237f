package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.TestWorkbooks;

/**
 * A mistake at one character of a 评分公式, from the command line: JSON gives the position as a number,
 * the console shows the formula with a caret under the character, and the workbook says which
 * character in words, as before.
 */
class FormulaPositionTest {
  private static final String SHOWN = "第 6 个字符：未知名称「满意读」，是否是「满意度」？";

  @TempDir Path temp;

  private Path workbook() {
    return TestWorkbooks.evaluation()
        .project("项目名称", "满意度调查")
        .param("满意度", 0.9)
        .indicator("A", "全部", 100)
        .leaf("A1", "用户满意程度", 50)
        .formula("分值 * 满意读")
        .leaf("A2", "其他", 50)
        .manual(50)
        .saveTo(temp.resolve("公式有误.xlsx"));
  }

  @Test
  void jsonGivesEachMessageThePositionOfItsCharacterOrNull() {
    CliAccess.Result result = CliAccess.run("validate", workbook().toString(), "--json");

    JsonArray messages =
        JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("messages");
    JsonObject formula = messageAbout("A1", messages);
    assertThat(formula.get("position").getAsInt()).isEqualTo(5);
    assertThat(formula.get("text").getAsString()).isEqualTo(SHOWN);
    for (JsonElement other : messages) {
      if (other != formula) {
        assertThat(other.getAsJsonObject().get("position").isJsonNull())
            .as(other.toString())
            .isTrue();
      }
    }
  }

  @Test
  void jsonOfAnUnreadableFileHasANullPosition() throws Exception {
    Path empty = Files.createFile(temp.resolve("空.xlsx"));

    CliAccess.Result result = CliAccess.run("validate", empty.toString(), "--json");

    JsonObject message =
        JsonParser.parseString(result.out())
            .getAsJsonObject()
            .getAsJsonArray("messages")
            .get(0)
            .getAsJsonObject();
    assertThat(message.has("position")).isTrue();
    assertThat(message.get("position").isJsonNull()).isTrue();
  }

  @Test
  void theConsoleShowsTheFormulaWithACaretUnderTheCharacter() {
    CliAccess.Result result = CliAccess.run("validate", workbook().toString());

    List<String> lines = result.out().lines().toList();
    int line = lineIndex(lines, "[A1] " + SHOWN);
    assertThat(lines.get(line)).isEqualTo("    错误 指标评分!D3 [A1] " + SHOWN);
    assertThat(lines.subList(line + 1, line + 3))
        .containsExactly("      分值 * 满意读", "      \u3000\u3000   ^");
  }

  @Test
  void theCommentTheCheckColumnAndTheSummarySayWhichCharacterInWordsWithoutACaret()
      throws Exception {
    Path out = temp.resolve("out");
    CliAccess.run("process", workbook().toString(), "--out", out.toString());

    try (InputStream in = Files.newInputStream(out.resolve("公式有误.xlsx"));
        Workbook book = WorkbookFactory.create(in)) {
      Sheet indicators = book.getSheet("指标评分");
      Row header = indicators.getRow(0);
      Row a1 = indicators.getRow(2);
      assertThat(text(a1.getCell(0))).isEqualTo("A1");
      Cell formula = a1.getCell(columnOf(header, "评分公式"));
      assertThat(formula.getCellComment().getString().getString()).isEqualTo("错误：" + SHOWN);
      assertThat(text(a1.getCell(columnOf(header, "校验结果")))).isEqualTo("错误：" + SHOWN);
      assertThat(texts(book.getSheet("评分汇总"))).contains(SHOWN).doesNotContain("分值 * 满意读");
    }
  }

  private static JsonObject messageAbout(String code, JsonArray messages) {
    for (JsonElement message : messages) {
      if (message.getAsJsonObject().get("code").getAsString().equals(code)) {
        return message.getAsJsonObject();
      }
    }
    throw new AssertionError("no message about " + code + " in " + messages);
  }

  private static int lineIndex(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + part + " in " + lines);
  }

  private static int columnOf(Row header, String title) {
    for (Cell cell : header) {
      if (text(cell).equals(title)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + title);
  }

  private static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell))));
    return texts;
  }

  private static String text(Cell cell) {
    return new DataFormatter().formatCellValue(cell);
  }
}
