package org.scorebook.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.NumberReading;
import org.scorebook.model.Parameter;
import org.scorebook.model.ProjectInfo;

/**
 * Builds an {@link Evaluation} in code, laid out as the template lays 指标评分 out (header in row 1,
 * columns A 指标编码 … K 校验结果), for tests of the rules and the scorer that need no workbook.
 */
public final class EvaluationBuilder {
  public static final String SHEET = "指标评分";

  private final Map<String, String> project = new LinkedHashMap<>();
  private NumberReading budget = NumberReading.BLANK;
  private NumberReading spending = NumberReading.BLANK;
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<IndicatorRow> rows = new ArrayList<>();
  private GradeSheet grades;

  private EvaluationBuilder() {
    project.put(ProjectInfo.NAME, "测试项目");
  }

  public static EvaluationBuilder evaluation() {
    return new EvaluationBuilder();
  }

  /** Column of each indicator column, as in the template: A, B, C … */
  public static Map<IndicatorColumn, Integer> templateColumns() {
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    for (IndicatorColumn column : IndicatorColumn.values()) {
      columns.put(column, column.ordinal());
    }
    return columns;
  }

  public EvaluationBuilder project(String label, String value) {
    project.put(label, value);
    return this;
  }

  public EvaluationBuilder budget(double budget, double spending) {
    this.budget = NumberReading.of(budget);
    this.spending = NumberReading.of(spending);
    return this;
  }

  public EvaluationBuilder param(String name, double value) {
    return param(name, NumberReading.of(value));
  }

  public EvaluationBuilder param(String name, NumberReading value) {
    int row = parameters.size() + 1;
    parameters.add(new Parameter(name, value, "", "", CellRef.of("评分参数", row, 0), CellRef.of("评分参数", row, 1)));
    return this;
  }

  /** A parent with a typed full score (null for blank). */
  public EvaluationBuilder parent(String code, String name, Double full) {
    return row(code, name, full, "", null, null, null, "");
  }

  public EvaluationBuilder formula(String code, String name, double full, String formula) {
    return row(code, name, full, formula, null, null, null, "理由");
  }

  public EvaluationBuilder manual(String code, String name, double full, double score) {
    return row(code, name, full, "", null, null, score, score < full ? "理由" : "");
  }

  public EvaluationBuilder row(String code, String name, Double full, String formula, Double target, Double actual,
      Double manual, String reason) {
    return row(code, name, reading(full), formula, reading(target), reading(actual), reading(manual), reason,
        IndicatorRow.PreviousValue.NONE);
  }

  public EvaluationBuilder row(String code, String name, NumberReading full, String formula, NumberReading target,
      NumberReading actual, NumberReading manual, String reason, IndicatorRow.PreviousValue previous) {
    rows.add(new IndicatorRow(rows.size() + 1, code, code, name, full, formula, target, actual, manual, reason, previous));
    return this;
  }

  public EvaluationBuilder grades(Object... nameAndMinimum) {
    List<GradeSheet.Row> bands = new ArrayList<>();
    for (int i = 0; i < nameAndMinimum.length; i += 2) {
      int row = i / 2 + 1;
      bands.add(new GradeSheet.Row((String) nameAndMinimum[i], reading((Double) nameAndMinimum[i + 1]),
          CellRef.of("等级标准", row, 0), CellRef.of("等级标准", row, 1)));
    }
    grades = new GradeSheet("等级标准", bands);
    return this;
  }

  private static NumberReading reading(Double value) {
    return value == null ? NumberReading.BLANK : NumberReading.of(value);
  }

  public Evaluation build() {
    Map<String, CellRef> cells = new LinkedHashMap<>();
    int row = 1;
    for (String label : project.keySet()) {
      cells.put(label, CellRef.of("项目信息", row++, 1));
    }
    ProjectInfo info = new ProjectInfo("项目信息", project, cells, budget, spending, List.of());
    IndicatorSheet sheet = new IndicatorSheet(SHEET, 0, templateColumns(), rows);
    return new Evaluation("测试.xlsx", info, parameters, sheet, Optional.ofNullable(grades), Findings.NONE, List.of());
  }
}
