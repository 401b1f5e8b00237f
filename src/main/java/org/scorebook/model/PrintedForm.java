package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/**
 * What a printed budget form holds besides its indicator table and header fields, whichever form it
 * is: the funds block, the year's overall goal, and the form's own cells the processor writes its
 * results into. The writers lay out and fill a printed form from this, without knowing which form
 * it came from.
 *
 * @param sheetName the sheet the form was read from
 * @param funds the funds block's lines in sheet order (年度资金总额 first), as shown
 * @param expectedGoal 年度总体目标 · 预期目标
 * @param achievedGoal 年度总体目标 · 实际完成情况
 * @param executionRateCell 执行率 of the 年度资金总额 line, when the form has one
 * @param totalCell the 总分 row's 得分 cell, when the form has one
 * @param gradeCell where the grade goes: the first free cell right of the total
 */
public record PrintedForm(
    String sheetName,
    List<FundsLine> funds,
    String expectedGoal,
    String achievedGoal,
    Optional<CellRef> executionRateCell,
    Optional<CellRef> totalCell,
    Optional<CellRef> gradeCell) {

  public PrintedForm {
    funds = List.copyOf(funds);
  }

  /** One line of the funds block: its label and amounts in 万元 as the form shows them. */
  public record FundsLine(String label, String planned, String budget, String executed) {}
}
