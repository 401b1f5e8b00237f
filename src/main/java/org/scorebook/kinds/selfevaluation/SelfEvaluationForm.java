package org.scorebook.kinds.selfevaluation;

import java.util.List;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.KindDetails;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.Scorecard;

/**
 * What the self-evaluation form holds besides its indicator table and header fields: the funds
 * block, the year's overall goal, and the cells the processor writes its results into.
 *
 * @param funds the funds block's lines in sheet order (年度资金总额 first), as shown
 * @param expectedGoal 年度总体目标 · 预期目标
 * @param achievedGoal 年度总体目标 · 实际完成情况
 * @param executionRateCell 执行率 of the 年度资金总额 line, when the form has one
 * @param totalCell the 总分 row's 得分 cell, when the form has one
 * @param gradeCell where the grade goes: the first free cell right of the total
 */
public record SelfEvaluationForm(
    String sheetName,
    List<PrintedForm.FundsLine> funds,
    String expectedGoal,
    String achievedGoal,
    Optional<CellRef> executionRateCell,
    Optional<CellRef> totalCell,
    Optional<CellRef> gradeCell)
    implements KindDetails {

  /** The header of the column a deviation from the target is explained in. */
  public static final String DEVIATION_HEADER = "偏差原因分析及改进措施";

  /** The name of the level-one indicator the budget line is scored as. */
  public static final String BUDGET_LINE = "预算执行";

  public SelfEvaluationForm {
    funds = List.copyOf(funds);
  }

  /** 年度总体目标 · 实际完成情况: what the form says in place of 主要绩效. */
  @Override
  public String achievements(Scorecard card) {
    return achievedGoal;
  }

  @Override
  public List<String> problems(Scorecard card) {
    return FormFindings.problems(card);
  }

  @Override
  public Optional<PrintedForm> printedForm() {
    return Optional.of(
        new PrintedForm(
            sheetName, funds, expectedGoal, achievedGoal, executionRateCell, totalCell, gradeCell));
  }
}
