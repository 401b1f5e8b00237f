package org.scorebook.write;

import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Decimals;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;

/**
 * The 评分汇总 sheet: replaced on every run, placed first (last in an .xls), active and the only one
 * selected. From the top: title and status line (frozen), the sections of the workbook's kind
 * ({@link ScoreSheetLayout}: for contract v1 the project, the level-1 table with total and grade,
 * the findings, every message and the indicator tree) and a footer naming the input, the time and
 * the tool's version. A workbook whose kind reviews rather than scores gets the review summary
 * ({@link ReviewSheet}) instead, on the same sheet.
 */
public final class ScoreSheet {
  static final float DEFAULT_ROW_POINTS = 18f;
  private static final float TITLE_POINTS = 30f;
  static final Look STATUS_BLOCKED = ScoreSheetGrid.STATUS.fill(Fill.ERROR);

  private final Workbook workbook;
  private final Styles styles;
  private final ChangedSheets changed;

  public ScoreSheet(Workbook workbook, Styles styles, ChangedSheets changed) {
    this.workbook = workbook;
    this.styles = styles;
    this.changed = changed;
  }

  public void write(Scorecard card, String version, ZonedDateTime writtenAt) {
    write(List.of(card), version, writtenAt);
  }

  /** The score sheet of every project of the workbook. */
  public void write(List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    draw(new ScoreSheetPoi(replaceSheet(), styles), cards, version, writtenAt);
  }

  /**
   * Lays the score sheet of the workbook's projects out into {@code sink}: one project's as {@link
   * #draw(ScoreSheetSink, Scorecard, String, ZonedDateTime)}; several under a heading for the
   * workbook and a table of its projects, each with its own heading and sections.
   */
  public static void draw(
      ScoreSheetSink sink, List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    if (cards.stream().allMatch(Scorecard::isReview)) {
      ReviewSheet.draw(sink, cards, version, writtenAt);
      return;
    }
    if (cards.size() == 1) {
      draw(sink, cards.get(0), version, writtenAt);
      return;
    }
    sink.defaultRowHeight(DEFAULT_ROW_POINTS);
    ScoreSheetLayout layout = ScoreSheetLayout.of(cards.get(0).evaluation());
    ScoreSheetGrid grid = new ScoreSheetGrid(sink, widest(layout, cards));
    ScoreSheetProjects projects = new ScoreSheetProjects(grid, cards);
    titleLines(
        grid,
        Text.get("scoresheet.projects.title", cards.size()),
        ScoreSheetProjects.status(cards),
        cards.stream().anyMatch(Scorecard::hasErrors));
    new ScoreSheetSections(grid).start("scoresheet.section.projects");
    projects.table();
    for (int i = 0; i < cards.size(); i++) {
      Scorecard card = cards.get(i);
      grid.skip();
      projects.heading(i + 1, card, layout.blockedKey());
      layout.sections(
          card,
          new ScoreSheetSections(grid),
          new ScoreSheetTables(grid, card),
          new ScoreSheetNotes(grid, card));
    }
    grid.skip();
    new ScoreSheetNotes(grid, cards.get(0)).footer(version, writtenAt);
    sink.page(page(-1, layout.landscape()));
  }

  /** Each column as wide as the widest project needs it. */
  private static int[] widest(ScoreSheetLayout layout, List<Scorecard> cards) {
    int[] widths = layout.widths(cards.get(0));
    for (Scorecard card : cards.subList(1, cards.size())) {
      int[] other = layout.widths(card);
      for (int c = 0; c < widths.length && c < other.length; c++) {
        widths[c] = Math.max(widths[c], other[c]);
      }
    }
    return widths;
  }

  /**
   * Lays the score sheet of {@code card} out into {@code sink}, an empty sheet: the rows from the
   * top, the column widths, the frozen heading and the print setup.
   */
  public static void draw(
      ScoreSheetSink sink, Scorecard card, String version, ZonedDateTime writtenAt) {
    if (card.isReview()) {
      ReviewSheet.draw(sink, List.of(card), version, writtenAt);
      return;
    }
    sink.defaultRowHeight(DEFAULT_ROW_POINTS);
    ScoreSheetLayout layout = ScoreSheetLayout.of(card.evaluation());
    ScoreSheetGrid grid = new ScoreSheetGrid(sink, layout.widths(card));
    ScoreSheetTables tables = new ScoreSheetTables(grid, card);
    ScoreSheetNotes notes = new ScoreSheetNotes(grid, card);
    heading(grid, card, layout);
    int repeatedHeader = layout.sections(card, new ScoreSheetSections(grid), tables, notes);
    grid.skip();
    notes.footer(version, writtenAt);
    sink.page(page(repeatedHeader, layout.landscape()));
  }

