package org.scorebook.write;

import org.scorebook.model.Scorecard;
import org.scorebook.style.CellFormats;

/**
 * What one run writes into the evaluator's existing sheets, in order: an earlier run's marks
 * removed, 得分 / 得分率 / 校验结果 on the indicator sheet, the form's own result cells, and the cells at
 * fault filled and commented. Written once for both ways of saving: into a workbook loaded into POI
 * ({@link PoiSheets}) or into the worksheet parts' XML ({@link XmlSheets}).
 */
final class SheetEdits {
  private SheetEdits() {}

  static void apply(EditedSheets sheets, CellFormats formats, Scorecard card) {
    CellAnnotations marks = new CellAnnotations(sheets, formats);
    marks.clearStale();
    new IndicatorAnnotator(sheets, formats).annotate(card);
    new FormResults(sheets, formats).write(card);
    marks.mark(card.messages());
  }
}
