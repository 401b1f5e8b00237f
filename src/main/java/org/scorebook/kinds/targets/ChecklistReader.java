package org.scorebook.kinds.targets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.scorebook.model.CellRef;
import org.scorebook.model.Text;

/**
 * Reads a checklist workbook (审核口径): the first sheet with a header row holding 编码 and 正则表达式 (a
 * title row may stand above it), its columns found by their header texts ({@code 编码}, {@code 审核对象},
 * {@code 模式}, {@code 审核要点}, {@code 审核细项}, {@code 审核意见表述…}, {@code 正则表达式}, and {@code 判定} when there
 * is one), then one rule per row with a 编码 or a 审核对象.
 */
final class ChecklistReader {
  static final String CODE = "编码";
  static final String OBJECT = "审核对象";
  static final String MODE = "模式";
  static final String POINT = "审核要点";
  static final String ITEM = "审核细项";
  static final String OPINION = "审核意见表述";
  static final String PATTERN = "正则表达式";
  static final String JUDGEMENT = "判定";

  private static final List<String> HEADERS =
      List.of(CODE, OBJECT, MODE, POINT, ITEM, OPINION, PATTERN, JUDGEMENT);
  private static final String MANUAL = "人工";
  private static final String MUST_BE_FILLED = "空";
  private static final String NONE = "无";

  private final DataFormatter formatter = new DataFormatter();
  private final String fileName;
  private final List<String> problems = new ArrayList<>();

  private ChecklistReader(String fileName) {
    this.fileName = fileName;
  }

  static ReviewRules read(Path file) throws IOException {
    String name = file.getFileName().toString();
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      ChecklistReader reader = new ChecklistReader(name);
      List<ChecklistRule> rules = reader.rules(workbook);
      return new ReviewRules(name, rules, reader.problems);
    } catch (RuntimeException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private List<ChecklistRule> rules(Workbook workbook) throws IOException {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        Map<String, Integer> columns = headerColumns(row);
        if (columns.containsKey(CODE) && columns.containsKey(PATTERN)) {
          return rulesBelow(sheet, row.getRowNum(), columns);
        }
      }
    }
    throw new IOException(Text.get("targets.checklist.noHeader", fileName));
  }

  private Map<String, Integer> headerColumns(Row row) {
    Map<String, Integer> columns = new HashMap<>();
    for (Cell cell : row) {
      String text = text(cell);
      HEADERS.stream()
          .filter(text::startsWith)
          .findFirst()
          .ifPresent(header -> columns.putIfAbsent(header, cell.getColumnIndex()));
    }
    return columns;
  }

  private List<ChecklistRule> rulesBelow(Sheet sheet, int header, Map<String, Integer> columns) {
    List<ChecklistRule> rules = new ArrayList<>();
    for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new HashMap<>();
      columns.forEach((name, column) -> values.put(name, text(row.getCell(column))));
      if (values.get(CODE).isEmpty() && values.getOrDefault(OBJECT, "").isEmpty()) {
        continue;
      }
      rules.add(rule(sheet.getSheetName(), r, columns, values));
    }
    return rules;
  }

  private ChecklistRule rule(
      String sheet, int row, Map<String, Integer> columns, Map<String, String> values) {
    String patternText = values.get(PATTERN);
    String item = values.getOrDefault(ITEM, "");
    String object = values.getOrDefault(OBJECT, "");
    boolean manual = values.getOrDefault(MODE, "").contains(MANUAL);
    ChecklistRule.Judgement judgement =
        judgement(values.getOrDefault(JUDGEMENT, ""), item, patternText);
    Optional<Pattern> pattern = Optional.empty();
    if (!manual
        && !patternText.isEmpty()
        && !patternText.equals(MUST_BE_FILLED)
        && !patternText.equals(NONE)) {
      ChecklistPatterns.Compiled compiled = ChecklistPatterns.compile(patternText);
      pattern = compiled.pattern();
      if (pattern.isEmpty()) {
        String cell = CellRef.of(sheet, row, columns.get(PATTERN)).a1();
        problems.add(
            Text.get(
                "targets.checklist.badPattern",
                fileName,
                cell,
                values.get(CODE),
                patternText,
                compiled.reason()));
      }
    }
    return new ChecklistRule(
        values.get(CODE),
        object,
        ChecklistTarget.of(object),
        manual,
        values.getOrDefault(POINT, ""),
        item,
        values.getOrDefault(OPINION, ""),
        judgement,
        patternText,
        pattern,
        CellRef.of(sheet, row, columns.get(CODE)).toString());
  }

  /**
   * The 判定 column when it says it; otherwise the 审核细项: {@code …未填写单位} and {@code …冗长} a match is
   * the problem, {@code …未填写} (or the pattern {@code 空}) an empty value, else a value that does not
   * match.
   */
  static ChecklistRule.Judgement judgement(String stated, String item, String patternText) {
    String said = stated.replaceAll("\\s", "");
    if (said.equals("匹配为问题")) {
      return ChecklistRule.Judgement.MATCH_IS_PROBLEM;
    }
    if (said.equals("不匹配为问题")) {
      return ChecklistRule.Judgement.NO_MATCH_IS_PROBLEM;
    }
    if (said.equals("为空为问题")) {
      return ChecklistRule.Judgement.EMPTY_IS_PROBLEM;
    }
    if (item.contains("未填写单位") || item.contains("冗长")) {
      return ChecklistRule.Judgement.MATCH_IS_PROBLEM;
    }
    if (item.contains("未填写") || patternText.equals(MUST_BE_FILLED)) {
      return ChecklistRule.Judgement.EMPTY_IS_PROBLEM;
    }
    return ChecklistRule.Judgement.NO_MATCH_IS_PROBLEM;
  }

  private String text(Cell cell) {
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }
}
