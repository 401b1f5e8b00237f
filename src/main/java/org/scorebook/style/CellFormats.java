package org.scorebook.style;

/**
 * Cell formats by their index in the workbook's list of cell formats (an .xlsx's {@code cellXfs}, a
 * POI {@code CellStyle}'s index): the formats the writers give the cells they change. Each method
 * finds an equal format the workbook already has or adds one, so writing an output again adds none;
 * an existing format is never changed, since other cells share it.
 *
 * <p>{@link PoiCellFormats} answers from a workbook loaded into POI, through {@link Styles}; a
 * workbook edited as XML answers from its styles part.
 */
public interface CellFormats {
  /** The format for a new cell that should look like {@code look}. */
  int of(Look look);

  /**
   * Format {@code baseXf} (an existing cell's) with {@code fill} instead of its own: how a cell at
   * fault keeps the evaluator's formatting. {@link Fill#NONE} gives the format without a fill.
   */
  int withFill(int baseXf, Fill fill);

  /** Format {@code baseXf} with the number format {@code format}, everything else kept. */
  int withFormat(int baseXf, String format);

  /** Format {@code baseXf} with the number format {@code format} and its text wrapped. */
  int wrappedWithFormat(int baseXf, String format);

  /**
   * Whether format {@code xf} fills its cell solidly with {@code fill}'s colour, as a cell marked
   * by an earlier run is filled. Never true for {@link Fill#NONE}.
   */
  boolean hasFill(int xf, Fill fill);
}
