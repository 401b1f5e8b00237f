package org.scorebook.write;

import java.util.List;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The score sheet of a workbook that holds several projects: a heading for the workbook, a table of
 * its projects (each sheet a link to it), then each project's own heading and the sections its
 * layout writes, as the sheet of a one-project workbook shows them.
 */
final class ScoreSheetProjects {
  private static final Look PROJECT_TITLE = Look.PLAIN.withBold().points(14);
  private static final Look LINK = ScoreSheetGrid.TEXT.withLink();
  private static final Look COUNT = ScoreSheetGrid.CENTERED;
  private static final Look ERRORS = ScoreSheetGrid.CENTERED.fill(Fill.ERROR);
  private static final Look WARNINGS = ScoreSheetGrid.CENTERED.fill(Fill.WARNING);

  private final ScoreSheetGrid grid;
  private final List<Scorecard> cards;

  ScoreSheetProjects(ScoreSheetGrid grid, List<Scorecard> cards) {
    this.grid = grid;
    this.cards = List.copyOf(cards);
  }

  /** 「3 个项目：2 个已评分，1 个有错误」, with the warnings when there are any. */
  static String status(List<Scorecard> cards) {
    long errors = cards.stream().filter(Scorecard::hasErrors).count();
    String status =
        errors == 0
            ? Text.get("scoresheet.projects.statusClean", cards.size())
            : Text.get("scoresheet.projects.status", cards.size(), cards.size() - errors, errors);
    long warnings = cards.stream().mapToLong(Scorecard::warningCount).sum();
    return warnings > 0 ? status + Text.get("scoresheet.status.warnings", warnings) : status;
  }

  /** The table of projects: 工作表 | 项目名称 | 单位 | 总分 | 等级 | 错误 | 警告. */
  void table() {
    Columns columns = Columns.of(grid.last());
    int header = grid.newRow();
    grid.text(header, 0, Text.get("scoresheet.projects.sheet"), ScoreSheetGrid.HEADER);
    grid.merged(
        header, 1, columns.nameTo(), Text.get("scoresheet.projects.name"), ScoreSheetGrid.HEADER);
    if (columns.hasUnit()) {
      grid.merged(
          header,
          columns.nameTo() + 1,
          columns.total() - 1,
          Text.get("scoresheet.projects.unit"),
          ScoreSheetGrid.HEADER);
    }
    int total = columns.total();
    grid.text(header, total, Text.get("scoresheet.projects.total"), ScoreSheetGrid.HEADER);
    grid.text(header, total + 1, Text.get("scoresheet.projects.grade"), ScoreSheetGrid.HEADER);
    grid.text(header, total + 2, Text.get("scoresheet.projects.errors"), ScoreSheetGrid.HEADER);
    grid.text(header, total + 3, Text.get("scoresheet.projects.warnings"), ScoreSheetGrid.HEADER);
    cards.forEach(card -> row(columns, card));
  }

  private void row(Columns columns, Scorecard card) {
    int row = grid.newRow();
    String sheet = sheetOf(card);
    grid.text(row, 0, sheet, LINK);
    grid.sink().link(row, 0, "'" + sheet.replace("'", "''") + "'!A1");
    grid.merged(row, 1, columns.nameTo(), card.projectName(), ScoreSheetGrid.TEXT);
    grid.fit(row, card.projectName(), 1, columns.nameTo(), Look.BODY_POINTS);
    if (columns.hasUnit()) {
      String unit = card.evaluation().project().field(ProjectInfo.UNIT);
      grid.merged(row, columns.nameTo() + 1, columns.total() - 1, unit, ScoreSheetGrid.TEXT);
      grid.fit(row, unit, columns.nameTo() + 1, columns.total() - 1, Look.BODY_POINTS);
    }
    int total = columns.total();
    if (card.total().isPresent() && !card.hasErrors()) {
      grid.number(row, total, card.total().getAsDouble(), ScoreSheetGrid.SCORE);
    } else {
      grid.text(row, total, Text.get("scoresheet.projects.noTotal"), COUNT);
    }
    grid.text(row, total + 1, card.hasErrors() ? "" : card.grade().orElse(""), COUNT);
    grid.number(row, total + 2, card.errorCount(), card.hasErrors() ? ERRORS : COUNT);
    grid.number(row, total + 3, card.warningCount(), card.warningCount() > 0 ? WARNINGS : COUNT);
  }

  /** The heading of the {@code number}th project: its name and sheet, then its status line. */
  void heading(int number, Scorecard card, String blockedKey) {
    grid.skip();
    String name = card.projectName().strip();
    String title =
        Text.get(
            "scoresheet.projects.heading",
            number,
            name.isEmpty() ? Text.get("scoresheet.projects.unnamed") : name,
            sheetOf(card));
    grid.line(title, PROJECT_TITLE);
    grid.line(
        ScoreSheet.status(card, blockedKey),
        card.hasErrors() ? ScoreSheet.STATUS_BLOCKED : ScoreSheetGrid.STATUS);
  }

  private static String sheetOf(Scorecard card) {
    return card.evaluation().indicators().sheetName();
  }

  /**
   * Where the table's columns go in a grid whose last column is {@code last}: the four numbers at
   * the end, the name and the unit sharing the columns between the sheet and them, the unit left
   * out when there is no room for it.
   */
  private record Columns(int nameTo, int total) {
    static Columns of(int last) {
      int total = Math.max(2, last - 3);
      int between = total - 1;
      return new Columns(between >= 2 ? between / 2 : 1, total);
    }

    boolean hasUnit() {
      return nameTo + 1 < total;
    }
  }
}
