package org.scorebook.kinds.selfevaluation;

import java.util.Optional;
import org.scorebook.model.Evaluation;
import org.scorebook.model.SheetNames;
import org.scorebook.read.CellGrid;
import org.scorebook.read.GridCell;
import org.scorebook.read.GridSheet;
import org.scorebook.read.KindReader;
import org.scorebook.read.Labels;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * The national project self-evaluation form (项目支出绩效自评表), in whichever sheet of the workbook holds
 * it: recognised by its title, or by an indicator header that has both 年度指标值 and 偏差原因分析及改进措施 (a
 * form re-typed without its title).
 */
public final class SelfEvaluationReader implements KindReader {
  static final String TITLE = "项目支出绩效自评表";

  /** How far down and across a form's title and headers are looked for. */
  private static final int SCAN_ROWS = 60;

  private static final int SCAN_COLUMNS = 16;

  @Override
  public boolean recognises(CellGrid grid) {
    return formSheet(grid).isPresent();
  }

  @Override
  public Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException {
    GridSheet sheet = formSheet(grid).orElseThrow();
    return new SelfEvaluationSheet(grid, sheet).read(source);
  }

  /** The first sheet that holds the form; a score sheet written by Scorebook is never one. */
  static Optional<GridSheet> formSheet(CellGrid grid) {
    for (GridSheet sheet : grid.sheets()) {
      if (!Labels.trim(sheet.name()).equals(SheetNames.SCORE_SHEET) && holdsForm(sheet)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  private static boolean holdsForm(GridSheet sheet) {
    int last = Math.min(sheet.lastRow(), Math.max(sheet.firstRow(), 0) + SCAN_ROWS);
    for (int r = Math.max(sheet.firstRow(), 0); r <= last; r++) {
      GridSheet.GridRow row = sheet.row(r);
      if (row == null) {
        continue;
      }
      boolean target = false;
      boolean deviation = false;
      for (GridCell cell : row.cells()) {
        if (cell.column() >= SCAN_COLUMNS || cell.kind() != GridCell.Kind.TEXT) {
          continue;
        }
        String text = Labels.compact(cell.text());
        if (text.contains(TITLE)) {
          return true;
        }
        target |= text.equals("年度指标值") || text.equals("年度目标值");
        deviation |= text.startsWith(Labels.compact(SelfEvaluationForm.DEVIATION_HEADER));
      }
      if (target && deviation) {
        return true;
      }
    }
    return false;
  }
}
