package org.scorebook.testing;

import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;

/**
 * A shorthand over {@link TestWorkbooks} for tests of the rules and the scorer: one call per
 * indicator row, and {@link #build} gives the {@link Evaluation} the real reader makes of the
 * workbook. The workbook is the template's layout (指标评分 header on row 1, columns A 指标编码 … K 校验结果;
 * 项目信息, 评分参数 and 等级标准 values from row 2), with the national grade bands unless {@link #grades}
 * replaces them.
 */
public final class EvaluationBuilder {
  private final TestWorkbooks.Builder workbook =
      TestWorkbooks.evaluation().project(ProjectInfo.NAME, "测试项目");

  private EvaluationBuilder() {}

  public static EvaluationBuilder evaluation() {
    return new EvaluationBuilder();
  }

  public EvaluationBuilder project(String label, String value) {
    workbook.project(label, value);
    return this;
  }

  public EvaluationBuilder budget(double budget, double spending) {
    workbook.project(ProjectInfo.BUDGET, budget).project(ProjectInfo.SPENDING, spending);
    return this;
  }

  public EvaluationBuilder param(String name, double value) {
    workbook.param(name, value);
    return this;
  }

  public EvaluationBuilder param(String name, NumberReading value) {
    workbook.param(name, cell(value));
    return this;
  }

  /** A parent with a typed full score (null for blank). */
  public EvaluationBuilder parent(String code, String name, Double full) {
    return row(code, name, full, "", null, null, null, "");
  }

  /** A leaf scored by {@code formula}, with a reason in case it scores less than full. */
  public EvaluationBuilder formula(String code, String name, double full, String formula) {
    return row(code, name, full, formula, null, null, null, "理由");
  }

  /** A leaf with a manual score, and a reason when the score is below full. */
  public EvaluationBuilder manual(String code, String name, double full, double score) {
    return row(code, name, full, "", null, null, score, score < full ? "理由" : "");
  }

  /** A row as typed: null for a blank number, "" for a blank formula or reason. */
  public EvaluationBuilder row(
      String code,
      String name,
      Double full,
      String formula,
      Double target,
      Double actual,
      Double manual,
      String reason) {
    workbook.indicatorRow(code, name, full, formula, target, actual, manual, reason, null);
    return this;
  }

  /**
   * A row whose numbers are given as readings ({@link NumberReading.Invalid} is typed as its text)
   * and whose 得分 was typed as {@code previous.shown()}.
   */
  public EvaluationBuilder row(
      String code,
      String name,
      NumberReading full,
      String formula,
      NumberReading target,
      NumberReading actual,
      NumberReading manual,
      String reason,
      IndicatorRow.PreviousValue previous) {
    workbook.indicatorRow(
        code,
        name,
        cell(full),
        formula,
        cell(target),
        cell(actual),
        cell(manual),
        reason,
        previous.isPresent() ? previous.shown() : null);
    return this;
  }

  /** Replaces the bands: {@code grades("优", 90.0, "良", 80.0, "差", 0.0)}. */
  public EvaluationBuilder grades(Object... nameAndMinimum) {
    workbook.grades(nameAndMinimum);
    return this;
  }

  /** Leaves the 等级标准 sheet out, so the kind's default bands grade. */
  public EvaluationBuilder withoutGradeSheet() {
    workbook.withoutSheet("等级标准");
    return this;
  }

  /** What the reader makes of the workbook built so far. */
  public Evaluation build() {
    return workbook.read();
  }

  /** The value to type for a reading: a number, nothing, or the text that could not be read. */
  private static Object cell(NumberReading reading) {
    if (reading instanceof NumberReading.Value value) {
      return value.value();
    }
    if (reading instanceof NumberReading.Invalid invalid) {
      return invalid.shown();
    }
    return null;
  }
}
