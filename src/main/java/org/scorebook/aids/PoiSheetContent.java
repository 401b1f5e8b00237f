package org.scorebook.aids;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A sheet open in POI, as the aids read it. */
final class PoiSheetContent implements SheetContent {
  private final Sheet sheet;

  PoiSheetContent(Sheet sheet) {
    this.sheet = sheet;
  }

  @Override
  public Optional<List<Cell>> row(int r) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return Optional.empty();
    }
    List<Cell> cells = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Cell cell : row) {
      cells.add(content(cell));
    }
    return Optional.of(cells);
  }

  @Override
  public Optional<Cell> cell(int r, int column) {
    Row row = sheet.getRow(r);
    org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(column);
    return cell == null ? Optional.empty() : Optional.of(content(cell));
  }

  private static Cell content(org.apache.poi.ss.usermodel.Cell cell) {
    boolean formula = cell.getCellType() == CellType.FORMULA;
    CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
    int column = cell.getColumnIndex();
    return switch (type) {
      case BLANK -> new Cell(column, Kind.BLANK, formula, "", 0);
      case STRING -> new Cell(column, Kind.STRING, formula, cell.getStringCellValue(), 0);
      case NUMERIC -> new Cell(column, Kind.NUMBER, formula, "", cell.getNumericCellValue());
      default -> new Cell(column, Kind.OTHER, formula, "", 0);
    };
  }

  @Override
  public boolean hasAutoFilter() {
    // An .xls sheet's filter is replaced in place, so it counts as none.
    return sheet instanceof XSSFSheet xssf && xssf.getCTWorksheet().isSetAutoFilter();
  }

  @Override
  public boolean hasPanes() {
    return sheet.getPaneInformation() != null;
  }
}
