package org.scorebook.write;

import java.time.ZonedDateTime;
import java.util.List;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Severity;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.TextWidth;

/**
 * The first sheet of a workbook whose kind reviews rather than scores: the title and a status line
 * (frozen), a table of the projects (工作表 linked, 项目名称, 单位, 年度金额, 错误, 提示, 建议等级), then every finding
 * of every project (序号, the cell linked, 指标, 类型, 审核意见) with its header repeated on each printed
 * page, and the footer. Landscape A4, one page wide.
 */
final class ReviewSheet {
  private static final Look LINK = ScoreSheetGrid.TEXT.withLink();
  private static final Look COUNT = ScoreSheetGrid.CENTERED;
  private static final Look ERRORS = ScoreSheetGrid.CENTERED.fill(Fill.ERROR);
  private static final Look WARNINGS = ScoreSheetGrid.CENTERED.fill(Fill.WARNING);
  private static final Look AMOUNT = Look.PLAIN.withBorder().format("#,##0.00##");

  /** The project table's columns, left to right; the findings share the grid. */
  private static final List<String> PROJECT_HEADERS =
      List.of(
          "review.sheet.sheet",
          "review.sheet.name",
          "review.sheet.unit",
          "review.sheet.amount",
          "review.sheet.errorCount",
          "review.sheet.warningCount",
          "review.sheet.grade");

  /** 序号 | 位置 | 指标 | 类型 over one column each, 审核意见 over the rest. */
  private static final List<String> FINDING_HEADERS =
      List.of(
          "review.sheet.index",
          "review.sheet.where",
          "review.sheet.indicator",
          "review.sheet.kind",
          "review.sheet.text");

  private static final int TEXT_FROM = 4;
  private static final int SHEET_MIN = 8;
  private static final int SHEET_MAX = 24;

  private final ScoreSheetGrid grid;
  private final List<Scorecard> cards;

  private ReviewSheet(ScoreSheetGrid grid, List<Scorecard> cards) {
    this.grid = grid;
    this.cards = List.copyOf(cards);
  }

  /** Lays the review summary of {@code cards}, every one a review, out into an empty sheet. */
  static void draw(
      ScoreSheetSink sink, List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    sink.defaultRowHeight(ScoreSheet.DEFAULT_ROW_POINTS);
    ScoreSheetGrid grid = new ScoreSheetGrid(sink, widths(cards));
    ReviewSheet sheet = new ReviewSheet(grid, cards);
    ScoreSheet.titleLines(
        grid,
        Text.get("review.sheet.title"),
        status(cards),
        cards.stream().anyMatch(Scorecard::hasErrors));
    ScoreSheetSections sections = new ScoreSheetSections(grid);
    sections.start("review.sheet.section.projects");
    sheet.projects();
    sections.start("review.sheet.section.findings");
    int repeated = sheet.findings();
    grid.skip();
    new ScoreSheetNotes(grid, cards.get(0)).footer(version, writtenAt);
    sink.page(ScoreSheet.page(repeated, true));
  }

  /** 工作表 as wide as the longest sheet name within bounds; the rest fixed. */
  private static int[] widths(List<Scorecard> cards) {
    int sheet =
        cards.stream()
            .mapToInt(card -> TextWidth.displayWidth(sheetOf(card)) + 2)
            .max()
            .orElse(SHEET_MIN);
    return new int[] {Math.min(SHEET_MAX, Math.max(SHEET_MIN, sheet)), 28, 20, 14, 8, 8, 30};
  }

  /**
   * One project: 「审核通过，建议等级：优。」 or its errors and grade; several: how many passed. The warnings
   * after either.
   */
  static String status(List<Scorecard> cards) {
    long errors = cards.stream().filter(Scorecard::hasErrors).count();
    long warnings = cards.stream().mapToLong(Scorecard::warningCount).sum();
    String status;
    if (cards.size() == 1) {
      Scorecard card = cards.get(0);
      String grade = card.grade().orElse("-");
      status =
          card.hasErrors()
              ? Text.get("review.sheet.errors", card.errorCount(), grade)
              : Text.get("review.sheet.passed", grade);
    } else {
      status =
          errors == 0
              ? Text.get("review.sheet.projectsClean", cards.size())
              : Text.get("review.sheet.projects", cards.size(), cards.size() - errors, errors);
    }
    return warnings > 0 ? status + Text.get("review.sheet.warnings", warnings) : status;
  }

