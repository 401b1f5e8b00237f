package org.scorebook.write;

import java.util.OptionalDouble;
import org.scorebook.model.CellRef;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SelfEvaluationForm;
import org.scorebook.model.Text;
import org.scorebook.style.CellFormats;
import org.scorebook.write.EditedSheet.CellValue;

/**
 * Writes the self-evaluation form's own result cells: the budget line's 执行率, the 总分 (whatever it
 * held before, a broken formula included) and the grade beside it. A workbook with errors gets no
 * total and no grade, as contract v1 gets no 得分 on a row with errors.
 */
final class FormResults {
  private final EditedSheets sheets;
  private final CellFormats formats;

  FormResults(EditedSheets sheets, CellFormats formats) {
    this.sheets = sheets;
    this.formats = formats;
  }

  void write(Scorecard card) {
    card.evaluation().form().ifPresent(form -> write(card, form));
  }

  private void write(Scorecard card, SelfEvaluationForm form) {
    EditedSheet sheet = sheets.find(form.sheetName()).orElse(null);
    if (sheet == null) {
      return;
    }
    form.executionRateCell()
        .ifPresent(at -> number(sheet, at, card.executionRate(), IndicatorAnnotator.RATE_FORMAT));
    form.totalCell()
        .ifPresent(at -> number(sheet, at, card.total(), IndicatorAnnotator.SCORE_FORMAT));
    form.gradeCell().ifPresent(at -> grade(sheet, at, card));
  }

  private void number(EditedSheet sheet, CellRef at, OptionalDouble value, String format) {
    int xf = formats.withFormat(sheet.formatOrNew(at.row(), at.column()), format);
    if (value.isPresent()) {
      sheet.setNumber(at.row(), at.column(), value.getAsDouble(), xf);
    } else {
      sheet.setBlank(at.row(), at.column(), xf);
    }
  }

  /** The grade goes into its cell only when the cell is empty or holds a grade written before. */
  private void grade(EditedSheet sheet, CellRef at, Scorecard card) {
    CellValue held = sheet.value(at.row(), at.column());
    boolean ours =
        held.isBlank()
            || held.isText() && held.text().startsWith(Text.get("write.form.gradePrefix"));
    if (!ours) {
      return;
    }
    int xf = sheet.formatOrNew(at.row(), at.column());
    if (card.grade().isPresent()) {
      sheet.setText(
          at.row(), at.column(), Text.get("write.form.gradePrefix") + card.grade().get(), xf);
    } else {
      sheet.setBlank(at.row(), at.column(), xf);
    }
  }
}
