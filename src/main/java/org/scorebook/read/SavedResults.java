package org.scorebook.read;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Which formula cells of one workbook the file saved no result for, so that their result is
 * calculated rather than read as blank or 0. In .xlsx: no {@code <v>}, or an empty one (as scripts
 * and some exports write). In .xls a formula always has a result; one that is 0 with the "calculate
 * on load" flag is what programs that do not calculate write (POI does; Excel and LibreOffice clear
 * the flag when they save), so it is calculated too: a 0 that was right is calculated as 0 again.
 */
final class SavedResults {
  private final Map<HSSFSheet, Set<Long>> uncalculatedXls = new IdentityHashMap<>();

  /** Whether the file saved no result for the formula in {@code cell}. */
  boolean missing(Cell cell) {
    if (cell instanceof XSSFCell xssf) {
      CTCell ct = xssf.getCTCell();
      return !ct.isSetV() || ct.getV().isBlank();
    }
    if (cell instanceof HSSFCell hssf && cell.getCellType() == CellType.FORMULA) {
      return uncalculatedXls
          .computeIfAbsent(hssf.getSheet(), SavedResults::uncalculated)
          .contains(key(cell.getRowIndex(), cell.getColumnIndex()));
    }
    return false;
  }

  private static Set<Long> uncalculated(HSSFSheet sheet) {
    Set<Long> cells = new HashSet<>();
    Iterator<CellValueRecordInterface> records = sheet.getSheet().getCellValueIterator();
    while (records.hasNext()) {
      if (records.next() instanceof FormulaRecordAggregate formula) {
        FormulaRecord record = formula.getFormulaRecord();
        if (record.isCalcOnLoad()
            && record.getCachedResultType() == CellType.NUMERIC.getCode()
            && record.getValue() == 0) {
          cells.add(key(formula.getRow(), formula.getColumn()));
        }
      }
    }
    return cells;
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }
}
