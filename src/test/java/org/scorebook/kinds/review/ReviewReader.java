package org.scorebook.kinds.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.KindDetails;
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
 * Reads the test kind's 审核表: any sheet whose A1 says 审核表 is one project, with 项目名称, 项目单位 and 年度金额
 * in B2 to B4, and from row 6 one indicator per row, its name in A and its 指标值 in B.
 */
public final class ReviewReader implements KindReader {
  static final String MARK = "审核表";
  static final int FIRST_VALUE_ROW = 5;

  /**
   * Asks for the output columns a scored table gets, so that a review is seen to write none of
   * them.
   */
  public static final WorkbookKind KIND =
      new WorkbookKind(
          "review-test", "测试审核表", "审核表", RuleProfile.CONTRACT_V1, true, WorkbookKind.Result.REVIEW);

  /** One 指标值 as typed, at its cell. */
  record Value(String indicator, String text, CellRef cell) {}

  /** The project's 指标值, which the kind reviews. */
  record Values(String sheetName, List<Value> values) implements KindDetails {}

  @Override
  public boolean recognises(CellGrid grid) {
    return grid.sheets().stream().anyMatch(sheet -> isReviewSheet(grid, sheet));
  }

  @Override
  public Evaluation read(CellGrid grid, String source) {
    return readAll(grid, source).get(0);
  }

  @Override
  public List<Evaluation> readAll(CellGrid grid, String source) {
    return grid.sheets().stream()
        .filter(sheet -> isReviewSheet(grid, sheet))
        .map(sheet -> read(grid, sheet, source))
        .toList();
  }

  private static boolean isReviewSheet(CellGrid grid, GridSheet sheet) {
    return MARK.equals(new SheetCells(grid, new ArrayList<>()).text(sheet, 0, 0).strip());
  }

  private static Evaluation read(CellGrid grid, GridSheet sheet, String source) {
    List<Message> messages = new ArrayList<>();
    SheetCells cells = new SheetCells(grid, messages);
    String name = sheet.name();
    ProjectInfo project =
        new ProjectInfo(
            name,
            Map.of(
                ProjectInfo.NAME,
                cells.text(sheet, 1, 1),
                ProjectInfo.UNIT,
                cells.text(sheet, 2, 1)),
            Map.of(ProjectInfo.NAME, CellRef.of(name, 1, 1)),
            cells.number(sheet, 3, 1, ""),
            NumberReading.BLANK,
            List.of());
    List<Value> values = new ArrayList<>();
    for (int r = FIRST_VALUE_ROW; r <= sheet.lastRow(); r++) {
      String indicator = cells.text(sheet, r, 0).strip();
      if (!indicator.isEmpty()) {
        values.add(new Value(indicator, cells.text(sheet, r, 1).strip(), CellRef.of(name, r, 1)));
      }
    }
    return new Evaluation(
        KIND,
        source,
        project,
        List.of(),
        new IndicatorSheet(name, FIRST_VALUE_ROW - 1, Map.of(), List.of()),
        Optional.empty(),
        Findings.NONE,
        messages,
        false,
        Optional.of(new Values(name, values)));
  }
}
