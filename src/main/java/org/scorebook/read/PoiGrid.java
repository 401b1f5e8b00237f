package org.scorebook.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of a workbook POI has opened: .xls, .xlsx, or a workbook changed in memory. A formula
 * the file saved no result for is calculated by POI's evaluator; which ones those are, {@link
 * SavedResults} says.
 */
final class PoiGrid implements CellGrid {
  private final Workbook workbook;
  private final List<GridSheet> sheets = new ArrayList<>();
  private final SavedResults saved = new SavedResults();
  private FormulaEvaluator evaluator;

  PoiGrid(Workbook workbook) {
    this.workbook = workbook;
    for (Sheet sheet : workbook) {
      sheets.add(new PoiSheet(sheet));
    }
  }

  @Override
  public List<GridSheet> sheets() {
    return sheets;
  }

  @Override
  public boolean date1904() {
    if (workbook instanceof HSSFWorkbook xls) {
      return xls.getInternalWorkbook().isUsing1904DateWindowing();
    }
    return date1904InFormats();
  }

  @Override
  public boolean date1904InFormats() {
    return workbook instanceof Date1904Support dates && dates.isDate1904();
  }

  @Override
  public GridCell.Result calculate(GridCell cell) {
    if (evaluator == null) {
      evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }
    CellValue value = evaluator.evaluate(((PoiCell) cell).cell);
    if (value == null) {
      return null;
    }
    return switch (value.getCellType()) {
      case NUMERIC -> GridCell.Result.number(value.getNumberValue());
      case STRING -> GridCell.Result.text(value.getStringValue());
      case BOOLEAN -> GridCell.Result.bool(value.getBooleanValue());
      case ERROR -> GridCell.Result.error(value.getErrorValue());
      default -> new GridCell.Result(GridCell.Kind.BLANK, 0, null, false, (byte) 0);
    };
  }

  private final class PoiSheet implements GridSheet {
    private final Sheet sheet;
    private List<Region> merged;

    PoiSheet(Sheet sheet) {
      this.sheet = sheet;
    }

    @Override
    public String name() {
      return sheet.getSheetName();
    }

    @Override
    public int firstRow() {
      return sheet.getFirstRowNum();
    }

    @Override
    public int lastRow() {
      return sheet.getLastRowNum();
    }

    @Override
    public GridRow row(int row) {
      Row r = sheet.getRow(row);
      return r == null ? null : new PoiRow(r);
    }

    /** Listed once: POI builds a new list on every call. */
    @Override
    public List<Region> mergedRegions() {
      if (merged == null) {
        List<Region> regions = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
          regions.add(
              new Region(
                  region.getFirstRow(),
                  region.getLastRow(),
                  region.getFirstColumn(),
                  region.getLastColumn()));
        }
        merged = List.copyOf(regions);
      }
      return merged;
    }
  }

  private final class PoiRow implements GridSheet.GridRow {
    private final Row row;

    PoiRow(Row row) {
      this.row = row;
    }

    @Override
    public GridCell cell(int column) {
      Cell cell = row.getCell(column);
      return cell == null ? null : new PoiCell(cell);
    }

    @Override
    public Iterable<GridCell> cells() {
      return () -> {
        Iterator<Cell> cells = row.cellIterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return cells.hasNext();
          }

          @Override
          public GridCell next() {
            return new PoiCell(cells.next());
          }
        };
      };
    }

    @Override
    public int lastCellNum() {
      return row.getLastCellNum();
    }
  }

  private final class PoiCell implements GridCell {
    private final Cell cell;

    PoiCell(Cell cell) {
      this.cell = cell;
    }

    @Override
    public int row() {
      return cell.getRowIndex();
    }

    @Override
    public int column() {
      return cell.getColumnIndex();
    }

    @Override
    public Kind kind() {
      return kindOf(cell.getCellType());
    }

    @Override
    public Kind resultKind() {
      return cell.getCellType() == CellType.FORMULA
          ? kindOf(cell.getCachedFormulaResultType())
          : kind();
    }

    @Override
    public double number() {
      return cell.getNumericCellValue();
    }

    @Override
    public String text() {
      return cell.getStringCellValue();
    }

    @Override
    public boolean bool() {
      return cell.getBooleanCellValue();
    }

    @Override
    public byte error() {
      return cell.getErrorCellValue();
    }

    @Override
    public String formula() {
      return cell.getCellFormula();
    }

    @Override
    public boolean resultSaved() {
      return cell.getCellType() != CellType.FORMULA || !saved.missing(cell);
    }

    @Override
    public NumberFormat format() {
      CellStyle style = cell.getCellStyle();
      return style == null
          ? null
          : new NumberFormat(style.getDataFormat(), style.getDataFormatString());
    }

    @Override
    public String fallbackText() {
      return cell.toString();
    }
  }

  private static GridCell.Kind kindOf(CellType type) {
    return switch (type) {
      case NUMERIC -> GridCell.Kind.NUMBER;
      case STRING -> GridCell.Kind.TEXT;
      case BOOLEAN -> GridCell.Kind.BOOLEAN;
      case ERROR -> GridCell.Kind.ERROR;
      case FORMULA -> GridCell.Kind.FORMULA;
      default -> GridCell.Kind.BLANK;
    };
  }
}
