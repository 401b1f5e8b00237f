package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.kinds.targets.SheetLabels.Place;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;
import org.scorebook.read.CellGrid;
import org.scorebook.read.GridSheet;
import org.scorebook.read.Labels;
import org.scorebook.read.SheetCells;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * Reads the declaration in one sheet, national or local layout, into a {@link TargetForm} and the
 * model every kind shares. Every field is found by its label, never by a fixed cell: a header value
 * in the next filled cell to its right, the amounts by their labels ({@link FormAmounts}), the grid
 * by its header row ({@link TargetGrid}). The declaration is reviewed, not scored: its evaluation
 * has no parameters and no indicator rows, only the form in its details.
 */
final class TargetFormSheet {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

  private final CellGrid grid;
  private final SheetLabels labels;
  private final SheetCells cells;
  private final String sheetName;
  private final List<Message> messages = new ArrayList<>();

  TargetFormSheet(CellGrid grid, GridSheet sheet) {
    this.grid = grid;
    this.cells = new SheetCells(grid, messages);
    this.labels = new SheetLabels(sheet, cells);
    this.sheetName = sheet.name();
  }

  /** The form's evaluation; empty when nothing has been filled in yet. */
  Optional<Evaluation> readUnlessBlank(String source) throws UnreadableWorkbookException {
    int header =
        TargetGrid.findHeader(labels, labels.lastRow())
            .orElseThrow(
                () ->
                    UnreadableWorkbookException.noIndicators(
                        Text.get("targets.read.noIndicatorHeader", sheetName)));
    TargetGrid.Columns columns = TargetGrid.columns(labels, header);
    TargetForm form = readForm(header, columns);
    if (isBlank(form)) {
      return Optional.empty();
    }
    return Optional.of(evaluation(form, source, header, columns));
  }

  /** A declaration nobody filled in: no 项目名称 and no indicator value. */
  private static boolean isBlank(TargetForm form) {
    return form.projectName().isBlank() && form.rows().stream().allMatch(r -> r.value().isBlank());
  }

  private TargetForm readForm(int header, TargetGrid.Columns columns) {
    Map<String, Field> fields = fields(header);
    FormAmounts amounts = new FormAmounts(labels, grid, header);
    boolean local =
        labels.find(labels.firstRow(), header, FormLabels.LOCAL_ONLY::contains).isPresent();
    return new TargetForm(
        sheetName,
        local ? TargetForm.Layout.LOCAL : TargetForm.Layout.NATIONAL,
        fields,
        year(fields, header),
        amounts.read(FormLabels.YEAR_TOTALS).orElseGet(amounts::none),
        amounts.read(FormLabels.MID_TERM_TOTALS),
        goal(header, FormLabels.YEAR_GOALS)
            .orElse(new Field(FormLabels.YEAR_GOALS.get(0), "", CellRef.sheet(sheetName))),
        goal(header, FormLabels.MID_TERM_GOALS),
        columns.explanation().isPresent(),
        labels.anchor(header, columns.first()),
        TargetGrid.rows(labels, header, columns));
  }

  // The header block

