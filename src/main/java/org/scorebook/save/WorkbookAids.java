package org.scorebook.save;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.aids.ExcelAids;
import org.scorebook.aids.ScoredAids;
import org.scorebook.model.Evaluation;
import org.scorebook.style.Styles;
import org.scorebook.write.Cells;

/**
 * Puts the template's aids into a scored workbook (a workbook filled in an older template gets them
 * too), replacing those an earlier run or the template wrote, so that they never double.
 */
final class WorkbookAids {
  private WorkbookAids() {}

  /**
   * @return the formula cells whose cached values were set here (the check row), which need no
   *     evaluating
   */
  static List<Cell> refresh(Workbook workbook, Evaluation evaluation, Styles styles) {
    List<Cell> cached = new ArrayList<>();
    String indicatorSheet = evaluation.indicators().sheetName();
    ScoredAids.indicators(evaluation)
        .ifPresent(
            aids ->
                Cells.findSheet(workbook, aids.sheetName())
                    .flatMap(
                        sheet ->
                            ExcelAids.indicators(sheet, aids.table(), aids.lastDataRow(), styles))
                    .ifPresent(
                        check -> {
                          check.cacheValues();
                          cached.addAll(check.cells());
                        }));
    ScoredAids.projectFields(evaluation)
        .ifPresent(
            fields -> {
              Optional<Sheet> found = Cells.findSheet(workbook, fields.sheetName());
              found
                  .filter(sheet -> !sheet.getSheetName().equals(indicatorSheet))
                  .ifPresent(
                      sheet -> ExcelAids.projectFields(sheet, fields.year(), fields.email()));
            });
    return cached;
  }
}
