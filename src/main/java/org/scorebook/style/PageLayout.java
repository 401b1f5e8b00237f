package org.scorebook.style;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How Scorebook's own sheets print: A4, fitted to the page width, in one place for every writer.
 */
public final class PageLayout {
  private PageLayout() {}

  /**
   * A4 in the given orientation, scaled to one page wide.
   *
   * @param pagesHigh how many pages tall at most; 0 lets the sheet run over as many as it needs
   */
  public static void a4FitToWidth(Sheet sheet, boolean landscape, int pagesHigh) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(landscape);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) pagesHigh);
    sheet.setFitToPage(true);
  }
}