  // 项目

  private void projects() {
    int header = grid.newRow();
    for (int c = 0; c < PROJECT_HEADERS.size(); c++) {
      grid.text(header, c, Text.get(PROJECT_HEADERS.get(c)), ScoreSheetGrid.HEADER);
    }
    cards.forEach(this::project);
  }

  private void project(Scorecard card) {
    int row = grid.newRow();
    String sheet = sheetOf(card);
    grid.text(row, 0, sheet, LINK);
    link(row, 0, CellRef.sheet(sheet));
    wrapped(row, 1, card.projectName());
    ProjectInfo project = card.evaluation().project();
    wrapped(row, 2, project.field(ProjectInfo.UNIT));
    NumberReading budget = project.budget();
    if (budget.isValue()) {
      grid.number(row, 3, budget.value(), AMOUNT);
    } else {
      wrapped(row, 3, project.field(ProjectInfo.BUDGET));
    }
    grid.number(row, 4, card.errorCount(), card.hasErrors() ? ERRORS : COUNT);
    grid.number(row, 5, card.warningCount(), card.warningCount() > 0 ? WARNINGS : COUNT);
    grid.text(row, 6, card.grade().orElse(""), COUNT);
  }

  private void wrapped(int row, int column, String text) {
    grid.text(row, column, text, ScoreSheetGrid.TEXT);
    grid.fit(row, text, column, column, Look.BODY_POINTS);
  }

  // 审核意见

  /**
   * Every finding of every project, numbered through; a line saying there are none otherwise.
   *
   * @return the header row, repeated on every printed page; -1 when there is no table
   */
  private int findings() {
    if (cards.stream().allMatch(card -> card.messages().isEmpty())) {
      grid.line(Text.get("review.sheet.none"), ScoreSheetGrid.TEXT);
      return -1;
    }
    int header = grid.newRow();
    for (int part = 0; part < TEXT_FROM; part++) {
      grid.text(header, part, Text.get(FINDING_HEADERS.get(part)), ScoreSheetGrid.HEADER);
    }
    grid.merged(
        header,
        TEXT_FROM,
        grid.last(),
        Text.get(FINDING_HEADERS.get(TEXT_FROM)),
        ScoreSheetGrid.HEADER);
    int index = 0;
    for (Scorecard card : cards) {
      for (Message message : card.messages()) {
        finding(++index, message);
      }
    }
    return header;
  }

  private void finding(int index, Message message) {
    int row = grid.newRow();
    grid.number(row, 0, index, COUNT);
    CellRef where = message.where();
    boolean linked = !where.sheet().isEmpty() && grid.sink().hasSheet(where.sheet());
    grid.text(row, 1, where.toString(), linked ? LINK : ScoreSheetGrid.TEXT);
    if (linked) {
      link(row, 1, where);
    }
    wrapped(row, 2, message.code());
    grid.text(
        row,
        3,
        message.severity().label(),
        message.severity() == Severity.ERROR ? ERRORS : WARNINGS);
    grid.merged(row, TEXT_FROM, grid.last(), message.text(), ScoreSheetGrid.TEXT);
  }

  /** A link to the cell, or to the sheet's first cell for a finding about a whole sheet. */
  private void link(int row, int column, CellRef where) {
    grid.sink()
        .link(
            row,
            column,
            "'" + where.sheet().replace("'", "''") + "'!" + (where.hasCell() ? where.a1() : "A1"));
  }

  private static String sheetOf(Scorecard card) {
    return card.evaluation().indicators().sheetName();
  }
}
