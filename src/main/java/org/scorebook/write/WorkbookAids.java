package org.scorebook.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.aids.ExcelAids;
import org.scorebook.aids.IndicatorTable;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.WorkbookKind;
import org.scorebook.style.Styles;

/**
 * Puts the template's aids into a scored workbook (a workbook filled in an older template gets them
 * too), replacing those an earlier run or the template wrote, so that they never double.
 */
final class WorkbookAids {
  /** Codes the aids' formulas understand: a letter and digit groups ({@code A}, {@code A1.2}). */
  private static final Pattern LETTER_CODE = Pattern.compile("[A-Za-z][0-9]*(\\.[0-9]+)*");

  private WorkbookAids() {}

  /**
   * @return the formula cells whose cached values were set here (the check row), which need no
   *     evaluating
   */
  static List<Cell> refresh(Workbook workbook, Evaluation evaluation, Styles styles) {
    List<Cell> cached = new ArrayList<>();
    IndicatorSheet layout = evaluation.indicators();
    Optional<Sheet> sheet = Cells.findSheet(workbook, layout.sheetName());
    List<IndicatorRow> rows =
        layout.rows().stream().filter(row -> !layout.rowColumns().containsKey(row.row())).toList();
    if (sheet.isPresent() && !rows.isEmpty()) {
      int first = rows.stream().mapToInt(IndicatorRow::row).min().orElseThrow();
      int last = rows.stream().mapToInt(IndicatorRow::row).max().orElseThrow();
      Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
      columns.putAll(layout.columns());
      boolean letterCodes =
          rows.stream().allMatch(row -> LETTER_CODE.matcher(row.typedCode().strip()).matches());
      if (!letterCodes) {
        // Another way of writing codes: the rules over the code column would misjudge it.
        columns.remove(IndicatorColumn.CODE);
      }
      WorkbookKind kind = evaluation.kind();
      int from = kind == WorkbookKind.CONTRACT_V1 ? layout.headerRow() + 1 : first;
      ExcelAids.indicators(
              sheet.get(),
              new IndicatorTable(kind, layout.headerRow(), from, last, columns),
              last,
              styles)
          .ifPresent(
              check -> {
                check.cacheValues();
                cached.addAll(check.cells());
              });
    }
    ProjectInfo project = evaluation.project();
    if (evaluation.kind() == WorkbookKind.CONTRACT_V1) {
      Cells.findSheet(workbook, project.sheetName())
          .filter(found -> !found.getSheetName().equals(layout.sheetName()))
          .ifPresent(
              found ->
                  ExcelAids.projectFields(
                      found,
                      Optional.of(project.cellOf(ProjectInfo.YEAR)),
                      Optional.of(project.cellOf(ProjectInfo.EMAIL))));
    }
    return cached;
  }
}
