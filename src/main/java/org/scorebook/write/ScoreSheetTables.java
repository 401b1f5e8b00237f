package org.scorebook.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The score tables of the score sheet, laid out as the seed reports do: the level-1 table (their
 * 表3, with the total and grade) and the whole tree indented by level (their 表5); for the
 * self-evaluation form also its funds table and its tree in the form's own columns. The total and
 * grade are shown only when the scorecard has them, which it does not when there is any error.
 */
final class ScoreSheetTables {
  private static final Look TOTAL_TEXT = ScoreSheetGrid.CENTERED.withBold().fill(Fill.TOTAL);
  private static final Look TOTAL_SCORE = ScoreSheetGrid.SCORE.withBold().fill(Fill.TOTAL);
  private static final Look TOTAL_RATE = ScoreSheetGrid.RATE.withBold().fill(Fill.TOTAL);
  private static final Look BLOCKED = ScoreSheetGrid.TEXT.withBold().fill(Fill.ERROR);
  private static final Look FUNDS_AMOUNT = Look.PLAIN.withBorder().format("#,##0.00##");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final String SCORED_FUNDS_LINE = "年度资金总额";

  /**
   * How the level-one table and the total rows are laid out: the indicator's name over columns 0 to
   * {@code nameTo}, then 分值, 得分 and 得分率 (the rate up to the last column), and their texts.
   *
   * @param codes whether a level-one indicator is shown with its code ({@code A 项目决策})
   */
  record LevelOneColumns(
      int nameTo,
      String nameKey,
      String fullKey,
      String scoreKey,
      String rateKey,
      String totalKey,
      boolean codes) {
    static final LevelOneColumns CONTRACT_V1 =
        new LevelOneColumns(
            1,
            "scoresheet.col.indicator",
            "scoresheet.col.full",
            "scoresheet.col.score",
            "scoresheet.col.rate",
            "scoresheet.total",
            true);
    static final LevelOneColumns FORM =
        new LevelOneColumns(
            FormColumns.ACTUAL,
            "scoresheet.form.col.levelOne",
            "scoresheet.form.col.full",
            "scoresheet.form.col.score",
            "scoresheet.form.col.rate",
            "scoresheet.form.total",
            false);

    int full() {
      return nameTo + 1;
    }
  }

  /** The columns of the self-evaluation form's tree, which the form's other blocks line up with. */
  static final class FormColumns {
    static final int FIRST = 0;
    static final int SECOND = 1;
    static final int THIRD = 2;
    static final int TARGET = 3;
    static final int ACTUAL = 4;
    static final int FULL = 5;
    static final int SCORE = 6;
    static final int RATE = 7;
    static final int REASON = 8;
    static final int COUNT = 9;

    private FormColumns() {}
  }

  private final ScoreSheetGrid grid;
  private final Scorecard card;

  ScoreSheetTables(ScoreSheetGrid grid, Scorecard card) {
    this.grid = grid;
    this.card = card;
  }

  /** 表3: 指标 | 满分值 | 评价分值 | 得分率, one row per top-level indicator, then 合计 and the grade. */
  void levelOne() {
    levelOne(LevelOneColumns.CONTRACT_V1);
  }

  /** The level-one table laid out as {@code columns} says, then the total and the grade. */
  void levelOne(LevelOneColumns columns) {
    int full = columns.full();
    int header = grid.newRow();
    grid.merged(header, 0, columns.nameTo(), Text.get(columns.nameKey()), ScoreSheetGrid.HEADER);
    grid.text(header, full, Text.get(columns.fullKey()), ScoreSheetGrid.HEADER);
    grid.text(header, full + 1, Text.get(columns.scoreKey()), ScoreSheetGrid.HEADER);
    grid.merged(header, full + 2, grid.last(), Text.get(columns.rateKey()), ScoreSheetGrid.HEADER);
    for (ScoredIndicator indicator : card.levelOne()) {
      int row = grid.newRow();
      String name = columns.codes() ? indicator.code() + " " + indicator.name() : indicator.name();
      grid.merged(row, 0, columns.nameTo(), name, ScoreSheetGrid.TEXT);
      numbers(row, full, grid.last(), indicator, false);
    }
    totalRow(columns, grid.last());
    gradeRow(columns);
  }

  /**
   * 表5: 指标编码 | 指标名称 | 满分值 | 得分 | 得分率 for every indicator, names indented by level and parents in
   * bold, then 合计.
   *
   * @return the index of the header row, to repeat on every printed page
   */
  int tree() {
    int header = grid.newRow();
    headers(
        header,
        List.of(
            "scoresheet.col.code",
            "scoresheet.col.name",
            "scoresheet.col.full",
            "scoresheet.col.treeScore",
            "scoresheet.col.rate"));
    for (ScoredIndicator indicator : card.indicators()) {
      treeRow(indicator);
    }
    totalRow(LevelOneColumns.CONTRACT_V1, grid.last());
    return header;
  }

