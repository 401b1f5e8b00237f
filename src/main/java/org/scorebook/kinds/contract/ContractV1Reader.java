package org.scorebook.kinds.contract;

import org.scorebook.model.Evaluation;
import org.scorebook.model.SheetNames;
import org.scorebook.read.CellGrid;
import org.scorebook.read.KindReader;
import org.scorebook.read.SheetCells;
import org.scorebook.read.UnreadableWorkbookException;

/**
 * The workbook of the evaluation contract, version 1 (the template's): recognised by its 指标评分
 * sheet.
 */
public final class ContractV1Reader implements KindReader {

  @Override
  public boolean recognises(CellGrid grid) {
    return SheetCells.findSheet(grid, SheetNames.INDICATORS).isPresent();
  }

  @Override
  public Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException {
    return new ContractV1Sheets(grid).read(source);
  }
}
