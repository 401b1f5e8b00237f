package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.testing.WorkbookView;

/**
 * Checks that each project of a workbook of several forms is what its sheet gives processed alone,
 * through the command line: {@code validate --json} and {@code process --json} say the same of it,
 * and its sheet of the output holds the same cells and comments as the sheet of the one-form
 * output.
 */
public final class ProjectsAlone {
  /** What a project's JSON object says of the project itself, not of the files around it. */
  private static final List<String> PROJECT_FIELDS =
      List.of(
          "kind",
          "sheet",
          "project",
          "total",
          "grade",
          "executionRate",
          "errors",
          "warnings",
          "levels",
          "messages");

  /**
   * What LibreOffice saves of a cell's style by what else the file holds, not by the cell: which
   * parts its format says apply, and the font of a cell left in the default font. One sheet saved
   * alone and among others differs there before it is processed; the rest of the style (fill,
   * number format, borders, font size and weight) is compared.
   */
  private static final List<String> SAVED_BY_FILE = List.of("style.apply", "style.font.name");

  private ProjectsAlone() {}

  /** The exit statuses of {@code validate} and {@code process} on the workbook of several. */
  public record Statuses(int validate, int process) {}

  /**
   * Compares each project of {@code several} with the one-form workbook at the same index of {@code
   * alone}, which holds the same sheet by itself; outputs go under {@code folder}.
   */
  public static Statuses assertEachAsAlone(Path several, List<Path> alone, Path folder) {
    CliRunner.Result validated = CliRunner.run("validate", several.toString(), "--json");
    CliRunner.Result processed = process(several, folder.resolve("several"));
    List<JsonObject> checked = objects(validated);
    List<JsonObject> written = objects(processed);
    assertThat(checked).as("validate: a project per form").hasSize(alone.size());
    assertThat(written).as("process: a project per form").hasSize(alone.size());
    Path output = Path.of(written.get(0).get("output").getAsString());
    Map<Path, WorkbookView> views = new HashMap<>();
    for (int i = 0; i < alone.size(); i++) {
      JsonObject checkedAlone =
          single(CliRunner.run("validate", alone.get(i).toString(), "--json"));
      JsonObject writtenAlone = single(process(alone.get(i), folder.resolve("alone" + i)));
      assertSameProject(checked.get(i), checkedAlone);
      assertSameProject(written.get(i), writtenAlone);
      assertThat(written.get(i).get("output").getAsString()).isEqualTo(output.toString());
      assertSameSheet(
          output,
          Path.of(writtenAlone.get("output").getAsString()),
          writtenAlone.get("sheet").getAsString(),
          views);
    }
    return new Statuses(validated.status(), processed.status());
  }

  private static CliRunner.Result process(Path workbook, Path out) {
    return CliRunner.run("process", workbook.toString(), "--out", out.toString(), "--json");
  }

  static List<JsonObject> objects(CliRunner.Result result) {
    return result.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
  }

  private static JsonObject single(CliRunner.Result result) {
    List<JsonObject> objects = objects(result);
    assertThat(objects).as("a workbook of one form is one project").hasSize(1);
    return objects.get(0);
  }

  private static void assertSameProject(JsonObject inSeveral, JsonObject alone) {
    String sheet = alone.get("sheet").getAsString();
    for (String field : PROJECT_FIELDS) {
      assertThat(inSeveral.get(field))
          .as("%s of sheet %s", field, sheet)
          .isEqualTo(alone.get(field));
    }
    for (JsonElement message : inSeveral.getAsJsonArray("messages")) {
      assertThat(message.getAsJsonObject().get("sheet").getAsString())
          .as("a message of sheet %s is on it", sheet)
          .isEqualTo(sheet);
    }
  }

  /** The sheet {@code sheet} of both outputs: the same cells (values, styles) and comments. */
  private static void assertSameSheet(
      Path several, Path alone, String sheet, Map<Path, WorkbookView> views) {
    Map<String, ?> expected;
    Map<String, ?> actual;
    if (alone.toString().endsWith(".xlsx")) {
      expected = sheetOf(WorkbookView.of(alone), sheet);
      actual = sheetOf(views.computeIfAbsent(several, WorkbookView::of), sheet);
    } else {
      expected = cellsAndComments(alone, sheet);
      actual = cellsAndComments(several, sheet);
    }
    assertThat(expected).as("sheet %s of %s", sheet, alone).isNotEmpty();
    assertThat(differences(expected, actual))
        .as("sheet %s of %s against %s alone", sheet, several, alone)
        .isEmpty();
  }

  /** The first entries that differ, as {@code key: expected ≠ actual}. */
  private static List<String> differences(Map<String, ?> expected, Map<String, ?> actual) {
    SortedSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    return keys.stream()
        .filter(key -> !Objects.equals(expected.get(key), actual.get(key)))
        .limit(20)
        .map(key -> key + ": " + expected.get(key) + " ≠ " + actual.get(key))
        .toList();
  }

  /**
   * The view's entities of {@code sheet}: the sheet's setup, its cells, validations and formats.
   */
  private static SortedMap<String, SortedMap<String, String>> sheetOf(
      WorkbookView view, String sheet) {
    SortedMap<String, SortedMap<String, String>> entities = new TreeMap<>();
    for (Map.Entry<String, SortedMap<String, String>> entity : view.entities().entrySet()) {
      String name = entity.getKey();
      if (name.equals("sheet " + sheet)
          || name.startsWith(sheet + "!")
          || name.startsWith(sheet + " ")) {
        SortedMap<String, String> attributes = new TreeMap<>(entity.getValue());
        attributes.keySet().removeAll(SAVED_BY_FILE);
        entities.put(name, attributes);
      }
    }
    return entities;
  }

  /** Every cell of {@code sheet} that holds something, as POI reads it, and every comment. */
  static SortedMap<String, String> cellsAndComments(Path file, String sheet) {
    SortedMap<String, String> cells = new TreeMap<>();
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet read = workbook.getSheet(sheet);
      for (Row row : read) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.BLANK) {
            cells.put(cell.getAddress().formatAsString(), content(cell));
          }
        }
      }
      for (Map.Entry<CellAddress, ? extends Comment> comment : read.getCellComments().entrySet()) {
        cells.put(
            comment.getKey().formatAsString() + " comment",
            comment.getValue().getAuthor() + ": " + comment.getValue().getString().getString());
      }
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(Cell cell) {
    CellType type = cell.getCellType();
    String formula = type == CellType.FORMULA ? "=" + cell.getCellFormula() + " → " : "";
    CellType value = type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    return formula
        + switch (value) {
          case NUMERIC -> String.valueOf(cell.getNumericCellValue());
          case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
          case ERROR -> "#" + cell.getErrorCellValue();
          default -> cell.getStringCellValue();
        }
        + " style "
        + cell.getCellStyle().getFillForegroundColor();
  }
}
