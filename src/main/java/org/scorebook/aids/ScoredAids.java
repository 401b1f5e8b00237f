package org.scorebook.aids;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.KindDetails;
import org.scorebook.model.ProjectInfo;

/**
 * Where the aids go in a workbook being scored, from what was read of it: the indicator table (a
 * workbook filled in an older template gets the aids too) and, for contract v1, the fields of 项目信息.
 */
public final class ScoredAids {
  /** Codes the aids' formulas understand: a letter and digit groups ({@code A}, {@code A1.2}). */
  private static final Pattern LETTER_CODE = Pattern.compile("[A-Za-z][0-9]*(\\.[0-9]+)*");

  private ScoredAids() {}

  /**
   * The indicator table's aids: on sheet {@code sheetName}, {@code table} with {@code lastDataRow}
   * as {@link SheetAids#indicators} takes them.
   */
  public record Indicators(String sheetName, IndicatorTable table, int lastDataRow) {}

  /**
   * The validations of 项目信息 on sheet {@code sheetName}, unless that sheet is the indicator sheet
   * itself (the caller compares the sheets it finds).
   */
  public record ProjectFields(String sheetName, Optional<CellRef> year, Optional<CellRef> email) {}

  /** The indicator table's aids, as {@link AidsChoices#of} chooses them for the evaluation. */
  public static Optional<Indicators> indicators(Evaluation evaluation) {
    return indicators(evaluation, AidsChoices.of(evaluation));
  }

  /**
   * The indicator table's aids, the ones {@code choices} names; empty when the evaluation found no
   * indicator rows.
   */
  public static Optional<Indicators> indicators(Evaluation evaluation, AidsChoices choices) {
    IndicatorSheet layout = evaluation.indicators();
    List<IndicatorRow> rows =
        layout.rows().stream().filter(row -> !layout.rowColumns().containsKey(row.row())).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int first = rows.stream().mapToInt(IndicatorRow::row).min().orElseThrow();
    int last = rows.stream().mapToInt(IndicatorRow::row).max().orElseThrow();
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    columns.putAll(layout.columns());
    boolean letterCodes =
        rows.stream().allMatch(row -> LETTER_CODE.matcher(row.typedCode().strip()).matches());
    if (!letterCodes) {
      // Another way of writing codes: the rules over the code column would misjudge it.
      columns.remove(IndicatorColumn.CODE);
    }
    int from = choices.ownColumns() ? layout.headerRow() + 1 : first;
    // A form's aids run down to its 总分 row, as the template's do, over the rows left free too.
    int to =
        evaluation
            .details()
            .flatMap(KindDetails::totalCell)
            .map(total -> Math.max(last, total.row() - 1))
            .orElse(last);
    return Optional.of(
        new Indicators(
            layout.sheetName(),
            new IndicatorTable(choices, layout.headerRow(), from, to, columns),
            last));
  }

  /** The validations of 项目信息, as its kind looks them up here (temporary, see above). */
  public static Optional<ProjectFields> projectFields(Evaluation evaluation) {
    return projectFields(evaluation, AidsChoices.of(evaluation));
  }

  /** The validations of 项目信息, for a table in Scorebook's own columns only. */
  public static Optional<ProjectFields> projectFields(Evaluation evaluation, AidsChoices choices) {
    if (!choices.ownColumns()) {
      return Optional.empty();
    }
    ProjectInfo project = evaluation.project();
    return Optional.of(
        new ProjectFields(
            project.sheetName(),
            Optional.of(project.cellOf(ProjectInfo.YEAR)),
            Optional.of(project.cellOf(ProjectInfo.EMAIL))));
  }
}