  private void headers(int header, List<String> keys) {
    for (int c = 0; c < keys.size(); c++) {
      grid.text(header, c, Text.get(keys.get(c)), ScoreSheetGrid.HEADER);
    }
  }

  private void treeRow(ScoredIndicator indicator) {
    int row = grid.newRow();
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
    numbers(row, 2, 4, indicator, !indicator.leaf());
  }

  // The self-evaluation form

  /**
   * 项目资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: the form's funds lines as it shows them, with
   * the budget line's 分值, 执行率 and 得分 on 年度资金总额 (or the first line).
   */
  void funds(PrintedForm form) {
    int header = grid.newRow();
    grid.merged(header, 0, 1, Text.get("scoresheet.form.funds.label"), ScoreSheetGrid.HEADER);
    List<String> titles =
        List.of(
            "scoresheet.form.funds.planned",
            "scoresheet.form.funds.budget",
            "scoresheet.form.funds.executed",
            "scoresheet.form.col.full",
            "scoresheet.form.funds.rate",
            "scoresheet.form.col.score");
    for (int i = 0; i < titles.size(); i++) {
      grid.text(header, 2 + i, Text.get(titles.get(i)), ScoreSheetGrid.HEADER);
    }
    List<PrintedForm.FundsLine> lines = form.funds();
    int scored = scoredLine(lines);
    Optional<ScoredIndicator> budgetLine = budgetLine();
    for (int i = 0; i < lines.size(); i++) {
      PrintedForm.FundsLine line = lines.get(i);
      int row = grid.newRow();
      grid.merged(row, 0, 1, line.label(), ScoreSheetGrid.TEXT);
      amount(row, FormColumns.THIRD, line.planned());
      amount(row, FormColumns.TARGET, line.budget());
      amount(row, FormColumns.ACTUAL, line.executed());
      if (i == scored && budgetLine.isPresent()) {
        ScoredIndicator budget = budgetLine.get();
        grid.number(row, FormColumns.FULL, budget.full(), ScoreSheetGrid.SCORE);
        grid.number(
            row, FormColumns.SCORE, card.executionRate().orElse(Double.NaN), ScoreSheetGrid.RATE);
        grid.number(row, FormColumns.RATE, budget.score().orElse(Double.NaN), ScoreSheetGrid.SCORE);
      } else {
        for (int c = FormColumns.FULL; c <= FormColumns.RATE; c++) {
          grid.styled(row, c, ScoreSheetGrid.CENTERED);
        }
      }
    }
  }

