package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/**
 * What one kind of workbook holds beyond the indicator table and header fields every kind shares:
 * each kind that has more implements this with its own record, and only that kind's code looks
 * inside it. The rest asks it the questions below.
 */
public interface KindDetails {

  /** The sheet these details were read from, which the writers annotate with the others. */
  String sheetName();

  /**
   * The cell the total goes in, when the workbook has its own (the form's 总分 row); the aids run to
   * it.
   */
  default Optional<CellRef> totalCell() {
    return Optional.empty();
  }

  /** The printed form these details fill, for the writers that lay out and fill a printed form. */
  default Optional<PrintedForm> printedForm() {
    return Optional.empty();
  }

  /**
   * 主要绩效 for a workbook without a 评价结论 of its own, said from these details (the form's 实际完成情况);
   * empty when there is nothing to say.
   */
  default String achievements(Scorecard card) {
    return "";
  }

  /**
   * 存在问题, numbered, for a workbook whose 评价结论 names none (the form's leaves that lost points, with
   * their 偏差原因); empty when there is nothing to say.
   */
  default List<String> problems(Scorecard card) {
    return List.of();
  }
}
