package org.scorebook.write;

import java.util.Optional;
import java.util.OptionalDouble;
import org.scorebook.model.CellRef;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.style.CellFormats;
import org.scorebook.write.EditedSheet.CellValue;

/**
 * Writes the self-evaluation form's own result cells: the budget line's 执行率, the 总分 (whatever it
 * held before, a broken formula included) and the grade beside it. A workbook with errors gets no
 * total and no grade, as contract v1 gets no 得分 on a row with errors. In the 总分 row, a 分值 total
 * that shows an error value gets the form's 分值 added up; any other cell there showing an error
 * value gets a note, so the printed form's total row shows no {@code #REF!} unexplained.
 */
final class FormResults {
  private final EditedSheets sheets;
  private final CellFormats formats;
  private final ResultCells results;

  FormResults(EditedSheets sheets, CellFormats formats, ResultCells results) {
    this.sheets = sheets;
    this.formats = formats;
    this.results = results;
  }

  void write(Scorecard card) {
    card.evaluation().printedForm().ifPresent(form -> write(card, form));
  }

  private void write(Scorecard card, PrintedForm form) {
    EditedSheet sheet = sheets.find(form.sheetName()).orElse(null);
    if (sheet == null) {
      return;
    }
    form.executionRateCell()
        .ifPresent(
            at ->
                number(
                    sheet,
                    at,
                    card.executionRate(),
                    IndicatorAnnotator.RATE_FORMAT,
                    IndicatorAnnotator.RATE_PLACES));
    form.totalCell()
        .ifPresent(
            at ->
                number(
                    sheet,
                    at,
                    card.total(),
                    IndicatorAnnotator.SCORE_FORMAT,
                    IndicatorAnnotator.SCORE_PLACES));
    form.gradeCell().ifPresent(at -> grade(sheet, at, card));
    form.totalCell().ifPresent(at -> totalRow(sheet, at, form, card));
  }

  private void number(
      EditedSheet sheet, CellRef at, OptionalDouble value, String format, int places) {
    int xf = formats.withFormat(sheet.formatOrNew(at.row(), at.column()), format);
    if (value.isPresent()) {
      results.number(sheet, at.row(), at.column(), value.getAsDouble(), xf, places, "");
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

  /**
   * The other cells of the 总分 row that show an error value: the 分值 total gets the form's 分值 added
   * up (the leaves' and the budget line's), when every one of them is a number; any other gets a
   * note.
   */
  private void totalRow(EditedSheet sheet, CellRef total, PrintedForm form, Scorecard card) {
    Optional<Integer> fullColumn = card.evaluation().indicators().column(IndicatorColumn.FULL);
    OptionalDouble fullSum = fullSum(card);
    for (int column : sheet.columns(total.row())) {
      boolean written =
          column == total.column()
              || form.gradeCell().filter(g -> g.column() == column).isPresent();
      if (written || !showsError(sheet, total.row(), column)) {
        continue;
      }
      if (fullColumn.filter(c -> c == column).isPresent() && fullSum.isPresent()) {
        int xf = sheet.formatOrNew(total.row(), column);
        results.number(
            sheet,
            total.row(),
            column,
            fullSum.getAsDouble(),
            xf,
            IndicatorAnnotator.SCORE_PLACES,
            "");
      } else {
        results.noteError(sheet, total.row(), column);
      }
    }
  }

  private static boolean showsError(EditedSheet sheet, int row, int column) {
    CellValue.Kind kind = sheet.value(row, column).kind();
    return kind == CellValue.Kind.ERROR
        || kind == CellValue.Kind.FORMULA && sheet.calculated(row, column).isEmpty();
  }

  /** The 分值 of every row that has one, added up; empty when one of them is not a number. */
  private static OptionalDouble fullSum(Scorecard card) {
    double sum = 0;
    for (IndicatorRow row : card.evaluation().indicators().rows()) {
      if (row.full().isBlank()) {
        continue;
      }
      if (!row.full().isValue()) {
        return OptionalDouble.empty();
      }
      sum += row.full().value();
    }
    return OptionalDouble.of(sum);
  }
}
