package org.scorebook.kinds.selfevaluation;

import java.util.Map;
import java.util.Optional;
import org.scorebook.model.GradeScale;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;

/** The national project self-evaluation form (项目支出绩效自评表) as the model and the rules know it. */
public final class SelfEvaluation {

  /**
   * The form's rules: the leaves and the budget line make 100, usually 产出 50, 效益 30, 满意度 10 and
   * 预算执行 10; a score below full is explained in 偏差原因分析及改进措施.
   */
  public static final RuleProfile RULES =
      new RuleProfile(
          100,
          true,
          Optional.of(SelfEvaluationForm.DEVIATION_HEADER),
          Map.of("产出指标", 50.0, "效益指标", 30.0, "满意度指标", 10.0, SelfEvaluationForm.BUDGET_LINE, 10.0),
          GradeScale.NATIONAL);

  /** The form's kind, found in any sheet; it keeps its own columns and gets comments instead. */
  public static final WorkbookKind IDENTITY =
      new WorkbookKind(
          "self-evaluation",
          Text.get("kind.selfEvaluation"),
          Text.get("department.kind.selfEvaluation"),
          RULES,
          false);

  private SelfEvaluation() {}
}