  /** Every label/value pair of the header above the grid, in the form's order. */
  private Map<String, Field> fields(int header) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (int r = labels.firstRow(); r < header; r++) {
      for (Place place : labels.placesIn(r, FormLabels.FIELDS::contains)) {
        String key = labels.labelAt(place.row(), place.column());
        if (!fields.containsKey(key)) {
          CellRef value = labels.valueRightOf(place, FormLabels::isLabel);
          String printed = labels.text(labels.anchor(place.row(), place.column()));
          fields.put(key, new Field(printed, labels.text(value), value));
        }
      }
    }
    return fields;
  }

  /** The year of the title or the line under it, above the header's first label. */
  private Optional<Integer> year(Map<String, Field> fields, int header) {
    int before =
        fields.values().stream().mapToInt(field -> field.cell().row()).min().orElse(header);
    for (int r = labels.firstRow(); r < before; r++) {
      for (int c = 0; c < SheetLabels.SCAN_COLUMNS; c++) {
        Matcher year = YEAR.matcher(Labels.compact(labels.text(r, c)));
        if (year.find()) {
          return Optional.of(Integer.parseInt(year.group(1)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first of {@code names} the form prints, as a goal: under its label where the national form
   * heads its goals in a 总体目标 row (中期目标 and 年度目标 side by side, or 年度目标 alone), else right of it.
   */
  private Optional<Field> goal(int header, List<String> names) {
    Optional<Place> label = labels.find(labels.firstRow(), header, names::contains);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    Place place = label.get();
    boolean headsColumn =
        !labels.placesIn(place.row(), FormLabels.OVERALL_GOAL::equals).isEmpty()
            || labels.placesIn(place.row(), FormLabels.YEAR_GOALS::contains).size()
                    + labels.placesIn(place.row(), FormLabels.MID_TERM_GOALS::contains).size()
                > 1;
    CellRef value =
        headsColumn
            ? labels.anchor(place.row() + 1, place.column())
            : labels.valueRightOf(place, FormLabels::isLabel);
    String printed = labels.text(labels.anchor(place.row(), place.column()));
    return Optional.of(new Field(printed, labels.text(value), value));
  }

  // The model every kind shares

  private Evaluation evaluation(
      TargetForm form, String source, int header, TargetGrid.Columns columns) {
    Map<IndicatorColumn, Integer> byColumn = new EnumMap<>(IndicatorColumn.class);
    byColumn.put(IndicatorColumn.CODE, columns.first());
    byColumn.put(IndicatorColumn.NAME, columns.third());
    byColumn.put(IndicatorColumn.TARGET, columns.value());
    return new Evaluation(
        TargetDeclaration.IDENTITY,
        source,
        project(form),
        List.of(),
        new IndicatorSheet(sheetName, header, byColumn, List.of()),
        Optional.empty(),
        Findings.NONE,
        messages,
        cells.findSheet(SheetNames.SCORE_SHEET).isPresent(),
        Optional.of(form));
  }

  /** 项目名称, 项目单位 and 主管部门 with their cells, and the year's amount as the budget. */
  private ProjectInfo project(TargetForm form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, CellRef> where = new LinkedHashMap<>();
    put(ProjectInfo.NAME, first(form, List.of(FormLabels.NAME)), fields, where);
    put(ProjectInfo.UNIT, first(form, FormLabels.UNITS), fields, where);
    put(ProjectInfo.DEPARTMENT, first(form, FormLabels.DEPARTMENTS), fields, where);
    form.yearAmounts().total().ifPresent(total -> where.put(ProjectInfo.BUDGET, total.cell()));
    return new ProjectInfo(
        sheetName, fields, where, budget(form.yearAmounts()), NumberReading.BLANK, List.of());
  }

  private static Optional<Field> first(TargetForm form, List<String> labels) {
    return labels.stream().map(form.fields()::get).filter(f -> f != null).findFirst();
  }

  private static void put(
      String key, Optional<Field> field, Map<String, String> fields, Map<String, CellRef> where) {
    field.ifPresent(
        f -> {
          fields.put(key, f.text());
          where.put(key, f.cell());
        });
  }

  /** The year's total in 万元 (converted when its label says 元); blank when there is none. */
  private static NumberReading budget(TargetForm.Amounts amounts) {
    if (amounts.total().isEmpty() || amounts.total().get().text().isEmpty()) {
      return NumberReading.BLANK;
    }
    TargetForm.Amount total = amounts.total().get();
    if (total.value().isEmpty()) {
      return new NumberReading.Invalid(total.text());
    }
    double perWanYuan = "元".equals(amounts.unitLabel()) ? 10000 : 1;
    return NumberReading.of(total.value().get() / perWanYuan);
  }
}
