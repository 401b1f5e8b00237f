package org.scorebook.kinds.selfevaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NotApplicableRow;
import org.scorebook.model.NumberReading;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;
import org.scorebook.read.CellGrid;
import org.scorebook.read.CellNumbers;
import org.scorebook.read.Emails;
import org.scorebook.read.GradeSheets;
import org.scorebook.read.GridCell;
import org.scorebook.read.GridSheet;
import org.scorebook.read.Labels;
import org.scorebook.read.MoneyScale;
import org.scorebook.read.NotApplicableMarks;
import org.scorebook.read.SheetCells;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * Reads the self-evaluation form in one sheet into the model every kind shares. Every field is
 * found by its label, never by a fixed cell: the header block's values in the next filled cell to
 * the right, the funds block and the indicator table by their header rows. The indicator tree comes
 * from the 一级指标 / 二级指标 / 三级指标 columns (merged down or repeated), with codes generated in the
 * template's style (A, A1, A1.1) and shown by name; the budget line becomes the level-one indicator
 * 预算执行, after the table's own.
 */
final class SelfEvaluationSheet {
  private static final Pattern YEAR = Pattern.compile("[（(]?(\\d{4})年度?[)）]?");
  private static final List<String> LEVEL_HEADERS = List.of("一级指标", "二级指标", "三级指标");

  /** 年度指标值 as the national form heads it, then as provinces re-type it. */
  private static final List<String> TARGET_HEADERS = List.of("年度指标值", "年度目标值", "指标值");

  private static final List<String> ACTUAL_HEADERS = List.of("实际完成值", "全年实际完成值", "实际值");
  private static final String FUNDS_HEADER = "项目资金";
  private static final String SCORED_FUNDS_LINE = "年度资金总额";
  private static final String BUDGET_LABEL = "全年预算数";
  private static final String EXECUTED_LABEL = "全年执行数";
  private static final String GOAL_EXPECTED = "预期目标";
  private static final String GOAL_ACHIEVED = "实际完成情况";
  private static final List<String> TOTAL_LABELS = List.of("总分", "合计", "总计");
  private static final Map<String, List<String>> TRAILING_FIELDS =
      Map.of(
          ProjectInfo.EMAIL, List.of("联系邮箱", "电子邮箱", "邮箱", "E-mail"),
          ProjectInfo.EVALUATOR_PERSON, List.of(ProjectInfo.EVALUATOR_PERSON),
          ProjectInfo.PANEL_RULE, List.of(ProjectInfo.PANEL_RULE));

  /** The 分值 of the budget line when the form leaves it blank, as the national form prints it. */
  private static final double BUDGET_LINE_FULL = 10;

  private final GridSheet sheet;
  private final String sheetName;
  private final List<Message> messages = new ArrayList<>();
  private final SheetCells cells;

  /** Merged 分值 ranges already reported, so that each is reported once. */
  private final Set<GridSheet.Region> reportedMerges = new HashSet<>();

  SelfEvaluationSheet(CellGrid grid, GridSheet sheet) {
    this.sheet = sheet;
    this.sheetName = sheet.name();
    this.cells = new SheetCells(grid, messages);
  }

  Evaluation read(String source) throws UnreadableWorkbookException {
    return readUnlessBlank(source)
        .orElseThrow(() -> UnreadableWorkbookException.noIndicators(Text.get("read.form.empty")));
  }

