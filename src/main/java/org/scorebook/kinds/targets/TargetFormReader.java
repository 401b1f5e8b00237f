package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scorebook.model.Evaluation;
import org.scorebook.model.SheetNames;
import org.scorebook.read.CellGrid;
import org.scorebook.read.GridSheet;
import org.scorebook.read.KindReader;
import org.scorebook.read.Labels;
import org.scorebook.read.SheetCells;
import org.scorebook.read.SheetPerProject;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * The target declaration (绩效目标申报表), national or local layout, in every sheet of the workbook that
 * holds one (a district exports one project per sheet): recognised by its title ({@code
 * 二级项目支出绩效目标申报表}, {@code <项目名>绩效目标表}), or by an indicator header with 一级指标, 二级指标, 三级指标 and 指标值 or
 * 目标值 but none of the columns of the monitoring or the self-evaluation form.
 */
public final class TargetFormReader implements KindReader {
  private static final List<String> TITLES = List.of("绩效目标申报表", "绩效目标表");

  /** The titles of the budget year's later forms, which are not declarations. */
  private static final List<String> OTHER_TITLES = List.of("项目支出绩效自评表", "执行监控表");

  /** The longest text taken for a title: longer is an explanation that names the form. */
  private static final int TITLE_LENGTH = 60;

  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");

  /** How far down a title is looked for. */
  private static final int TITLE_ROWS = 6;

  /** How far down a grid's header is looked for when the sheet has no title. */
  private static final int SCAN_ROWS = 60;

  @Override
  public boolean recognises(CellGrid grid) {
    return grid.sheets().stream().anyMatch(sheet -> isFormSheet(grid, sheet));
  }

  @Override
  public Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException {
    return readAll(grid, source).get(0);
  }

  private static final SheetPerProject.Notes NOTES =
      new SheetPerProject.Notes(
          "targets.read.blankSheet",
          "targets.read.sheetNotRead",
          "targets.read.empty",
          "targets.read.otherForms",
          "targets.read.noForm");

  /**
   * One evaluation per sheet that holds a filled-in form ({@link SheetPerProject}), sheets still
   * blank and the cycle's other forms named in notes on the first.
   */
  @Override
  public List<Evaluation> readAll(CellGrid grid, String source) throws UnreadableWorkbookException {
    return SheetPerProject.readAll(
        formSheets(grid),
        otherForms(grid),
        sheet -> new TargetFormSheet(grid, sheet).readUnlessBlank(source),
        NOTES);
  }

  /** The sheets that hold the budget cycle's other forms, which are not read. */
  private static List<String> otherForms(CellGrid grid) {
    return grid.sheets().stream()
        .filter(sheet -> !isFormSheet(grid, sheet) && titled(labels(grid, sheet), OTHER_TITLES))
        .map(GridSheet::name)
        .toList();
  }

  /** Every sheet that holds a declaration, in the workbook's order. */
  static List<GridSheet> formSheets(CellGrid grid) {
    return grid.sheets().stream().filter(sheet -> isFormSheet(grid, sheet)).toList();
  }

  private static boolean isFormSheet(CellGrid grid, GridSheet sheet) {
    if (Labels.trim(sheet.name()).equals(SheetNames.SCORE_SHEET)) {
      return false;
    }
    SheetLabels labels = labels(grid, sheet);
    return titled(labels, TITLES)
        || !titled(labels, OTHER_TITLES)
            && TargetGrid.hasDeclarationHeader(labels, labels.firstRow() + SCAN_ROWS);
  }

  /** The sheet's labels, read without reporting anything: recognising a form says nothing. */
  private static SheetLabels labels(CellGrid grid, GridSheet sheet) {
    return new SheetLabels(sheet, new SheetCells(grid, new ArrayList<>()));
  }

  /**
   * Whether one of the first rows is a title ending in one of {@code titles}: the only text of its
   * row (a cell of a checklist that names the form is not its title), a year or note in brackets
   * after it allowed ({@code 2023年二级项目支出绩效目标申报表（试行）}).
   */
  private static boolean titled(SheetLabels labels, List<String> titles) {
    int last = Math.min(labels.lastRow(), labels.firstRow() + TITLE_ROWS - 1);
    for (int r = labels.firstRow(); r <= last; r++) {
      List<String> texts = texts(labels, r);
      if (texts.size() == 1 && titles.stream().anyMatch(title -> isTitle(texts.get(0), title))) {
        return true;
      }
    }
    return false;
  }

  /** The filled cells of a row, each merged region once, without spaces. */
  private static List<String> texts(SheetLabels labels, int row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < SheetLabels.SCAN_COLUMNS; c++) {
      String text = Labels.compact(labels.text(row, c));
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts;
  }

  private static boolean isTitle(String text, String title) {
    String bare = TRAILING_NOTE.matcher(text).replaceFirst("");
    return bare.length() <= TITLE_LENGTH && bare.endsWith(title);
  }
}
