package org.scorebook.kinds.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.CellGrid;
import org.scorebook.read.GridSheet;
import org.scorebook.read.KindReader;
import org.scorebook.read.SheetCells;

/**
 * A kind of workbook that exists only in tests: one sheet 打分表 with the project name in B1, a header
 * in row 2 (指标, 分值, 得分) and one top-level indicator per row below, out of 10 in all, graded 合格 from
 * 6. It has no codes: it gives its rows A, B, C … as the self-evaluation form will have to.
 */
public final class TallyReader implements KindReader {
  public static final String SHEET = "打分表";
  public static final WorkbookKind KIND =
      new WorkbookKind(
          "tally",
          "打分表",
          new RuleProfile(
              10,
              true,
              Optional.empty(),
              Map.of(),
              new GradeScale(List.of(new GradeBand("合格", 6), new GradeBand("不合格", 0)), true)),
          true);

  @Override
  public boolean recognises(CellGrid grid) {
    return SheetCells.findSheet(grid, SHEET).isPresent();
  }

  @Override
  public Evaluation read(CellGrid grid, String source) {
    List<Message> messages = new ArrayList<>();
    SheetCells cells = new SheetCells(grid, messages);
    GridSheet sheet = cells.findSheet(SHEET).orElseThrow();
    ProjectInfo project =
        new ProjectInfo(
            SHEET,
            Map.of(ProjectInfo.NAME, cells.text(sheet, 0, 1)),
            Map.of(ProjectInfo.NAME, CellRef.of(SHEET, 0, 1)),
            NumberReading.BLANK,
            NumberReading.BLANK,
            List.of());
    List<IndicatorRow> rows = new ArrayList<>();
    for (int r = 2; r <= sheet.lastRow(); r++) {
      String code = String.valueOf((char) ('A' + rows.size()));
      rows.add(
          new IndicatorRow(
              r,
              code,
              code,
              code,
              cells.text(sheet, r, 0),
              cells.number(sheet, r, 1, code),
              "",
              NumberReading.BLANK,
              NumberReading.BLANK,
              cells.number(sheet, r, 2, code),
              "",
              IndicatorRow.PreviousValue.NONE,
              false));
    }
    Map<IndicatorColumn, Integer> columns =
        Map.of(IndicatorColumn.NAME, 0, IndicatorColumn.FULL, 1, IndicatorColumn.MANUAL, 2);
    IndicatorSheet indicators = new IndicatorSheet(SHEET, 1, columns, rows);
    return new Evaluation(
        KIND,
        source,
        project,
        List.of(),
        indicators,
        Optional.empty(),
        Findings.NONE,
        messages,
        false);
  }
}
