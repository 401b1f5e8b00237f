package org.scorebook.write;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The two score tables of the score sheet, laid out as the seed reports do: the level-1 table
 * (their 表3, with the total and grade) and the whole tree indented by level (their 表5). The total
 * and grade are shown only when the scorecard has them, which it does not when there is any error.
 */
final class ScoreSheetTables {
  private static final Look TOTAL_TEXT = ScoreSheetGrid.CENTERED.withBold().fill(Fill.TOTAL);
  private static final Look TOTAL_SCORE = ScoreSheetGrid.SCORE.withBold().fill(Fill.TOTAL);
  private static final Look TOTAL_RATE = ScoreSheetGrid.RATE.withBold().fill(Fill.TOTAL);
  private static final Look BLOCKED = ScoreSheetGrid.TEXT.withBold().fill(Fill.ERROR);

  private final ScoreSheetGrid grid;
  private final Scorecard card;

  ScoreSheetTables(ScoreSheetGrid grid, Scorecard card) {
    this.grid = grid;
    this.card = card;
  }

  /** 表3: 指标 | 满分值 | 评价分值 | 得分率, one row per top-level indicator, then 合计 and the grade. */
  void levelOne() {
    Row header = grid.newRow();
    grid.merged(header, 0, 1, Text.get("scoresheet.col.indicator"), ScoreSheetGrid.HEADER);
    grid.text(header, 2, Text.get("scoresheet.col.full"), ScoreSheetGrid.HEADER);
    grid.text(header, 3, Text.get("scoresheet.col.score"), ScoreSheetGrid.HEADER);
    grid.text(header, 4, Text.get("scoresheet.col.rate"), ScoreSheetGrid.HEADER);
    for (ScoredIndicator indicator : card.levelOne()) {
      Row row = grid.newRow();
      grid.merged(row, 0, 1, indicator.code() + " " + indicator.name(), ScoreSheetGrid.TEXT);
      numbers(row, indicator.full(), indicator.score(), indicator.rate(), false);
    }
    totalRow();
    gradeRow();
  }

  /**
   * 表5: 指标编码 | 指标名称 | 满分值 | 得分 | 得分率 for every indicator, names indented by level and parents in
   * bold, then 合计.
   *
   * @return the index of the header row, to repeat on every printed page
   */
  int tree() {
    Row header = grid.newRow();
    List<String> titles =
        List.of(
            "scoresheet.col.code",
            "scoresheet.col.name",
            "scoresheet.col.full",
            "scoresheet.col.treeScore",
            "scoresheet.col.rate");
    for (int c = 0; c < titles.size(); c++) {
      grid.text(header, c, Text.get(titles.get(c)), ScoreSheetGrid.HEADER);
    }
    for (ScoredIndicator indicator : card.indicators()) {
      treeRow(indicator);
    }
    totalRow();
    return header.getRowNum();
  }

  private void treeRow(ScoredIndicator indicator) {
    Row row = grid.newRow();
    Look name = ScoreSheetGrid.TEXT.indent(Math.max(0, indicator.level() - 1));
    Look code = ScoreSheetGrid.TEXT;
    if (!indicator.leaf()) {
      name = name.withBold();
      code = code.withBold();
    }
    grid.text(row, 0, indicator.code(), code);
    grid.text(row, 1, indicator.name(), name);
    grid.fit(
        row,
        ScoreSheetWidths.indentPad(indicator.level()) + indicator.name(),
        1,
        1,
        Look.BODY_POINTS);
    numbers(row, indicator.full(), indicator.score(), indicator.rate(), !indicator.leaf());
  }

  private void numbers(
      Row row, double full, OptionalDouble score, OptionalDouble rate, boolean bold) {
    Look scoreLook = bold ? ScoreSheetGrid.SCORE.withBold() : ScoreSheetGrid.SCORE;
    Look rateLook = bold ? ScoreSheetGrid.RATE.withBold() : ScoreSheetGrid.RATE;
    grid.number(row, 2, full > 0 ? full : Double.NaN, scoreLook);
    grid.number(row, 3, score.orElse(Double.NaN), scoreLook);
    grid.number(row, 4, rate.orElse(Double.NaN), rateLook);
  }

  /** 合计: the top-level full scores' sum, and the total and its rate when there is a total. */
  private void totalRow() {
    Row row = grid.newRow();
    grid.merged(row, 0, 1, Text.get("scoresheet.total"), TOTAL_TEXT);
    double full = card.levelOne().stream().mapToDouble(ScoredIndicator::full).sum();
    OptionalDouble total = shownTotal();
    grid.number(row, 2, full > 0 ? full : Double.NaN, TOTAL_SCORE);
    grid.number(row, 3, total.orElse(Double.NaN), TOTAL_SCORE);
    grid.number(
        row,
        4,
        total.isPresent() && full > 0 ? total.getAsDouble() / full : Double.NaN,
        TOTAL_RATE);
  }

  /** 评价等级 and the grade, or with errors a line saying why there is neither total nor grade. */
  private void gradeRow() {
    Row row = grid.newRow();
    if (card.hasErrors()) {
      grid.merged(
          row,
          0,
          ScoreSheetGrid.LAST,
          Text.get("scoresheet.blockedShort", card.errorCount()),
          BLOCKED);
      return;
    }
    grid.merged(row, 0, 1, Text.get("scoresheet.grade"), TOTAL_TEXT);
    grid.merged(
        row,
        2,
        ScoreSheetGrid.LAST,
        card.grade().orElse(""),
        TOTAL_TEXT.align(HorizontalAlignment.CENTER));
  }

  private OptionalDouble shownTotal() {
    return card.hasErrors() ? OptionalDouble.empty() : card.total();
  }
}