  /** The form's evaluation; empty when nothing has been filled in yet. */
  Optional<Evaluation> readUnlessBlank(String source) throws UnreadableWorkbookException {
    int tableHeader =
        findRow(row -> hasAll(row, LEVEL_HEADERS) && hasAny(row, TARGET_HEADERS))
            .orElseThrow(
                () ->
                    UnreadableWorkbookException.noIndicators(
                        Text.get("read.form.noIndicatorHeader", sheetName)));
    Map<String, Integer> tableColumns = headerColumns(tableHeader);
    Optional<Funds> funds = readFunds(tableHeader);
    Table table = readTable(tableHeader, tableColumns, funds);
    if (isBlank(table.sheet(), funds)) {
      return Optional.empty();
    }
    ProjectInfo project = readProject(tableHeader, funds);
    Optional<GradeSheet> grades = new GradeSheets(cells, messages).read();
    SelfEvaluationForm form =
        new SelfEvaluationForm(
            new PrintedForm(
                sheetName,
                funds.map(Funds::lines).orElse(List.of()),
                goal(tableHeader, GOAL_EXPECTED),
                goal(tableHeader, GOAL_ACHIEVED),
                funds.flatMap(Funds::rateCell),
                table.totalCell(),
                table.gradeCell()));
    return Optional.of(
        new Evaluation(
            SelfEvaluation.IDENTITY,
            source,
            project,
            List.of(),
            table.sheet(),
            grades,
            Findings.NONE,
            messages,
            cells.findSheet(SheetNames.SCORE_SHEET).isPresent(),
            Optional.of(form)));
  }

  /**
   * Whether nothing has been filled in yet: no 三级指标 has a target, an actual, a 分值 or a 得分, none is
   * marked as not applicable, and the scored funds line has no amounts (the blank form, as the
   * template or the national form comes).
   */
  private static boolean isBlank(IndicatorSheet table, Optional<Funds> funds) {
    boolean noLeafFilled =
        table.notApplicable().isEmpty()
            && table.rows().stream()
                .filter(row -> row.method() == ScoringMethod.ANNUAL_TARGET)
                .allMatch(
                    row ->
                        row.targetText().isEmpty()
                            && row.actualText().isEmpty()
                            && row.full().isBlank()
                            && row.manual().isBlank());
    boolean noAmounts =
        funds.isEmpty() || funds.get().budget().isBlank() && funds.get().executed().isBlank();
    return noLeafFilled && noAmounts;
  }

  // Finding labels

