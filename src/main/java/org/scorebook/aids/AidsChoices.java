package org.scorebook.aids;

import org.scorebook.model.Evaluation;
import org.scorebook.model.WorkbookKind;

/**
 * Which aids an indicator table gets, by what it was read from.
 *
 * @param ownColumns a table in Scorebook's own columns (the template's): the aids cover it from the
 *     row below the header, it gets the check row, a header filter and frozen panes where the sheet
 *     has none, and 项目信息 gets its validations
 * @param printedForm a printed form's table: the evaluator types 得分 (not a manual score beside a
 *     formula), 实际完成值 offers a qualitative leaf's band words, and the form's own checks colour 得分
 *     and 偏差原因
 */
public record AidsChoices(boolean ownColumns, boolean printedForm) {

  /** The template's table, in Scorebook's own columns. */
  public static final AidsChoices OWN_COLUMNS = new AidsChoices(true, false);

  /** A printed form's table, in the form's columns. */
  public static final AidsChoices PRINTED_FORM = new AidsChoices(false, true);

  /** A table that gets only the aids every table gets. */
  public static final AidsChoices PLAIN = new AidsChoices(false, false);

  /**
   * The aids for what the evaluation was read from: a printed form's, the template's own columns,
   * or the plain ones for any other table.
   */
  public static AidsChoices of(Evaluation evaluation) {
    if (evaluation.printedForm().isPresent()) {
      return PRINTED_FORM;
    }
    return evaluation.kind().equals(WorkbookKind.CONTRACT_V1) ? OWN_COLUMNS : PLAIN;
  }
}
