package org.scorebook.write;

import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.CellRef;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SelfEvaluationForm;
import org.scorebook.model.Text;
import org.scorebook.style.Styles;

/**
 * Writes the self-evaluation form's own result cells: the budget line's 执行率, the 总分 (whatever it
 * held before, a broken formula included) and the grade beside it. A workbook with errors gets no
 * total and no grade, as contract v1 gets no 得分 on a row with errors.
 */
final class FormResults {
  private final Workbook workbook;
  private final Styles styles;

  FormResults(Workbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  void write(Scorecard card) {
    card.evaluation().form().ifPresent(form -> write(card, form));
  }

  private void write(Scorecard card, SelfEvaluationForm form) {
    Sheet sheet = Cells.findSheet(workbook, form.sheetName()).orElse(null);
    if (sheet == null) {
      return;
    }
    form.executionRateCell()
        .ifPresent(at -> number(sheet, at, card.executionRate(), IndicatorAnnotator.RATE_FORMAT));
    form.totalCell()
        .ifPresent(at -> number(sheet, at, card.total(), IndicatorAnnotator.SCORE_FORMAT));
    form.gradeCell().ifPresent(at -> grade(sheet, at, card));
  }

  private void number(Sheet sheet, CellRef at, OptionalDouble value, String format) {
    Cell cell = Cells.cell(sheet, at.row(), at.column());
    Cells.prepareForValue(cell);
    cell.setCellStyle(styles.withFormat(cell.getCellStyle(), format));
    if (value.isPresent()) {
      cell.setCellValue(value.getAsDouble());
    } else {
      Cells.clear(cell);
    }
  }

  /** The grade goes into its cell only when the cell is empty or holds a grade written before. */
  private void grade(Sheet sheet, CellRef at, Scorecard card) {
    Cell cell = Cells.cell(sheet, at.row(), at.column());
    boolean ours =
        Cells.isBlank(cell)
            || cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().startsWith(Text.get("write.form.gradePrefix"));
    if (!ours) {
      return;
    }
    Cells.prepareForValue(cell);
    if (card.grade().isPresent()) {
      cell.setCellValue(Text.get("write.form.gradePrefix") + card.grade().get());
    } else {
      Cells.clear(cell);
    }
  }
}
