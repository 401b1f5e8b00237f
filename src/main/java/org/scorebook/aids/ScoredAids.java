package org.scorebook.aids;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scorebook.kinds.selfevaluation.SelfEvaluationForm;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.WorkbookKind;

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

  /** The indicator table's aids; empty when the evaluation found no indicator rows. */
  public static Optional<Indicators> indicators(Evaluation evaluation) {
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
    WorkbookKind kind = evaluation.kind();
    int from = kind == WorkbookKind.CONTRACT_V1 ? layout.headerRow() + 1 : first;
    // A form's aids run down to its 总分 row, as the template's do, over the rows left free too.
    int to =
        evaluation
            .form()
            .flatMap(SelfEvaluationForm::totalCell)
            .map(total -> Math.max(last, total.row() - 1))
            .orElse(last);
    return Optional.of(
        new Indicators(
            layout.sheetName(),
            new IndicatorTable(kind, layout.headerRow(), from, to, columns),
            last));
  }

  /** The validations of 项目信息, for contract v1 only. */
  public static Optional<ProjectFields> projectFields(Evaluation evaluation) {
    if (evaluation.kind() != WorkbookKind.CONTRACT_V1) {
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
