package org.scorebook.kinds.selfevaluation;

import java.util.List;
import java.util.regex.Pattern;
import org.scorebook.model.Evaluation;
import org.scorebook.model.SheetNames;
import org.scorebook.read.CellGrid;
import org.scorebook.read.GridCell;
import org.scorebook.read.GridSheet;
import org.scorebook.read.KindReader;
import org.scorebook.read.Labels;
import org.scorebook.read.SheetPerProject;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * The national project self-evaluation form (项目支出绩效自评表), in every sheet of the workbook that holds
 * one (budget systems export one project per sheet): recognised by its title, or by an indicator
 * header that has both 年度指标值 and 偏差原因分析及改进措施 (a form re-typed without its title).
 */
public final class SelfEvaluationReader implements KindReader {
  static final String TITLE = "项目支出绩效自评表";

  /** Titles of the budget cycle's other forms, which a project-library export puts beside it. */
  private static final List<String> OTHER_TITLES = List.of("绩效目标申报表", "绩效目标表", "执行监控表");

  /** The longest text taken for a form's title: longer is an explanation that names the form. */
  private static final int TITLE_LENGTH = 60;

  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");

  /** How far down and across a form's title and headers are looked for. */
  private static final int SCAN_ROWS = 60;

  private static final int SCAN_COLUMNS = 16;

  @Override
  public boolean recognises(CellGrid grid) {
    return grid.sheets().stream().anyMatch(SelfEvaluationReader::isFormSheet);
  }

  @Override
  public Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException {
    return readAll(grid, source).get(0);
  }

  private static final SheetPerProject.Notes NOTES =
      new SheetPerProject.Notes(
          "read.form.blankSheet",
          "read.form.sheetNotRead",
          "read.form.empty",
          "read.form.otherForms",
          "read.form.empty");

  /**
   * One evaluation per sheet that holds a filled-in form ({@link SheetPerProject}), sheets still
   * blank and the cycle's other forms named in notes on the first.
   */
  @Override
  public List<Evaluation> readAll(CellGrid grid, String source) throws UnreadableWorkbookException {
    return SheetPerProject.readAll(
        formSheets(grid),
        otherForms(grid),
        sheet -> new SelfEvaluationSheet(grid, sheet).readUnlessBlank(source),
        NOTES);
  }

  /** The sheets that hold the budget cycle's other forms, which are not read. */
  private static List<String> otherForms(CellGrid grid) {
    return grid.sheets().stream()
        .filter(sheet -> !isFormSheet(sheet) && holdsTitle(sheet, OTHER_TITLES))
        .map(GridSheet::name)
        .toList();
  }

  /** Every sheet that holds the form, in the workbook's order; a score sheet is never one. */
  static List<GridSheet> formSheets(CellGrid grid) {
    return grid.sheets().stream().filter(SelfEvaluationReader::isFormSheet).toList();
  }

  private static boolean isFormSheet(GridSheet sheet) {
    return !Labels.trim(sheet.name()).equals(SheetNames.SCORE_SHEET) && holdsForm(sheet);
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
        if (isTitle(text, TITLE)) {
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

  /**
   * Whether {@code text} is a form's title: it ends with {@code title}, a year or note in brackets
   * after it allowed ({@code 2016年项目支出绩效自评表（试行）}); a text that goes on after the title is an
   * explanation of the form ({@code 项目支出绩效自评表填写说明}), not the form.
   */
  private static boolean isTitle(String text, String title) {
    String bare = TRAILING_NOTE.matcher(text).replaceFirst("");
    return bare.length() <= TITLE_LENGTH && bare.endsWith(title);
  }

  /** Whether one of the first rows of {@code sheet} has a title ending in one of {@code titles}. */
  private static boolean holdsTitle(GridSheet sheet, List<String> titles) {
    int first = Math.max(sheet.firstRow(), 0);
    int last = Math.min(sheet.lastRow(), first + 5);
    for (int r = first; r <= last; r++) {
      GridSheet.GridRow row = sheet.row(r);
      if (row == null) {
        continue;
      }
      for (GridCell cell : row.cells()) {
        if (cell.column() < SCAN_COLUMNS && cell.kind() == GridCell.Kind.TEXT) {
          String text = Labels.compact(cell.text());
          if (titles.stream().anyMatch(title -> isTitle(text, title))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
