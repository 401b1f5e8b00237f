package org.scorebook.kinds.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NotApplicableRow;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Parameter;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.CellGrid;
import org.scorebook.read.CellNumbers;
import org.scorebook.read.Emails;
import org.scorebook.read.ExcelReferences;
import org.scorebook.read.GradeSheets;
import org.scorebook.read.GridCell;
import org.scorebook.read.GridSheet;
import org.scorebook.read.IndicatorCodes;
import org.scorebook.read.Labels;
import org.scorebook.read.MoneyScale;
import org.scorebook.read.NotApplicableMarks;
import org.scorebook.read.SheetCells;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * Reads one contract v1 workbook into the model, as the contract lays it out: sheets found by
 * trimmed name, columns by header text, label/value sheets by label. Reading never judges: it
 * records what was typed and reports only what it cannot read (text where a number belongs); the
 * rules come later. The sheet names, the 指标评分 columns and the 项目信息 labels it reads by are contract
 * v1's; they stay in the model because the template and the annotated workbook are written with
 * them.
 */
final class ContractV1Sheets {
  private static final String PROJECT_SHEET = SheetNames.PROJECT;
  private static final String PARAMETER_SHEET = SheetNames.PARAMETERS;
  private static final String INDICATOR_SHEET = SheetNames.INDICATORS;
  private static final String FINDINGS_SHEET = SheetNames.FINDINGS;
  private static final List<String> LEVEL_HEADERS = List.of("一级指标", "二级指标", "三级指标", "四级指标");

  private final List<Message> messages = new ArrayList<>();
  private final SheetCells cells;
  private final IndicatorCodes codes = new IndicatorCodes();
  private boolean mixedStyleReported;
  private final List<NotApplicableRow> notApplicable = new ArrayList<>();
  private CellRef firstMark;

  ContractV1Sheets(CellGrid grid) {
    this.cells = new SheetCells(grid, messages);
  }

  /** Reads the workbook; {@code source} names it in messages and the score sheet's footer. */
  Evaluation read(String source) throws UnreadableWorkbookException {
    IndicatorSheet indicators = readIndicators();
    ProjectInfo project = readProject();
    List<Parameter> parameters = readParameters();
    Optional<GradeSheet> grades = new GradeSheets(cells, messages).read();
    Findings findings =
        cells
            .findSheet(FINDINGS_SHEET)
            .map(s -> new Findings(labelValues(s).values))
            .orElse(Findings.NONE);
    boolean scoredBefore = cells.findSheet(SheetNames.SCORE_SHEET).isPresent();
    return new Evaluation(
        WorkbookKind.CONTRACT_V1,
        source,
        project,
        parameters,
        indicators,
        grades,
        findings,
        messages,
        scoredBefore);
  }

  // 项目信息 and 评价结论: label in column A, value in column B.

  private record LabelValues(
      Map<String, String> values, Map<String, CellRef> cells, Map<String, String> units) {}

