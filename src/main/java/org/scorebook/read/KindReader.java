package org.scorebook.read;

import java.util.List;
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

  /**
   * Reads every project {@code grid} holds, in the workbook's order: one for a kind whose workbook
   * is one project, one per sheet for a form that budget systems export one project per sheet. What
   * is said about the workbook as a whole (sheets not read) is among the first project's messages.
   *
   * @throws UnreadableWorkbookException when not one project can be read
   */
  default List<Evaluation> readAll(CellGrid grid, String source)
      throws UnreadableWorkbookException {
    return List.of(read(grid, source));
  }
}
