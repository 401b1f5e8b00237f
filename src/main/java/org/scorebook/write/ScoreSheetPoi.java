package org.scorebook.write;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;

/** The score sheet written into a POI sheet (.xlsx or .xls), its looks from {@link Styles}. */
public final class ScoreSheetPoi implements ScoreSheetSink {
  private final Sheet sheet;
  private final Styles styles;

  ScoreSheetPoi(Sheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  @Override
  public void text(int row, int column, String text, Look look) {
    styled(row, column, look).setCellValue(text);
  }

  @Override
  public void number(int row, int column, double value, Look look) {
    styled(row, column, look).setCellValue(value);
  }

  @Override
  public void blank(int row, int column, Look look) {
    styled(row, column, look);
  }

  /** A new cell, replacing any the row had there, with the look's style. */
  private Cell styled(int row, int column, Look look) {
    Cell cell = Cells.row(sheet, row).createCell(column);
    cell.setCellStyle(styles.of(look));
    return cell;
  }

  @Override
  public void merge(int row, int firstColumn, int lastColumn) {
    // unchecked: the grid writes each row once, so its merged ranges cannot overlap
    sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstColumn, lastColumn));
  }

  @Override
  public float rowHeight(int row) {
    Row found = sheet.getRow(row);
    return found != null ? found.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
  }

  @Override
  public void rowHeight(int row, float points) {
    Cells.row(sheet, row).setHeightInPoints(points);
  }

  @Override
  public void defaultRowHeight(float points) {
    sheet.setDefaultRowHeightInPoints(points);
  }

  @Override
  public void columnWidth(int column, int characters) {
    sheet.setColumnWidth(column, characters * 256);
  }

  @Override
  public void freezeRows(int rows) {
    sheet.createFreezePane(0, rows);
  }

  @Override
  public void link(int row, int column, String location) {
    Hyperlink link =
        sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress(location);
    Cells.cell(sheet, row, column).setHyperlink(link);
  }

  @Override
  public boolean hasSheet(String name) {
    return sheet.getWorkbook().getSheet(name) != null;
  }

  @Override
  public void page(Page page) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(page.paperSize());
    print.setLandscape(page.landscape());
    print.setFitWidth((short) page.pagesWide());
    print.setFitHeight((short) page.pagesHigh());
    sheet.setFitToPage(true);
    sheet.setAutobreaks(page.autobreaks());
    sheet.setHorizontallyCenter(page.horizontallyCentered());
    Margins margins = page.margins();
    sheet.setMargin(PageMargin.LEFT, margins.left());
    sheet.setMargin(PageMargin.RIGHT, margins.right());
    sheet.setMargin(PageMargin.TOP, margins.top());
    sheet.setMargin(PageMargin.BOTTOM, margins.bottom());
    if (page.repeatedRow() >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(page.repeatedRow(), page.repeatedRow(), -1, -1));
    }
    sheet.setDisplayGridlines(page.gridlines());
    sheet.setPrintGridlines(page.gridlines());
    sheet.getFooter().setCenter(page.footerCenter());
  }
}
