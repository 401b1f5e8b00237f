package org.scorebook.panel;

import java.nio.file.Path;
import java.util.List;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/** What became of a panel: combined and written, or not, and why; copies left out either way. */
public sealed interface PanelOutcome {

  /** A copy that could not take part: unreadable, or scored with errors. */
  record LeftOut(Path file, String reason) {}

  /**
   * A difference between a copy and the first that stops the panel.
   *
   * @param where the cell, or an empty string when the difference is the copy as a whole
   */
  record Difference(String copy, String where, String text) {
    /** 「丙.xlsx 项目信息!B2：…」, or 「丙.xlsx：…」 for the copy as a whole. */
    public String line() {
      return where.isEmpty()
          ? Text.get("panel.differenceLine.copy", copy, text)
          : Text.get("panel.differenceLine", copy, where, text);
    }
  }

  List<LeftOut> leftOut();

  /**
   * @param card the combined workbook as scored again: what its 评分汇总 shows
   */
  record Combined(Path output, ExpertPanel panel, Scorecard card, List<LeftOut> leftOut)
      implements PanelOutcome {}

  /**
   * @param reason why, in one sentence; the differences, when the copies are not of one tree
   */
  record NotCombined(String reason, List<Difference> differences, List<LeftOut> leftOut)
      implements PanelOutcome {}
}