  /** The first row, from the top, that {@code test} accepts. */
  private Optional<Integer> findRow(Predicate<Integer> test) {
    for (int r = Math.max(sheet.firstRow(), 0); r <= sheet.lastRow(); r++) {
      if (test.test(r)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private boolean has(int row, String label) {
    return columnOf(row, label::equals).isPresent();
  }

  private boolean hasAny(int row, List<String> labels) {
    return labels.stream().anyMatch(label -> has(row, label));
  }

  private boolean hasAll(int row, List<String> labels) {
    return labels.stream().allMatch(label -> has(row, label));
  }

  /** The first column of {@code row} whose label {@code test} accepts. */
  private Optional<Integer> columnOf(int row, Predicate<String> test) {
    GridSheet.GridRow cellsOfRow = sheet.row(row);
    if (cellsOfRow == null) {
      return Optional.empty();
    }
    for (GridCell cell : cellsOfRow.cells()) {
      if (test.test(label(cells.text(cell)))) {
        return Optional.of(cell.column());
      }
    }
    return Optional.empty();
  }

  /** A label as the form is compared: no spaces, no trailing colon or unit in brackets. */
  private static String label(String text) {
    return Labels.label(Labels.compact(text));
  }

  /** Column of each label in {@code row}; the deviation column by its first words. */
  private Map<String, Integer> headerColumns(int row) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    GridSheet.GridRow header = sheet.row(row);
    if (header != null) {
      for (GridCell cell : header.cells()) {
        String label = label(cells.text(cell));
        if (label.startsWith("偏差原因")) {
          label = SelfEvaluationForm.DEVIATION_HEADER;
        }
        if (!label.isEmpty()) {
          columns.putIfAbsent(label, cell.column());
        }
      }
    }
    return columns;
  }

  /** The column right of {@code column} where the value of a label merged over it begins. */
  private int afterMerge(int row, int column) {
    for (GridSheet.Region region : sheet.mergedRegions()) {
      if (region.isInRange(row, column)) {
        return region.lastColumn() + 1;
      }
    }
    return column + 1;
  }

  /** The next filled cell right of the label at ({@code row}, {@code column}), if any. */
  private Optional<CellRef> valueRightOf(int row, int column) {
    GridSheet.GridRow cellsOfRow = sheet.row(row);
    if (cellsOfRow == null) {
      return Optional.empty();
    }
    for (int c = afterMerge(row, column); c < cellsOfRow.lastCellNum(); c++) {
      if (!cells.text(sheet, row, c).isEmpty()) {
        return Optional.of(CellRef.of(sheetName, row, c));
      }
    }
    return Optional.empty();
  }

  // The header block

  private ProjectInfo readProject(int tableHeader, Optional<Funds> funds) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, CellRef> where = new LinkedHashMap<>();
    headerField(ProjectInfo.NAME, List.of("项目名称"), tableHeader, fields, where);
    headerField(ProjectInfo.DEPARTMENT, List.of("主管部门"), tableHeader, fields, where);
    headerField(ProjectInfo.UNIT, List.of("实施单位", "项目单位"), tableHeader, fields, where);
    year(tableHeader).ifPresent(year -> fields.put(ProjectInfo.YEAR, year));
    // The contact's address, who scored the form and, for a panel's result, its members and rule:
    // label/value pairs a unit or Scorebook adds, often in the signature block under the table.
    TRAILING_FIELDS.forEach(
        (key, labels) -> headerField(key, labels, sheet.lastRow() + 1, fields, where));
    funds.ifPresent(
        f -> {
          where.put(ProjectInfo.BUDGET, f.budgetCell());
          where.put(ProjectInfo.SPENDING, f.executedCell());
        });
    return new ProjectInfo(
        sheetName,
        fields,
        where,
        funds.map(Funds::budget).orElse(NumberReading.BLANK),
        funds.map(Funds::executed).orElse(NumberReading.BLANK),
        Emails.split(fields.getOrDefault(ProjectInfo.EMAIL, "")));
  }

  /**
   * Files the value right of the first of {@code labels} found above row {@code before} under
   * {@code key}; a label with nothing after it points at the cell after it, so a message about the
   * empty value lands there.
   */
  private void headerField(
      String key,
      List<String> labels,
      int before,
      Map<String, String> fields,
      Map<String, CellRef> where) {
    for (String wanted : labels) {
      for (int r = Math.max(sheet.firstRow(), 0); r < before; r++) {
        Optional<Integer> column = columnOf(r, wanted::equals);
        if (column.isPresent()) {
          int labelRow = r;
          Optional<CellRef> value = valueRightOf(r, column.get());
          fields.put(key, value.map(v -> cells.text(sheet, v.row(), v.column())).orElse(""));
          where.put(
              key,
              value.orElse(CellRef.of(sheetName, labelRow, afterMerge(labelRow, column.get()))));
          return;
        }
      }
    }
  }

  /** The year of the line under the title, {@code （2019年度）}, or of the title itself. */
  private Optional<String> year(int tableHeader) {
    for (int r = Math.max(sheet.firstRow(), 0); r < tableHeader; r++) {
      GridSheet.GridRow row = sheet.row(r);
      if (row == null) {
        continue;
      }
      for (GridCell cell : row.cells()) {
        String text = Labels.compact(cells.text(cell));
        if (text.contains("年度")) {
          Matcher year = YEAR.matcher(text);
          if (year.find()) {
            return Optional.of(year.group(1));
          }
        }
      }
    }
    return Optional.empty();
  }

  private String goal(int tableHeader, String label) {
    Optional<Integer> row =
        findRow(r -> r < tableHeader && has(r, GOAL_EXPECTED) && has(r, GOAL_ACHIEVED));
    if (row.isEmpty()) {
      return "";
    }
    int column = columnOf(row.get(), label::equals).orElseThrow();
    return cells.mergedText(sheet, row.get() + 1, column);
  }

  // The funds block

  /**
   * The funds block: its lines as shown, and the scored line's amounts.
   *
   * @param row the 年度资金总额 line, which is scored
   * @param unit the unit the block's header gives its amounts in (万元 when it names none)
   */
  private record Funds(
      int row,
      List<PrintedForm.FundsLine> lines,
      Map<IndicatorColumn, Integer> columns,
      NumberReading budget,
      NumberReading executed,
      NumberReading full,
      NumberReading typedScore,
      String typedShown,
      CellRef budgetCell,
      CellRef executedCell,
      Optional<CellRef> rateCell,
      CellNumbers.MoneyUnit unit) {}

  private Optional<Funds> readFunds(int tableHeader) {
    Optional<Integer> header =
        findRow(r -> r < tableHeader && columnOf(r, l -> l.startsWith(FUNDS_HEADER)).isPresent());
    if (header.isEmpty()) {
      messages.add(
          Message.warning(
              CellRef.of(sheetName, tableHeader, 0), "", Text.get("read.form.noFunds")));
      return Optional.empty();
    }
    int h = header.get();
    int labelColumn = columnOf(h, l -> l.startsWith(FUNDS_HEADER)).orElseThrow();
    String headerText = cells.text(sheet, h, labelColumn);
    CellNumbers.MoneyUnit unit =
        CellNumbers.MoneyUnit.named(Labels.unit(headerText)).orElse(CellNumbers.MoneyUnit.WAN_YUAN);
    Map<String, Integer> byLabel = headerColumns(h);
    Integer planned = byLabel.get("年初预算数");
    Integer budget = byLabel.get(BUDGET_LABEL);
    Integer executed = byLabel.get(EXECUTED_LABEL);
    if (budget == null || executed == null) {
      messages.add(
          Message.error(
              CellRef.of(sheetName, h, labelColumn), "", Text.get("read.form.fundsColumns")));
      return Optional.empty();
    }
    FundsRows rows = fundsRows(h, tableHeader, labelColumn, planned, budget, executed, unit);
    if (rows.lines().isEmpty()) {
      messages.add(
          Message.error(
              CellRef.of(sheetName, h, labelColumn), "", Text.get("read.form.noFundsLine")));
      return Optional.empty();
    }
    if (unit == CellNumbers.MoneyUnit.YUAN) {
      messages.add(
          Message.warning(
              CellRef.of(sheetName, h, labelColumn),
              "",
              Text.get("read.form.fundsInYuan", Labels.trim(headerText))));
    }
    Map<IndicatorColumn, Integer> columns = fundsColumns(labelColumn, budget, executed, byLabel);
    return Optional.of(funds(rows, columns, byLabel.get("执行率"), unit));
  }

  /** The funds block's lines and the row of the one scored (年度资金总额, else the first). */
  private record FundsRows(List<PrintedForm.FundsLine> lines, int scored) {}

  private FundsRows fundsRows(
      int header,
      int tableHeader,
      int labelColumn,
      Integer planned,
      int budget,
      int executed,
      CellNumbers.MoneyUnit unit) {
    List<PrintedForm.FundsLine> lines = new ArrayList<>();
    int scored = -1;
    for (int r = header + 1; r < tableHeader; r++) {
      String name = fundsLabel(r, labelColumn, budget);
      if (name.isEmpty() || isGoalRow(r)) {
        break;
      }
      lines.add(
          new PrintedForm.FundsLine(
              name,
              shownInWanYuan(r, planned, unit),
              shownInWanYuan(r, budget, unit),
              shownInWanYuan(r, executed, unit)));
      if (scored < 0 && Labels.compact(name).contains(SCORED_FUNDS_LINE)) {
        scored = r;
      }
    }
    return new FundsRows(lines, scored < 0 ? header + 1 : scored);
  }

  /** The funds line read as an indicator row: label, 预算数 as target, 执行数 as actual. */
  private static Map<IndicatorColumn, Integer> fundsColumns(
      int labelColumn, int budget, int executed, Map<String, Integer> byLabel) {
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    columns.put(IndicatorColumn.CODE, labelColumn);
    columns.put(IndicatorColumn.NAME, labelColumn);
    columns.put(IndicatorColumn.TARGET, budget);
    columns.put(IndicatorColumn.ACTUAL, executed);
    Optional.ofNullable(byLabel.get("分值")).ifPresent(c -> columns.put(IndicatorColumn.FULL, c));
    Optional.ofNullable(byLabel.get("得分"))
        .ifPresent(
            c -> {
              columns.put(IndicatorColumn.MANUAL, c);
              columns.put(IndicatorColumn.SCORE, c);
            });
    return columns;
  }

  private Funds funds(
      FundsRows rows,
      Map<IndicatorColumn, Integer> columns,
      Integer rate,
      CellNumbers.MoneyUnit unit) {
    int scored = rows.scored();
    int budget = columns.get(IndicatorColumn.TARGET);
    int executed = columns.get(IndicatorColumn.ACTUAL);
    SheetCells.ReadAmount budgetAmount = cells.readAmount(sheet, scored, budget, unit);
    SheetCells.ReadAmount executedAmount = cells.readAmount(sheet, scored, executed, unit);
    MoneyScale.check(
        new MoneyScale.Labelled(BUDGET_LABEL, budgetAmount),
        new MoneyScale.Labelled(EXECUTED_LABEL, executedAmount),
        messages);
    Integer full = columns.get(IndicatorColumn.FULL);
    Integer score = columns.get(IndicatorColumn.SCORE);
    GridCell scoreCell = score == null ? null : SheetCells.cell(sheet, scored, score);
    return new Funds(
        scored,
        rows.lines(),
        columns,
        budgetAmount.inWanYuan(),
        executedAmount.inWanYuan(),
        full == null ? NumberReading.BLANK : cells.number(sheet, scored, full, ""),
        cells.numberQuietly(scoreCell),
        cells.shown(scoreCell),
        CellRef.of(sheetName, scored, budget),
        CellRef.of(sheetName, scored, executed),
        rate == null ? Optional.empty() : Optional.of(CellRef.of(sheetName, scored, rate)),
        unit);
  }

  /**
   * A funds amount as the score sheet and report show it under 万元: as typed, or converted to 万元
   * when it is in 元 (by the block's header or a 元 typed after it).
   */
  private String shownInWanYuan(int row, Integer column, CellNumbers.MoneyUnit unit) {
    if (column == null) {
      return "";
    }
    CellNumbers.Amount amount = cells.amountQuietly(sheet, row, column, unit);
    if (amount.unit() == CellNumbers.MoneyUnit.YUAN && amount.inWanYuan().isValue()) {
      return Decimals.plain(amount.inWanYuan().value());
    }
    return cells.text(sheet, row, column);
  }

  /**
   * Whether row {@code r} opens the 年度总体目标 block, whose headings (预期目标, 实际完成情况) may sit under the
   * funds block's columns: the funds lines end there.
   */
  private boolean isGoalRow(int r) {
    return has(r, GOAL_EXPECTED)
        || has(r, GOAL_ACHIEVED)
        || columnOf(r, l -> l.startsWith("年度总体目标")).isPresent();
  }

  /**
   * A funds line's label: the first filled cell from the block's label column to its amounts, past
   * the block's own 项目资金（万元） where that label runs down the side of the lines.
   */
  private String fundsLabel(int row, int labelColumn, int firstAmount) {
    for (int c = labelColumn; c < firstAmount; c++) {
      String text = cells.mergedText(sheet, row, c);
      if (!text.isEmpty() && !text.startsWith(FUNDS_HEADER)) {
        return text;
      }
    }
    return "";
  }

  private IndicatorRow budgetLine(Funds funds, String code) {
    NumberReading full = funds.full().isBlank() ? NumberReading.of(BUDGET_LINE_FULL) : funds.full();
    String name = SelfEvaluationForm.BUDGET_LINE;
    return new IndicatorRow(
        funds.row(),
        code,
        code,
        name,
        name,
        full,
        "",
        funds.budget(),
        funds.executed(),
        funds.typedScore(),
        "",
        funds.typedShown().isEmpty()
            ? IndicatorRow.PreviousValue.NONE
            : new IndicatorRow.PreviousValue(funds.typedScore(), funds.typedShown()),
        false,
        ScoringMethod.BUDGET_EXECUTION,
        Text.get(
            "read.form.budgetLineTarget",
            shownInWanYuan(funds.row(), funds.columns().get(IndicatorColumn.TARGET), funds.unit())),
        Text.get(
            "read.form.budgetLineActual",
            shownInWanYuan(
                funds.row(), funds.columns().get(IndicatorColumn.ACTUAL), funds.unit())));
  }

  // The indicator table

  private record Table(
      IndicatorSheet sheet, Optional<CellRef> totalCell, Optional<CellRef> gradeCell) {}

  private Table readTable(int header, Map<String, Integer> byLabel, Optional<Funds> funds) {
    Map<IndicatorColumn, Integer> columns = tableColumns(header, byLabel);
    int[] levels = LEVEL_HEADERS.stream().mapToInt(byLabel::get).toArray();
    IndicatorSheet layout = new IndicatorSheet(sheetName, header, columns, List.of());
    List<IndicatorRow> rows = new ArrayList<>();
    List<NotApplicableRow> notApplicable = new ArrayList<>();
    CellRef firstMark = null;
    TreeCodes codes = new TreeCodes();
    int total = -1;
    int targetColumn = columns.get(IndicatorColumn.TARGET);
    for (int r = header + 1; r <= sheet.lastRow(); r++) {
      if (isTotalRow(r, targetColumn)) {
        total = r;
        break;
      }
      String first = cells.mergedText(sheet, r, levels[0]);
      String second = cells.mergedText(sheet, r, levels[1]);
      String leaf = cells.text(sheet, r, levels[2]);
      Optional<Integer> mark = notApplicableMark(layout, r, levels[2]);
      if (mark.isPresent()) {
        notApplicable.add(new NotApplicableRow(r, "", typedFull(layout, r)));
        firstMark = firstMark != null ? firstMark : CellRef.of(sheetName, r, mark.get());
        continue;
      }
      if (leaf.isEmpty()) {
        reportSkipped(layout, r);
        continue;
      }
      if (first.isEmpty()) {
        messages.add(
            Message.error(
                CellRef.of(sheetName, r, levels[0]),
                leaf,
                Text.get("read.levelGap", LEVEL_HEADERS.get(0), leaf)));
        continue;
      }
      codes.parents(r, first, second).forEach(rows::add);
      rows.add(leafRow(layout, r, codes.leaf(), leaf));
    }
    Map<Integer, Map<IndicatorColumn, Integer>> rowColumns = new LinkedHashMap<>();
    funds.ifPresent(
        f -> {
          rows.add(budgetLine(f, codes.nextTopLevel()));
          rowColumns.put(f.row(), f.columns());
        });
    NotApplicableMarks.addNote(firstMark, notApplicable, messages);
    IndicatorSheet table =
        new IndicatorSheet(sheetName, header, columns, rows, rowColumns, notApplicable);
    if (total < 0) {
      return new Table(table, Optional.empty(), Optional.empty());
    }
    CellRef totalCell = CellRef.of(sheetName, total, columns.get(IndicatorColumn.SCORE));
    reportBrokenTotal(totalCell);
    return new Table(table, Optional.of(totalCell), Optional.of(gradeCell(total, columns)));
  }

  private static Map<IndicatorColumn, Integer> tableColumns(
      int header, Map<String, Integer> byLabel) {
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    columns.put(IndicatorColumn.CODE, byLabel.get(LEVEL_HEADERS.get(0)));
    columns.put(IndicatorColumn.NAME, byLabel.get(LEVEL_HEADERS.get(2)));
    first(byLabel, TARGET_HEADERS).ifPresent(c -> columns.put(IndicatorColumn.TARGET, c));
    first(byLabel, ACTUAL_HEADERS).ifPresent(c -> columns.put(IndicatorColumn.ACTUAL, c));
    Optional.ofNullable(byLabel.get("分值")).ifPresent(c -> columns.put(IndicatorColumn.FULL, c));
    Optional.ofNullable(byLabel.get("得分"))
        .ifPresent(
            c -> {
              columns.put(IndicatorColumn.MANUAL, c);
              columns.put(IndicatorColumn.SCORE, c);
            });
    Optional.ofNullable(byLabel.get(SelfEvaluationForm.DEVIATION_HEADER))
        .ifPresent(c -> columns.put(IndicatorColumn.REASON, c));
    return columns;
  }

  /** The column of the first of {@code labels} the header has. */
  private static Optional<Integer> first(Map<String, Integer> byLabel, List<String> labels) {
    return labels.stream().filter(byLabel::containsKey).findFirst().map(byLabel::get);
  }

  private IndicatorRow leafRow(IndicatorSheet layout, int r, String code, String name) {
    GridCell scoreCell = cell(layout, r, IndicatorColumn.SCORE);
    String typed = cells.shown(scoreCell);
    NumberReading manual = number(layout, r, IndicatorColumn.MANUAL, name);
    return new IndicatorRow(
        r,
        code,
        code,
        name,
        name,
        full(layout, r, name),
        "",
        NumberReading.BLANK,
        NumberReading.BLANK,
        manual,
        cells.mergedText(sheet, r, layout.column(IndicatorColumn.REASON).orElse(-1)),
        typed.isEmpty()
            ? IndicatorRow.PreviousValue.NONE
            : new IndicatorRow.PreviousValue(manual, typed),
        false,
        ScoringMethod.ANNUAL_TARGET,
        text(layout, r, IndicatorColumn.TARGET),
        text(layout, r, IndicatorColumn.ACTUAL));
  }

  /**
   * The column of the first cell that marks the row as not applicable: 三级指标, 年度指标值, 分值 or 实际完成值
   * saying 不适用, 不涉及, N/A, or a slash, dash or 无 in place of a value. A 实际完成值 of 无 against a target
   * with a number ({@code ≤0次}) means none happened: it is read as the value.
   */
  private Optional<Integer> notApplicableMark(IndicatorSheet layout, int r, int leafColumn) {
    List<Integer> marked = new ArrayList<>();
    marked.add(leafColumn);
    layout.column(IndicatorColumn.TARGET).ifPresent(marked::add);
    layout.column(IndicatorColumn.FULL).ifPresent(marked::add);
    for (int column : marked) {
      if (NotApplicableMarks.isMark(cells.text(sheet, r, column))) {
        return Optional.of(column);
      }
    }
    Optional<Integer> actual = layout.column(IndicatorColumn.ACTUAL);
    String actualText = actual.map(c -> cells.text(sheet, r, c)).orElse("");
    boolean none =
        NotApplicableMarks.isNone(actualText)
            && text(layout, r, IndicatorColumn.TARGET).matches(".*\\d.*");
    return NotApplicableMarks.isMark(actualText) && !none ? actual : Optional.empty();
  }

  /** The 分值 a row marked as not applicable still carries, read without reporting. */
  private NumberReading typedFull(IndicatorSheet layout, int r) {
    return cells.numberQuietly(cell(layout, r, IndicatorColumn.FULL));
  }

  /**
   * A leaf's 分值. One merged down over several leaves gives none of them a 分值: it is reported once,
   * at the merged range, and each of its leaves is left unscored without a message of its own.
   */
  private NumberReading full(IndicatorSheet layout, int r, String name) {
    Optional<Integer> column = layout.column(IndicatorColumn.FULL);
    if (column.isEmpty()) {
      return NumberReading.BLANK;
    }
    Optional<GridSheet.Region> merged = mergedDown(r, column.get());
    if (merged.isEmpty()) {
      return number(layout, r, IndicatorColumn.FULL, name);
    }
    GridSheet.Region region = merged.get();
    int leaves = leavesIn(region, layout.column(IndicatorColumn.NAME).orElseThrow());
    if (leaves < 2) {
      return cells.number(sheet, region.firstRow(), region.firstColumn(), name);
    }
    String shown = cells.text(sheet, region.firstRow(), region.firstColumn());
    if (reportedMerges.add(region)) {
      messages.add(
          Message.error(
              CellRef.of(sheetName, region.firstRow(), region.firstColumn()),
              "",
              Text.get(
                  "read.form.mergedFull",
                  region.formatAsString(),
                  SheetCells.quoted(shown),
                  leaves)));
    }
    return new NumberReading.Invalid(shown);
  }

  /** The merged region over ({@code row}, {@code column}) that spans more than one row, if any. */
  private Optional<GridSheet.Region> mergedDown(int row, int column) {
    return sheet.mergedRegions().stream()
        .filter(region -> region.isInRange(row, column) && region.lastRow() > region.firstRow())
        .findFirst();
  }

  /** How many rows of {@code region} name a 三级指标 that applies. */
  private int leavesIn(GridSheet.Region region, int leafColumn) {
    int leaves = 0;
    for (int r = region.firstRow(); r <= region.lastRow(); r++) {
      String leaf = cells.text(sheet, r, leafColumn);
      if (!leaf.isEmpty() && !NotApplicableMarks.isMark(leaf)) {
        leaves++;
      }
    }
    return leaves;
  }

  private boolean isTotalRow(int r, int targetColumn) {
    for (int c = 0; c < targetColumn; c++) {
      if (TOTAL_LABELS.contains(label(cells.text(sheet, r, c)))) {
        return true;
      }
    }
    return false;
  }

  /** A row with a target, 分值 or 得分 but no 三级指标 is reported, not dropped silently. */
  private void reportSkipped(IndicatorSheet layout, int r) {
    if (!text(layout, r, IndicatorColumn.TARGET).isEmpty()
        || !text(layout, r, IndicatorColumn.FULL).isEmpty()
        || !text(layout, r, IndicatorColumn.SCORE).isEmpty()) {
      messages.add(
          Message.warning(layout.cell(r, IndicatorColumn.NAME), "", Text.get("read.form.noLeaf")));
    }
  }

  /** A total whose formula points at deleted cells is noted: Scorebook writes its own there. */
  private void reportBrokenTotal(CellRef total) {
    GridCell cell = SheetCells.cell(sheet, total.row(), total.column());
    String shown = cells.shown(cell);
    if (shown.contains("#REF!")) {
      messages.add(
          Message.warning(total, "", Text.get("read.form.brokenTotal", SheetCells.quoted(shown))));
    }
  }

  /**
   * Where the grade goes: the 偏差原因 cell of the total row when the form has that column, else the
   * cell after the total's merged region.
   */
  private CellRef gradeCell(int total, Map<IndicatorColumn, Integer> columns) {
    int column =
        Optional.ofNullable(columns.get(IndicatorColumn.REASON))
            .orElseGet(() -> afterMerge(total, columns.get(IndicatorColumn.SCORE)));
    return CellRef.of(sheetName, total, column);
  }

  private GridCell cell(IndicatorSheet layout, int r, IndicatorColumn column) {
    return SheetCells.cell(sheet, r, layout.column(column).orElse(-1));
  }

  private String text(IndicatorSheet layout, int r, IndicatorColumn column) {
    return cells.text(cell(layout, r, column));
  }

  private NumberReading number(IndicatorSheet layout, int r, IndicatorColumn column, String name) {
    Optional<Integer> c = layout.column(column);
    return c.isEmpty() ? NumberReading.BLANK : cells.number(sheet, r, c.get(), name);
  }

  /**
   * Codes for the tree the level columns give, in the template's style: a level-one name opens A, B
   * …; a level-two name under it A1, A2 …; a leaf A1.1, or A1 when it has no level-two name. A
   * parent becomes a row of its own, placed where its name first appears, with a blank 分值.
   */
  private final class TreeCodes {
    private String first;
    private String second;
    private String firstCode;
    private String secondCode;
    private int firstCount;
    private int secondCount;
    private int leafCount;

    List<IndicatorRow> parents(int row, String firstName, String secondName) {
      List<IndicatorRow> opened = new ArrayList<>();
      if (!firstName.equals(first)) {
        first = firstName;
        firstCode = letter(++firstCount);
        second = null;
        secondCount = 0;
        opened.add(parent(row, firstCode, firstName));
      }
      if (secondName.isEmpty()) {
        second = null;
      } else if (!secondName.equals(second)) {
        second = secondName;
        secondCode = firstCode + ++secondCount;
        leafCount = 0;
        opened.add(parent(row, secondCode, secondName));
      }
      return opened;
    }

    /** The next leaf's code: under the open level-two name, or directly under level one. */
    String leaf() {
      return second == null ? firstCode + ++secondCount : secondCode + "." + ++leafCount;
    }

    String nextTopLevel() {
      return letter(firstCount + 1);
    }

    private static String letter(int number) {
      return String.valueOf((char) ('A' + Math.min(number, 26) - 1));
    }

    private static IndicatorRow parent(int row, String code, String name) {
      return IndicatorRow.parentAt(row, code, name, name);
    }
  }
}
