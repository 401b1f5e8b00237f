package org.scorebook.save;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.SheetNames;
import org.scorebook.write.ChangedSheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings every formula's cached value up to date, so that readers which do not calculate (mail
 * previews, phones, LibreOffice with its default settings) show the new scores. A formula POI
 * cannot evaluate (an exotic function, a link to another file) keeps its old cached value and is
 * logged; it never fails the workbook. Excel is also asked to recalculate on opening.
 */
final class Recalculator {
  private static final Logger LOG = LoggerFactory.getLogger(Recalculator.class);

  private Recalculator() {}

  /**
   * @return how many formulas could not be evaluated
   */
  static int recalculate(Workbook workbook) {
    return recalculate(workbook, List.of(), new ChangedSheets());
  }

  /**
   * @param cached formula cells whose cached values were just set from what they compute, left as
   *     they are
   * @param changed where the sheets whose cached values now differ are added
   * @return how many formulas could not be evaluated
   */
  static int recalculate(Workbook workbook, Collection<Cell> cached, ChangedSheets changed) {
    Set<Cell> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
    skipped.addAll(cached);
    FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    evaluator.setIgnoreMissingWorkbooks(true);
    int failed = 0;
    for (Sheet sheet : workbook) {
      if (SheetNames.matches(sheet.getSheetName(), WorkbookWriter.SCORE_SHEET)) {
        continue; // written by Scorebook just now, without formulas
      }
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA || skipped.contains(cell)) {
            continue;
          }
          String before = cachedValue(cell);
          if (!evaluate(evaluator, cell)) {
            failed++;
          } else if (!before.equals(cachedValue(cell))) {
            changed.add(sheet);
          }
        }
      }
    }
    workbook.setForceFormulaRecalculation(true);
    if (failed > 0) {
      LOG.warn("{} formula(s) could not be evaluated; their cached values are unchanged", failed);
    }
    return failed;
  }

  private static boolean evaluate(FormulaEvaluator evaluator, Cell cell) {
    try {
      evaluator.evaluateFormulaCell(cell);
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      LOG.debug(
          "cannot evaluate {}!{} ({}): {}",
          cell.getSheet().getSheetName(),
          cell.getAddress(),
          formulaOf(cell),
          e.toString());
      return false;
    }
  }

  /** The cached result as the file stores it: its type and value. */
  private static String cachedValue(Cell cell) {
    try {
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC -> "n" + Double.doubleToLongBits(cell.getNumericCellValue());
        case STRING -> "s" + cell.getRichStringCellValue().getString();
        case BOOLEAN -> "b" + cell.getBooleanCellValue();
        case ERROR -> "e" + cell.getErrorCellValue();
        default -> "-";
      };
    } catch (RuntimeException e) {
      return "?" + e; // unreadable before: whatever evaluation makes of it counts as a change
    }
  }

  private static String formulaOf(Cell cell) {
    try {
      return cell.getCellFormula();
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