  private LabelValues labelValues(GridSheet sheet) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, CellRef> where = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (int r = Math.max(sheet.firstRow(), 0); r <= sheet.lastRow(); r++) {
      String typed = cells.text(sheet, r, 0);
      String label = Labels.label(typed);
      if (!label.isEmpty() && !values.containsKey(label)) {
        values.put(label, cells.text(sheet, r, 1));
        where.put(label, CellRef.of(sheet.name(), r, 1));
        units.put(label, Labels.unit(typed));
      }
    }
    return new LabelValues(values, where, units);
  }

  private ProjectInfo readProject() {
    Optional<GridSheet> found = cells.findSheet(PROJECT_SHEET);
    if (found.isEmpty()) {
      return new ProjectInfo(
          PROJECT_SHEET, Map.of(), Map.of(), NumberReading.BLANK, NumberReading.BLANK, List.of());
    }
    GridSheet sheet = found.get();
    LabelValues pairs = labelValues(sheet);
    Map<String, String> values = new LinkedHashMap<>(pairs.values());
    Map<String, CellRef> where = new LinkedHashMap<>(pairs.cells());
    Map<String, String> units = new LinkedHashMap<>(pairs.units());
    CellRef yearAt = where.get(ProjectInfo.YEAR);
    if (yearAt != null) {
      cells
          .year(sheet, yearAt.row(), yearAt.column())
          .ifPresent(year -> values.put(ProjectInfo.YEAR, year));
    }
    alias(ProjectInfo.BUDGET, ProjectInfo.BUDGET_ALIAS, values, where, units);
    alias(ProjectInfo.SPENDING, ProjectInfo.SPENDING_ALIAS, values, where, units);
    Optional<SheetCells.ReadAmount> budget =
        amountAt(sheet, where.get(ProjectInfo.BUDGET), units.get(ProjectInfo.BUDGET));
    Optional<SheetCells.ReadAmount> spending =
        amountAt(sheet, where.get(ProjectInfo.SPENDING), units.get(ProjectInfo.SPENDING));
    if (budget.isPresent() && spending.isPresent()) {
      MoneyScale.check(
          new MoneyScale.Labelled(ProjectInfo.BUDGET, budget.get()),
          new MoneyScale.Labelled(ProjectInfo.SPENDING, spending.get()),
          messages);
    }
    List<String> emails = Emails.split(values.getOrDefault(ProjectInfo.EMAIL, ""));
    return new ProjectInfo(
        sheet.name(), values, where, inWanYuan(budget), inWanYuan(spending), emails);
  }

  private static NumberReading inWanYuan(Optional<SheetCells.ReadAmount> amount) {
    return amount.map(SheetCells.ReadAmount::inWanYuan).orElse(NumberReading.BLANK);
  }

  /**
   * Files the value of {@code alias} under {@code label} when the label is missing or left blank
   * and the alias is filled in (决算金额 for 实际支出, 预算资金 for 预算金额).
   */
  private static void alias(
      String label,
      String alias,
      Map<String, String> values,
      Map<String, CellRef> where,
      Map<String, String> units) {
    if (where.containsKey(alias)
        && (!where.containsKey(label)
            || values.get(label).isEmpty() && !values.get(alias).isEmpty())) {
      values.put(label, values.get(alias));
      where.put(label, where.get(alias));
      units.put(label, units.get(alias));
    }
  }

  /**
   * An amount of money, read in 万元; {@code unit} is what the label's brackets say (元 or 万元). Empty
   * when the label is missing.
   */
  private Optional<SheetCells.ReadAmount> amountAt(GridSheet sheet, CellRef where, String unit) {
    return Optional.ofNullable(where)
        .map(
            at ->
                cells.readAmount(
                    sheet,
                    at.row(),
                    at.column(),
                    CellNumbers.MoneyUnit.named(unit == null ? "" : unit)
                        .orElse(CellNumbers.MoneyUnit.WAN_YUAN)));
  }

  // 评分参数: a header row with 参数名 and 数值.

  private List<Parameter> readParameters() {
    Optional<GridSheet> found = cells.findSheet(PARAMETER_SHEET);
    if (found.isEmpty()) {
      return List.of();
    }
    GridSheet sheet = found.get();
    Optional<int[]> header = SheetCells.findHeader(sheet, "参数名", cells);
    if (header.isEmpty()) {
      messages.add(
          Message.error(
              CellRef.sheet(sheet.name()), "", Text.get("read.noHeader", sheet.name(), "参数名")));
      return List.of();
    }
    int headerRow = header.get()[0];
    Map<String, Integer> columns = SheetCells.headerColumns(sheet, headerRow, cells);
    Integer valueColumn = columns.get("数值");
    if (valueColumn == null) {
      messages.add(
          Message.error(
              CellRef.sheet(sheet.name()), "", Text.get("read.noHeader", sheet.name(), "数值")));
      return List.of();
    }
    int nameColumn = header.get()[1];
    List<Parameter> parameters = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.lastRow(); r++) {
      String name = Labels.trim(Labels.halfWidth(cells.text(sheet, r, nameColumn)));
      String typedValue = cells.text(sheet, r, valueColumn);
      if (name.isEmpty() && typedValue.isEmpty()) {
        continue;
      }
      NumberReading value = cells.number(sheet, r, valueColumn, "");
      parameters.add(
          new Parameter(
              name,
              value,
              cells.text(sheet, r, columns.getOrDefault("单位", -1)),
              cells.text(sheet, r, columns.getOrDefault("说明", -1)),
              CellRef.of(sheet.name(), r, nameColumn),
              CellRef.of(sheet.name(), r, valueColumn)));
    }
    return parameters;
  }

  // 指标评分: the indicator table.

  private IndicatorSheet readIndicators() throws UnreadableWorkbookException {
    GridSheet sheet =
        cells
            .findSheet(INDICATOR_SHEET)
            .orElseThrow(
                () ->
                    UnreadableWorkbookException.noIndicators(
                        Text.get("read.noIndicatorSheet", String.join("、", cells.sheetNames()))));
    Optional<int[]> codeHeader = SheetCells.findHeader(sheet, IndicatorColumn.CODE.header(), cells);
    if (codeHeader.isEmpty()) {
      Optional<int[]> levelHeader = SheetCells.findHeader(sheet, LEVEL_HEADERS.get(0), cells);
      if (levelHeader.isPresent()) {
        return readLevelColumns(sheet, levelHeader.get()[0]);
      }
    }
    int headerRow =
        codeHeader
            .orElseThrow(
                () -> UnreadableWorkbookException.noIndicators(Text.get("read.noIndicatorHeader")))[
            0];
    Map<IndicatorColumn, Integer> columns = indicatorColumns(sheet, headerRow);
    reportMissingColumns(sheet, headerRow, columns, List.of());
    IndicatorSheet layout = new IndicatorSheet(sheet.name(), headerRow, columns, List.of());
    List<IndicatorRow> rows = new ArrayList<>();
    int last = lastRowWithCode(sheet, headerRow, columns.get(IndicatorColumn.CODE));
    List<GridSheet.Region> reasonMerges = mergedIn(sheet, col(layout, IndicatorColumn.REASON));
    for (int r = headerRow + 1; r <= last; r++) {
      readIndicatorRow(sheet, layout, r, reasonMerges).ifPresent(rows::add);
    }
    return withNotApplicable(layout, withoutNotApplicableBranches(rows));
  }

  /**
   * The table with its rows marked as not applicable, and one note at the first of them that lists
   * them all.
   */
  private IndicatorSheet withNotApplicable(IndicatorSheet layout, List<IndicatorRow> rows) {
    notApplicable.sort(Comparator.comparingInt(NotApplicableRow::row));
    NotApplicableMarks.addNote(firstMark, notApplicable, messages);
    return new IndicatorSheet(
        layout.sheetName(), layout.headerRow(), layout.columns(), rows, Map.of(), notApplicable);
  }

  /**
   * Whether the row's 分值 or 人工得分 says the indicator does not apply (不适用, {@code /}, {@code —} …);
   * the row is then kept aside with the 分值 it carries, if any, and the cell remembered for the
   * note.
   */
  private boolean markedNotApplicable(GridSheet sheet, IndicatorSheet layout, int r, String code) {
    for (IndicatorColumn column : List.of(IndicatorColumn.FULL, IndicatorColumn.MANUAL)) {
      int c = col(layout, column);
      if (c >= 0 && NotApplicableMarks.isMark(cells.text(sheet, r, c))) {
        keepAside(sheet, layout, r, code, c);
        return true;
      }
    }
    return false;
  }

  /** Keeps row {@code r} aside as not applicable, marked at {@code markColumn}. */
  private void keepAside(
      GridSheet sheet, IndicatorSheet layout, int r, String code, int markColumn) {
    GridCell full = SheetCells.cell(sheet, r, col(layout, IndicatorColumn.FULL));
    notApplicable.add(new NotApplicableRow(r, code, cells.numberQuietly(full)));
    firstMark = firstMark != null ? firstMark : CellRef.of(sheet.name(), r, markColumn);
  }

  /**
   * The rows left when those under an indicator marked as not applicable are set aside with it
   * (without a 分值 of their own, which their parent's already counts).
   */
  private List<IndicatorRow> withoutNotApplicableBranches(List<IndicatorRow> rows) {
    List<String> marked =
        notApplicable.stream().map(NotApplicableRow::code).filter(c -> !c.isEmpty()).toList();
    List<IndicatorRow> kept = new ArrayList<>();
    for (IndicatorRow row : rows) {
      if (marked.stream().anyMatch(code -> descendsFrom(row.code(), code))) {
        notApplicable.add(new NotApplicableRow(row.row(), row.code(), NumberReading.BLANK));
      } else {
        kept.add(row);
      }
    }
    return kept;
  }

  /** Whether {@code code} lies under {@code ancestor}: A1 and A1.2 under A, A1.2 under A1. */
  private static boolean descendsFrom(String code, String ancestor) {
    if (code.length() <= ancestor.length() || !code.startsWith(ancestor)) {
      return false;
    }
    char next = code.charAt(ancestor.length());
    return ancestor.length() == 1 ? Character.isDigit(next) : next == '.';
  }

  private void reportMissingColumns(
      GridSheet sheet,
      int headerRow,
      Map<IndicatorColumn, Integer> columns,
      List<IndicatorColumn> notNeeded) {
    for (IndicatorColumn column : IndicatorColumn.values()) {
      if (column.required() && !columns.containsKey(column) && !notNeeded.contains(column)) {
        messages.add(
            Message.error(
                CellRef.of(sheet.name(), headerRow, columns.get(IndicatorColumn.CODE)),
                "",
                Text.get("read.missingColumn", column.header())));
      }
    }
  }

  /**
   * A tree given by 一级指标 / 二级指标 / 三级指标 (/ 四级指标) columns instead of 指标编码: each row's name sits in
   * the column of its level, the names above it merged down over their rows or repeated on each. A
   * row's parents are the names to its left; a parent with no row of its own (the usual layout: one
   * row per leaf) is placed on the row where its name first appears, with a blank 分值 (its
   * children's sum). Codes are generated in the template's style: A, A1, A1.1 …
   */
  private IndicatorSheet readLevelColumns(GridSheet sheet, int headerRow) {
    Map<String, Integer> byHeader = SheetCells.headerColumns(sheet, headerRow, cells);
    List<Integer> levels = new ArrayList<>();
    for (String header : LEVEL_HEADERS) {
      Integer column = byHeader.get(header);
      if (column == null) {
        break;
      }
      levels.add(column);
    }
    Map<IndicatorColumn, Integer> columns = indicatorColumns(sheet, headerRow);
    columns.put(IndicatorColumn.CODE, levels.get(0));
    columns.putIfAbsent(IndicatorColumn.NAME, levels.get(levels.size() - 1));
    reportMissingColumns(sheet, headerRow, columns, List.of());
    IndicatorSheet layout = new IndicatorSheet(sheet.name(), headerRow, columns, List.of());
    LevelTable table =
        new LevelTable(sheet, layout, levels, mergedIn(sheet, col(layout, IndicatorColumn.REASON)));
    List<IndicatorRow> rows = new ArrayList<>();
    OpenLevels open = new OpenLevels(levels.size());
    for (int r = headerRow + 1; r <= sheet.lastRow(); r++) {
      String[] names = new String[levels.size()];
      int deepest = -1;
      for (int level = 0; level < levels.size(); level++) {
        names[level] = cells.mergedText(sheet, r, levels.get(level));
        if (!names[level].isEmpty()) {
          deepest = level;
        }
      }
      if (!skipsLevelRow(table, r, names, deepest)) {
        readLevelRow(table, r, names, deepest, open, rows);
      }
    }
    return withNotApplicable(layout, rows);
  }

  /** An indicator table with one name column per level, codes made up from the names. */
  private record LevelTable(
      GridSheet sheet,
      IndicatorSheet layout,
      List<Integer> levels,
      List<GridSheet.Region> reasonMerges) {}

  /** The names and codes of the indicators still open at each level, and their children counted. */
  private static final class OpenLevels {
    final String[] names;
    final String[] codes;
    final int[] counts;

    OpenLevels(int levels) {
      names = new String[levels];
      codes = new String[levels];
      counts = new int[levels + 1];
    }
  }

  /**
   * Whether the row at {@code r} is left out: it names no indicator, is marked not applicable, or
   * skips a level (each reported where it matters).
   */
  private boolean skipsLevelRow(LevelTable table, int r, String[] names, int deepest) {
    GridSheet sheet = table.sheet();
    IndicatorSheet layout = table.layout();
    if (deepest < 0) {
      if (hasScoringInput(sheet, layout, r)) {
        messages.add(
            Message.warning(
                layout.cell(r, IndicatorColumn.CODE), "", Text.get("read.skippedLevelRow")));
      }
      return true;
    }
    if (NotApplicableMarks.isMark(names[deepest])) {
      keepAside(sheet, layout, r, "", table.levels().get(deepest));
      return true;
    }
    if (markedNotApplicable(sheet, layout, r, "")) {
      return true;
    }
    int gap = firstGap(names, deepest);
    if (gap >= 0) {
      messages.add(
          Message.error(
              CellRef.of(sheet.name(), r, table.levels().get(gap)),
              "",
              Text.get("read.levelGap", LEVEL_HEADERS.get(gap), names[deepest])));
      return true;
    }
    return false;
  }

  /**
   * Reads the row at {@code r}: every level from the first whose name differs from the open one
   * opens a new indicator, a parent above the deepest, the leaf at it.
   */
  private void readLevelRow(
      LevelTable table,
      int r,
      String[] names,
      int deepest,
      OpenLevels open,
      List<IndicatorRow> rows) {
    boolean same = true;
    for (int level = 0; level <= deepest; level++) {
      same = same && names[level].equals(open.names[level]);
      if (same && level < deepest) {
        continue;
      }
      if (same) {
        // The row repeats an indicator already read: reported when it holds more than names.
        if (hasScoringInput(table.sheet(), table.layout(), r)) {
          messages.add(
              Message.warning(
                  CellRef.of(table.sheet().name(), r, table.levels().get(deepest)),
                  open.codes[deepest],
                  Text.get("read.repeatedLevelRow", names[deepest])));
        }
        return;
      }
      String code = openLevel(open, level, names[level]);
      if (level < deepest) {
        rows.add(IndicatorRow.parentAt(r, code, code, names[level]));
      } else {
        rows.add(
            indicatorRow(
                table.sheet(),
                table.layout(),
                r,
                code,
                code,
                code,
                names[level],
                table.reasonMerges()));
      }
    }
  }

  /** Opens the indicator {@code name} at {@code level}, closing the deeper ones; its code. */
  private static String openLevel(OpenLevels open, int level, String name) {
    String parent = level == 0 ? "" : open.codes[level - 1];
    if (parent == null) {
      parent = "";
    }
    int number = level == 0 ? ++open.counts[0] : nextChild(open.counts, level);
    String code =
        level == 0
            ? String.valueOf((char) ('A' + Math.min(number, 26) - 1))
            : level == 1 ? parent + number : parent + "." + number;
    open.names[level] = name;
    open.codes[level] = code;
    for (int deeper = level + 1; deeper < open.names.length; deeper++) {
      open.names[deeper] = null;
      open.codes[deeper] = null;
      open.counts[deeper] = 0;
    }
    open.counts[level + 1] = 0;
    return code;
  }

  /** The first level above {@code deepest} whose name is empty, or -1. */
  private static int firstGap(String[] names, int deepest) {
    for (int level = 0; level < deepest; level++) {
      if (names[level].isEmpty()) {
        return level;
      }
    }
    return -1;
  }

  /** Whether the row has a 分值, 评分公式 or 人工得分 of its own. */
  private boolean hasScoringInput(GridSheet sheet, IndicatorSheet layout, int r) {
    return !text(sheet, layout, r, IndicatorColumn.FULL).isEmpty()
        || !text(sheet, layout, r, IndicatorColumn.FORMULA).isEmpty()
        || !text(sheet, layout, r, IndicatorColumn.MANUAL).isEmpty();
  }

  private static int nextChild(int[] counts, int level) {
    return ++counts[level];
  }

  private Map<IndicatorColumn, Integer> indicatorColumns(GridSheet sheet, int headerRow) {
    Map<String, Integer> byHeader = SheetCells.headerColumns(sheet, headerRow, cells);
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    for (IndicatorColumn column : IndicatorColumn.values()) {
      column.headers().stream()
          .filter(byHeader::containsKey)
          .findFirst()
          .ifPresent(h -> columns.put(column, byHeader.get(h)));
    }
    return columns;
  }

  /**
   * The last row with a code, or the last row a code merged downwards covers: the rows under such a
   * merge have no code of their own and are reported rather than dropped silently.
   */
  private int lastRowWithCode(GridSheet sheet, int headerRow, int codeColumn) {
    int last = headerRow;
    for (int r = sheet.lastRow(); r > headerRow; r--) {
      if (!cells.text(sheet, r, codeColumn).isEmpty()) {
        last = r;
        break;
      }
    }
    for (GridSheet.Region region : sheet.mergedRegions()) {
      if (region.firstColumn() <= codeColumn
          && codeColumn <= region.lastColumn()
          && region.firstRow() > headerRow
          && region.firstRow() <= last) {
        last = Math.max(last, Math.min(region.lastRow(), sheet.lastRow()));
      }
    }
    return last;
  }

  /**
   * One indicator row. A 评分说明 cell under a merged region reads the region's text: one reason merged
   * over several rows explains each of them. (Codes are not read this way: a code merged down is
   * reported.)
   */
  private Optional<IndicatorRow> readIndicatorRow(
      GridSheet sheet, IndicatorSheet layout, int r, List<GridSheet.Region> reasonMerges) {
    String typedCode = cells.text(sheet, r, col(layout, IndicatorColumn.CODE));
    String code = Labels.trim(Labels.halfWidth(typedCode)).toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      reportSkipped(sheet, layout, r);
      return Optional.empty();
    }
    Optional<IndicatorCodes.Style> before = codes.sheetStyle();
    IndicatorCodes.Reading reading = codes.read(typedCode);
    boolean userStyle =
        reading.style().filter(style -> style != IndicatorCodes.Style.LETTERS).isPresent();
    String shown = userStyle ? Labels.trim(typedCode) : reading.code();
    if (before.isPresent()
        && reading.style().isPresent()
        && reading.style().get() != before.get()
        && !mixedStyleReported) {
      mixedStyleReported = true;
      messages.add(
          Message.error(
              layout.cell(r, IndicatorColumn.CODE),
              shown,
              Text.get("read.mixedCodeStyle", shown, before.get().example())));
    }
    if (reading.noParent()) {
      messages.add(
          Message.error(
              layout.cell(r, IndicatorColumn.CODE),
              shown,
              Text.get("read.outlineNoParent", shown)));
      return Optional.empty();
    }
    if (markedNotApplicable(sheet, layout, r, reading.code())) {
      return Optional.empty();
    }
    String name = text(sheet, layout, r, IndicatorColumn.NAME);
    return Optional.of(
        indicatorRow(
            sheet,
            layout,
            r,
            reading.code(),
            typedCode,
            shown,
            name.isEmpty() ? reading.name() : name,
            reasonMerges));
  }

  private IndicatorRow indicatorRow(
      GridSheet sheet,
      IndicatorSheet layout,
      int r,
      String code,
      String typedCode,
      String shown,
      String name,
      List<GridSheet.Region> reasonMerges) {
    return new IndicatorRow(
        r,
        code,
        typedCode,
        shown,
        name,
        number(sheet, layout, r, IndicatorColumn.FULL, shown),
        formulaText(sheet, layout, r),
        number(sheet, layout, r, IndicatorColumn.TARGET, shown),
        number(sheet, layout, r, IndicatorColumn.ACTUAL, shown),
        number(sheet, layout, r, IndicatorColumn.MANUAL, shown),
        reason(sheet, layout, r, reasonMerges),
        previousScore(sheet, layout, r),
        reportedExcelFormula(sheet, layout, r, shown));
  }

  /** A row with text but no code is reported, not dropped silently. */
  private void reportSkipped(GridSheet sheet, IndicatorSheet layout, int r) {
    if (!text(sheet, layout, r, IndicatorColumn.NAME).isEmpty()
        || !text(sheet, layout, r, IndicatorColumn.FORMULA).isEmpty()) {
      Optional<String> merged = mergedOver(sheet, r, col(layout, IndicatorColumn.CODE));
      messages.add(
          Message.warning(
              layout.cell(r, IndicatorColumn.CODE),
              "",
              merged
                  .map(region -> Text.get("read.mergedCode", region))
                  .orElseGet(() -> Text.get("read.skippedRow"))));
    }
  }

  /** The merged regions of {@code sheet} that take in {@code column}; none for a missing column. */
  private static List<GridSheet.Region> mergedIn(GridSheet sheet, int column) {
    if (column < 0) {
      return List.of();
    }
    return sheet.mergedRegions().stream()
        .filter(region -> region.firstColumn() <= column && column <= region.lastColumn())
        .toList();
  }

  /** The row's 评分说明, or that of the merged region over it, whose text is in its first cell. */
  private String reason(
      GridSheet sheet, IndicatorSheet layout, int r, List<GridSheet.Region> reasonMerges) {
    String own = text(sheet, layout, r, IndicatorColumn.REASON);
    if (!own.isEmpty()) {
      return own;
    }
    int column = col(layout, IndicatorColumn.REASON);
    return reasonMerges.stream()
        .filter(region -> region.isInRange(r, column))
        .findFirst()
        .map(region -> cells.text(sheet, region.firstRow(), region.firstColumn()))
        .orElse(own);
  }

  /**
   * The merged region that covers the cell from a row above: its value belongs to its first cell
   * only, so a code merged down over several rows names the first row and leaves the others without
   * one.
   */
  private static Optional<String> mergedOver(GridSheet sheet, int row, int column) {
    for (GridSheet.Region region : sheet.mergedRegions()) {
      if (region.isInRange(row, column) && region.firstRow() < row) {
        return Optional.of(region.formatAsString());
      }
    }
    return Optional.empty();
  }

  private static int col(IndicatorSheet layout, IndicatorColumn column) {
    return layout.column(column).orElse(-1);
  }

  private String text(GridSheet sheet, IndicatorSheet layout, int r, IndicatorColumn column) {
    return cells.text(sheet, r, col(layout, column));
  }

  private NumberReading number(
      GridSheet sheet, IndicatorSheet layout, int r, IndicatorColumn column, String code) {
    int c = col(layout, column);
    return c < 0 ? NumberReading.BLANK : cells.number(sheet, r, c, code);
  }

  /**
   * A formula typed as text; one an evaluator typed with a leading = (an Excel formula) is taken as
   * written.
   */
  private String formulaText(GridSheet sheet, IndicatorSheet layout, int r) {
    String shown = cells.shown(SheetCells.cell(sheet, r, col(layout, IndicatorColumn.FORMULA)));
    return shown.startsWith("=") ? shown.substring(1) : shown;
  }

  /**
   * Whether 评分公式 holds an Excel formula that refers to cells ({@code =C11*0.95}, a formula cell or
   * text typed with a leading =): Scorebook's formulas are text and name their values, so it is
   * reported at the cell, quoting the formula and the result Excel saved for it.
   */
  private boolean reportedExcelFormula(GridSheet sheet, IndicatorSheet layout, int r, String code) {
    GridCell cell = SheetCells.cell(sheet, r, col(layout, IndicatorColumn.FORMULA));
    String shown = cells.shown(cell);
    if (!shown.startsWith("=") || !ExcelReferences.refersToCells(shown)) {
      return false;
    }
    String quoted = SheetCells.quoted(shown);
    String text =
        cells
            .savedResult(cell)
            .map(saved -> Text.get("read.excelFormulaWithResult", quoted, saved))
            .orElseGet(() -> Text.get("read.excelFormula", quoted));
    messages.add(Message.error(layout.cell(r, IndicatorColumn.FORMULA), code, text));
    return true;
  }

  private IndicatorRow.PreviousValue previousScore(GridSheet sheet, IndicatorSheet layout, int r) {
    var cell = SheetCells.cell(sheet, r, col(layout, IndicatorColumn.SCORE));
    String shown = cells.shown(cell);
    return shown.isEmpty()
        ? IndicatorRow.PreviousValue.NONE
        : new IndicatorRow.PreviousValue(cells.numberQuietly(cell), shown);
  }
}
