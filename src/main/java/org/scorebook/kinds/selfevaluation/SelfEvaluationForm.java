package org.scorebook.kinds.selfevaluation;

import java.util.List;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.KindDetails;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.Scorecard;

/**
 * The self-evaluation form's details: the printed form it is (funds block, overall goal, the cells
 * the processor writes its results into), and what the form says in place of a 评价结论.
 */
public record SelfEvaluationForm(PrintedForm form) implements KindDetails {

  /** The header of the column a deviation from the target is explained in. */
  public static final String DEVIATION_HEADER = "偏差原因分析及改进措施";

  /** The name of the level-one indicator the budget line is scored as. */
  public static final String BUDGET_LINE = "预算执行";

  @Override
  public String sheetName() {
    return form.sheetName();
  }

  @Override
  public Optional<CellRef> totalCell() {
    return form.totalCell();
  }

  /** 年度总体目标 · 实际完成情况: what the form says in place of 主要绩效. */
  @Override
  public String achievements(Scorecard card) {
    return form.achievedGoal();
  }

  @Override
  public List<String> problems(Scorecard card) {
    return FormFindings.problems(card);
  }

  @Override
  public Optional<PrintedForm> printedForm() {
    return Optional.of(form);
  }
}
