package org.scorebook.kinds.selfevaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.report.ReportText;

/**
 * What a self-evaluation form says in place of the contract's 评价结论: its 主要绩效 is the overall goal's
 * 实际完成情况, its 存在问题 the 偏差原因 of the leaves that lost points. The report and the department summary
 * both ask the form's details for them ({@link SelfEvaluationForm#achievements}).
 */
final class FormFindings {
  /** A score this far below full lost points (scores have two decimals). */
  private static final double LOST = 0.005;

  private FormFindings() {}

  /** 1、平均故障修复时间：3 月… — each leaf that lost points and has a 偏差原因, numbered. */
  static List<String> problems(Scorecard card) {
    Map<Integer, IndicatorRow> rows = new HashMap<>();
    for (IndicatorRow row : card.evaluation().indicators().rows()) {
      rows.put(row.row(), row);
    }
    List<String> out = new ArrayList<>();
    for (ScoredIndicator leaf : card.indicators()) {
      if (!leaf.leaf()
          || leaf.score().isEmpty()
          || leaf.score().getAsDouble() >= leaf.full() - LOST) {
        continue;
      }
      IndicatorRow row = rows.get(leaf.row());
      String reason = row == null ? "" : ReportText.clean(row.reason()).strip();
      if (!reason.isEmpty()) {
        out.add((out.size() + 1) + "、" + Text.get("report.problem.fromLeaf", leaf.name(), reason));
      }
    }
    return out;
  }
}
