package org.scorebook.write;

import java.util.ArrayList;
import java.util.List;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.style.CellFormats;

/**
 * What one run writes into the evaluator's existing sheets, in order: an earlier run's marks
 * removed, 得分 / 得分率 / 校验结果 on the indicator sheet, the form's own result cells, and the cells at
 * fault filled and commented, with a note where a formula of the user's gave way to a result. A
 * review's findings are marked the same way; it writes no result. Written once for both ways of
 * saving: into a workbook loaded into POI ({@link org.scorebook.save.PoiSheets}) or into the
 * worksheet parts' XML ({@link org.scorebook.partsave.XmlSheets}).
 */
public final class SheetEdits {
  private SheetEdits() {}

  public static void apply(EditedSheets sheets, CellFormats formats, Scorecard card) {
    apply(sheets, formats, List.of(card));
  }

  /**
   * The edits of every project of a workbook, each in its own sheets; an earlier run's marks are
   * removed once, before any is written.
   */
  public static void apply(EditedSheets sheets, CellFormats formats, List<Scorecard> cards) {
    CellAnnotations marks = new CellAnnotations(sheets, formats);
    marks.clearStale();
    List<Message> messages = new ArrayList<>();
    for (Scorecard card : cards) {
      if (card.isReview()) {
        messages.addAll(card.messages()); // a review writes no results, only marks its findings
        continue;
      }
      ResultCells results = new ResultCells();
      new IndicatorAnnotator(sheets, formats, results).annotate(card);
      new FormResults(sheets, formats, results).write(card);
      messages.addAll(card.messages());
      messages.addAll(results.notesBeside(card.messages()));
    }
    marks.mark(messages);
  }
}