  private static int scoredLine(List<PrintedForm.FundsLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).label().replaceAll("\\s", "").contains(SCORED_FUNDS_LINE)) {
        return i;
      }
    }
    return 0;
  }

  /** An amount as a number when the form shows a plain one, otherwise as the form shows it. */
  private void amount(int row, int column, String shown) {
    String compact = shown.strip().replace(",", "");
    if (PLAIN_NUMBER.matcher(compact).matches()) {
      grid.number(row, column, Double.parseDouble(compact), FUNDS_AMOUNT);
    } else {
      grid.text(row, column, shown.strip(), ScoreSheetGrid.CENTERED);
    }
  }

  private Optional<ScoredIndicator> budgetLine() {
    Function<ScoredIndicator, Optional<IndicatorRow>> sources = sources(card);
    return card.indicators().stream()
        .filter(
            i ->
                sources
                    .apply(i)
                    .filter(row -> row.method() == ScoringMethod.BUDGET_EXECUTION)
                    .isPresent())
        .findFirst();
  }

  /** The row as read each scored indicator comes from: the same sheet row and shown code. */
  static Function<ScoredIndicator, Optional<IndicatorRow>> sources(Scorecard card) {
    Map<String, IndicatorRow> rows = new HashMap<>();
    for (IndicatorRow row : card.evaluation().indicators().rows()) {
      rows.putIfAbsent(row.row() + "/" + row.shownCode(), row);
    }
    return indicator -> Optional.ofNullable(rows.get(indicator.row() + "/" + indicator.code()));
  }

  /**
   * 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 得分率 | 偏差原因分析及改进措施 for every indicator: a leaf
   * with what the form says of it, a parent as the subtotal of its leaves, in bold; then 总分.
   *
   * @return the index of the header row, to repeat on every printed page
   */
  int formTree() {
    int header = grid.newRow();
    headers(
        header,
        List.of(
            "scoresheet.form.col.levelOne",
            "scoresheet.form.col.levelTwo",
            "scoresheet.form.col.levelThree",
            "scoresheet.form.col.target",
            "scoresheet.form.col.actual",
            "scoresheet.form.col.full",
            "scoresheet.form.col.score",
            "scoresheet.form.col.rate",
            "scoresheet.form.col.reason"));
    Function<ScoredIndicator, Optional<IndicatorRow>> sources = sources(card);
    for (ScoredIndicator indicator : card.indicators()) {
      formTreeRow(indicator, sources.apply(indicator));
    }
    totalRow(LevelOneColumns.FORM, FormColumns.RATE);
    return header;
  }

  private void formTreeRow(ScoredIndicator indicator, Optional<IndicatorRow> source) {
    int row = grid.newRow();
    boolean parent = !indicator.leaf();
    Look look = parent ? ScoreSheetGrid.TEXT.withBold() : ScoreSheetGrid.TEXT;
    // A leaf is a 三级指标 row of the form, except the budget line, which is a level-one leaf.
    int nameColumn =
        parent || indicator.level() == 1
            ? Math.min(indicator.level() - 1, FormColumns.THIRD)
            : FormColumns.THIRD;
    for (int c = 0; c <= FormColumns.ACTUAL; c++) {
      grid.styled(row, c, look);
    }
    cell(row, nameColumn, indicator.name(), look);
    if (!parent && source.isPresent()) {
      cell(row, FormColumns.TARGET, source.get().targetText(), look);
      cell(row, FormColumns.ACTUAL, source.get().actualText(), look);
    }
    numbers(row, FormColumns.FULL, FormColumns.RATE, indicator, parent);
    cell(
        row,
        FormColumns.REASON,
        parent ? "" : source.map(IndicatorRow::reason).orElse("").strip(),
        ScoreSheetGrid.TEXT);
  }

  private void cell(int row, int column, String text, Look look) {
    grid.text(row, column, text, look);
    grid.fit(row, text, column, column, Look.BODY_POINTS);
  }

  /** 分值, 得分 and 得分率 from column {@code at}, the rate reaching to {@code rateTo}. */
  private void numbers(int row, int at, int rateTo, ScoredIndicator indicator, boolean bold) {
    Look scoreLook = bold ? ScoreSheetGrid.SCORE.withBold() : ScoreSheetGrid.SCORE;
    Look rateLook = bold ? ScoreSheetGrid.RATE.withBold() : ScoreSheetGrid.RATE;
    double full = indicator.full();
    OptionalDouble score = indicator.score();
    grid.number(row, at, full > 0 ? full : Double.NaN, scoreLook);
    grid.number(row, at + 1, score.orElse(Double.NaN), scoreLook);
    grid.number(row, at + 2, rateTo, indicator.rate().orElse(Double.NaN), rateLook);
  }

  /**
   * 合计 (or 总分): the top-level full scores' sum, and the total and its rate when there is a total;
   * the rate reaches to {@code rateTo}, columns after it are left empty in the same look.
   */
  private void totalRow(LevelOneColumns columns, int rateTo) {
    int row = grid.newRow();
    int at = columns.full();
    grid.merged(row, 0, columns.nameTo(), Text.get(columns.totalKey()), TOTAL_TEXT);
    double full = card.levelOne().stream().mapToDouble(ScoredIndicator::full).sum();
    OptionalDouble total = shownTotal();
    grid.number(row, at, full > 0 ? full : Double.NaN, TOTAL_SCORE);
    grid.number(row, at + 1, total.orElse(Double.NaN), TOTAL_SCORE);
    grid.number(
        row,
        at + 2,
        rateTo,
        total.isPresent() && full > 0 ? total.getAsDouble() / full : Double.NaN,
        TOTAL_RATE);
    for (int c = rateTo + 1; c <= grid.last(); c++) {
      grid.styled(row, c, TOTAL_TEXT);
    }
  }

  /** 评价等级 and the grade, or with errors a line saying why there is neither total nor grade. */
  private void gradeRow(LevelOneColumns columns) {
    int row = grid.newRow();
    if (card.hasErrors()) {
      grid.merged(
          row, 0, grid.last(), Text.get("scoresheet.blockedShort", card.errorCount()), BLOCKED);
      return;
    }
    grid.merged(row, 0, columns.nameTo(), Text.get("scoresheet.grade"), TOTAL_TEXT);
    grid.merged(
        row,
        columns.full(),
        grid.last(),
        card.grade().orElse(""),
        TOTAL_TEXT.align(HorizontalAlignment.CENTER));
  }

  private OptionalDouble shownTotal() {
    return card.hasErrors() ? OptionalDouble.empty() : card.total();
  }
}