  /**
   * Removes any earlier score sheet and creates an empty one, active and alone selected: first in
   * an .xlsx, last in an .xls. An .xls refers to sheets by their position (in names, drop-down
   * lists, charts and formulas, through its EXTERNSHEET table), and POI does not renumber those
   * when it moves a sheet, so moving the score sheet first would point them all at the sheet before
   * the one they meant.
   */
  private Sheet replaceSheet() {
    for (int i = workbook.getNumberOfSheets() - 1; i >= 0; i--) {
      if (SheetNames.matches(workbook.getSheetName(i), SheetNames.SCORE_SHEET)) {
        removeNamesOf(i); // .xls would keep its print titles as a global name pointing nowhere
        workbook.removeSheetAt(i);
      }
    }
    Sheet sheet = workbook.createSheet(SheetNames.SCORE_SHEET);
    if (!(workbook instanceof HSSFWorkbook)) {
      workbook.setSheetOrder(SheetNames.SCORE_SHEET, 0);
    }
    int index = workbook.getSheetIndex(sheet);
    workbook.setActiveSheet(index);
    workbook.setFirstVisibleTab(0);
    changed.add(sheet);
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      Sheet other = workbook.getSheetAt(i);
      if (other.isSelected() != (i == index)) {
        changed.add(other);
      }
      other.setSelected(i == index);
    }
    return sheet;
  }

  private void removeNamesOf(int sheetIndex) {
    for (Name name : List.copyOf(workbook.getAllNames())) {
      if (name.getSheetIndex() == sheetIndex) {
        workbook.removeName(name);
      }
    }
  }

  /**
   * The title and one status line: the total and grade, or why there are none. Both stay frozen.
   */
  private static void heading(ScoreSheetGrid grid, Scorecard card, ScoreSheetLayout layout) {
    String name = card.projectName().strip();
    String title =
        name.isEmpty() ? Text.get("scoresheet.titleNoName") : Text.get("scoresheet.title", name);
    titleLines(grid, title, status(card, layout.blockedKey()), card.hasErrors());
  }

  /** The title and the status line under it, both frozen. */
  static void titleLines(ScoreSheetGrid grid, String title, String status, boolean blocked) {
    ScoreSheetSink sink = grid.sink();
    int titleRow = grid.line(title, ScoreSheetGrid.TITLE);
    sink.rowHeight(titleRow, Math.max(sink.rowHeight(titleRow), TITLE_POINTS));
    grid.line(status, blocked ? STATUS_BLOCKED : ScoreSheetGrid.STATUS);
    sink.freezeRows(grid.nextRow());
  }

  static String status(Scorecard card, String blockedKey) {
    String status;
    if (card.hasErrors()) {
      status = Text.get(blockedKey, card.errorCount());
    } else if (card.total().isPresent()) {
      status =
          Text.get(
              "scoresheet.status.total",
              Decimals.format2(card.total().getAsDouble()),
              card.grade().orElse(""));
    } else {
      status = Text.get("scoresheet.status.noTotal");
    }
    return card.warningCount() > 0
        ? status + Text.get("scoresheet.status.warnings", card.warningCount())
        : status;
  }

  /**
   * A4 (portrait unless the layout says landscape), one page wide, the tree's header repeated, no
   * gridlines, page numbers at the foot.
   */
  static ScoreSheetSink.Page page(int treeHeader, boolean landscape) {
    return new ScoreSheetSink.Page(
        PrintSetup.A4_PAPERSIZE,
        landscape,
        1,
        0,
        true,
        true,
        new ScoreSheetSink.Margins(0.6, 0.6, 0.7, 0.7),
        treeHeader,
        false,
        Text.get("scoresheet.pageFooter"));
  }
}
