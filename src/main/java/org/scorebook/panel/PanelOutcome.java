package org.scorebook.panel;

import java.nio.file.Path;
import java.util.List;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Scorecard;

/** What became of a panel: combined and written, or not, and why; copies left out either way. */
public sealed interface PanelOutcome {

  /** A copy that could not take part: unreadable, or scored with errors. */
  record LeftOut(Path file, String reason) {}

  /** A difference between a copy and the first that stops the panel. */
  record Difference(String copy, String where, String text) {}

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
