package org.scorebook.read;

import org.scorebook.model.Evaluation;

/**
 * Reads one kind of evaluation workbook into the model that every kind shares, so that the rules,
 * the scorer and the writers need not know which kind it was. The evaluation it produces names its
 * kind, whose rule profile the rules apply.
 */
public interface KindReader {

  /**
   * Whether {@code grid} is of this kind, judged by its content (a sheet, a title), never by its
   * file name.
   */
  boolean recognises(CellGrid grid);

  /**
   * Reads {@code grid}; {@code source} names it in messages and the score sheet's footer.
   *
   * @throws UnreadableWorkbookException when the workbook lacks what this kind cannot do without
   */
  Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException;
}
