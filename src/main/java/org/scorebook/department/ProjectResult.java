package org.scorebook.department;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.scorebook.model.WorkbookKind;

/**
 * A project scored without errors, as the results workbook shows it: a few hundred bytes, however
 * big its workbook was.
 *
 * @param kind the kind of workbook it was read as (the template, or the self-evaluation form)
 * @param name 项目名称
 * @param unit 项目单位 (the form's 实施单位), empty when not given
 * @param department 主管部门, empty when not given
 * @param budget 预算金额 in 万元, when the workbook gives one
 * @param spending 实际支出 (决算金额) in 万元, when the workbook gives one; for the self-evaluation form, its
 *     全年执行数 (and {@code budget} its 全年预算数)
 * @param score the total, rounded to two decimals
 * @param grade 评价结论, the grade under the workbook's own 等级标准
 * @param findings 主要绩效, 存在问题, 整改建议, 整改情况 in that order ({@code Findings.LABELS}); empty strings
 *     when missing
 * @param levels the level-one indicators in sheet order
 * @param scoredCopy the workbook is a scored output (it holds a 评分汇总 sheet)
 * @param modified when the file was last changed
 * @param sheet the sheet that holds the project when its workbook holds several, else empty
 */
public record ProjectResult(
    Path file,
    WorkbookKind kind,
    String name,
    String unit,
    String department,
    OptionalDouble budget,
    OptionalDouble spending,
    double score,
    String grade,
    List<String> findings,
    List<Entry.LevelRate> levels,
    boolean scoredCopy,
    Instant modified,
    String sheet)
    implements Entry {

  public ProjectResult {
    findings = List.copyOf(findings);
    levels = List.copyOf(levels);
  }

  /** The one project of its workbook. */
  public ProjectResult(
      Path file,
      WorkbookKind kind,
      String name,
      String unit,
      String department,
      OptionalDouble budget,
      OptionalDouble spending,
      double score,
      String grade,
      List<String> findings,
      List<Entry.LevelRate> levels,
      boolean scoredCopy,
      Instant modified) {
    this(
        file,
        kind,
        name,
        unit,
        department,
        budget,
        spending,
        score,
        grade,
        findings,
        levels,
        scoredCopy,
        modified,
        "");
  }

  /**
   * Which of two copies of one project counts: a scored output before an evaluation, then the
   * newer.
   */
  static final Comparator<ProjectResult> PREFERRED =
      Comparator.comparing(ProjectResult::scoredCopy)
          .thenComparing(ProjectResult::modified)
          .reversed();

  /**
   * 执行率: 实际支出 ÷ 预算金额, not capped at 100 %; empty unless the workbook gives both and a budget above
   * zero.
   */
  public OptionalDouble executionRate() {
    return budget.isPresent() && spending.isPresent() && budget.getAsDouble() > 0
        ? OptionalDouble.of(spending.getAsDouble() / budget.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * The 得分率 of the level-one indicator named {@code levelName}, empty when the project has none.
   */
  public OptionalDouble rateOf(String levelName) {
    return levels.stream()
        .filter(l -> l.name().equals(levelName))
        .findFirst()
        .map(Entry.LevelRate::rate)
        .orElse(OptionalDouble.empty());
  }
}
