package org.scorebook.partsave;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.scorebook.aids.AidsXml;
import org.scorebook.aids.Area;
import org.scorebook.aids.SheetAids;
import org.scorebook.ooxml.WorksheetXml;
import org.scorebook.style.StylesPart;

/**
 * A sheet's aids, and its views, put into its worksheet part's XML for {@link StreamingSave}: what
 * {@link AidsXml} writes goes into a {@link SheetXmlPatch}, in the places the schema gives those
 * elements. Whatever it cannot put as POI's way would, it declines.
 */
final class WorksheetAids {
  private WorksheetAids() {}

  /**
   * What {@link #put} did beyond the patch: the filter it added, for the workbook's filter name,
   * and whether it replaced the sheet views (frozen rows, no tab selected).
   */
  record Put(Optional<Area> filter, boolean viewsReplaced) {}

  /**
   * Puts {@code aids} into {@code patch} for the worksheet part {@code sheet}: the validations and
   * conditional formats replacing the sheet's own as {@link AidsXml} merges them, the filter where
   * the sheet has none, the check row's cells, and frozen rows in its views; the rules' and cells'
   * formats are found or appended in {@code styles}. The validations, formats and views are made
   * from the sheet's own as the patch writes them, in its one pass.
   */
  static Put put(
      AidsXml xml, SheetAids aids, byte[] sheet, SheetXmlPatch patch, StylesPart styles) {
    return put(xml, aids, sheet, patch, styles::of, look -> styles.differentialFill(look.fill()));
  }

  /** As {@link #put(AidsXml, SheetAids, byte[], SheetXmlPatch, StylesPart)}, formats given. */
  static Put put(
      AidsXml xml,
      SheetAids aids,
      String sheet,
      SheetXmlPatch patch,
      AidsXml.CellFormats cellFormats,
      AidsXml.DifferentialFormats ruleFormats) {
    return put(xml, aids, sheet.getBytes(StandardCharsets.UTF_8), patch, cellFormats, ruleFormats);
  }

  private static Put put(
      AidsXml xml,
      SheetAids aids,
      byte[] sheet,
      SheetXmlPatch patch,
      AidsXml.CellFormats cellFormats,
      AidsXml.DifferentialFormats ruleFormats) {
    if (indexOf(sheet, bytes("<worksheet")) < 0) {
      throw new StreamingSave.Declined("a worksheet with a prefixed main namespace");
    }
    patch.derived("dataValidations", found -> xml.dataValidations(aids, String.join("", found)));
    patch.derived(
        "conditionalFormatting",
        found -> xml.conditionalFormattings(aids, String.join("", found), ruleFormats));
    Optional<String> filter = xml.autoFilter(aids);
    Optional<Area> added = Optional.empty();
    if (filter.isPresent()) {
      if (indexOf(sheet, bytes("<autoFilter")) >= 0) {
        throw new StreamingSave.Declined("a filter to add where there is one");
      }
      patch.element("autoFilter", filter.get());
      added = aids.filter();
    }
    for (AidsXml.CellXml cell : xml.checkRowCells(aids, cellFormats)) {
      // the patch writes the reference itself
      String cellXml = cell.xml().replaceFirst(" r=\"[A-Z]+[0-9]+\"", "");
      patch.cell(cell.row(), cell.column(), cellXml);
    }
    if (aids.frozenRows().isPresent()) {
      freeze(views(sheet), aids.frozenRows().getAsInt(), patch);
    }
    return new Put(added, aids.frozenRows().isPresent());
  }

  /**
   * Rows frozen in the sheet's first view as POI freezes them, and no tab selected; a sheet without
   * views gets one. Declined where the first view has a pane, or the views no view.
   */
  private static void freeze(List<WorksheetXml.SheetView> views, int rows, SheetXmlPatch patch) {
    String pane =
        "<pane ySplit=\""
            + rows
            + "\" topLeftCell=\"A"
            + (rows + 1)
            + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>";
    if (views == null) {
      patch.element(
          "sheetViews",
          "<sheetViews><sheetView workbookViewId=\"0\">" + pane + "</sheetView></sheetViews>");
    } else if (views.isEmpty()) {
      throw new StreamingSave.Declined("unreadable sheet views");
    } else if (views.get(0).pane() != null) {
      throw new StreamingSave.Declined("panes to freeze where there are some");
    } else {
      patch.freezeFirstView(pane);
    }
  }

  /** The sheet's views; null when it has no {@code <sheetViews>}. */
  private static List<WorksheetXml.SheetView> views(byte[] sheet) {
    try {
      WorksheetXml.SheetViews views = WorksheetXml.sheetViews(sheet);
      return views.present() ? views.views() : null;
    } catch (XMLStreamException e) {
      throw new StreamingSave.Declined("unreadable worksheet XML");
    }
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Whether a sheet view of the worksheet part {@code sheet} has its tab selected.
   *
   * @throws IOException when the part is not well-formed XML
   */
  static boolean tabSelected(byte[] sheet) throws IOException {
    try {
      return WorksheetXml.sheetViews(sheet).views().stream()
          .anyMatch(WorksheetXml.SheetView::tabSelected);
    } catch (XMLStreamException e) {
      throw new IOException("unreadable worksheet XML", e);
    }
  }

  private static int indexOf(byte[] bytes, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= bytes.length; i++) {
      for (int k = 0; k < wanted.length; k++) {
        if (bytes[i + k] != wanted[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
