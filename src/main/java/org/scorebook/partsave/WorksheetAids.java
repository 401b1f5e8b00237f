package org.scorebook.partsave;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.aids.AidsXml;
import org.scorebook.aids.Area;
import org.scorebook.aids.SheetAids;
import org.scorebook.style.StylesPart;

/**
 * A sheet's aids, and its views, put into its worksheet part's XML for {@link StreamingSave}: what
 * {@link AidsXml} writes goes into a {@link SheetXmlPatch}, in the places the schema gives those
 * elements. Whatever it cannot put as POI's way would, it declines.
 */
final class WorksheetAids {
  private static final Pattern SHEET_VIEWS =
      Pattern.compile("<sheetViews\\b[^>]*/>|<sheetViews\\b[^>]*>.*?</sheetViews>", Pattern.DOTALL);
  private static final Pattern SHEET_VIEW =
      Pattern.compile("<sheetView\\b([^>]*?)(/>|>(.*?)</sheetView>)", Pattern.DOTALL);
  private static final Pattern SELECTION =
      Pattern.compile("<selection\\b[^>]*/>|<selection\\b[^>]*>.*?</selection>", Pattern.DOTALL);
  private static final Pattern TAB_SELECTED = Pattern.compile("\\s+tabSelected=\"(1|true)\"");

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
      int rows = aids.frozenRows().getAsInt();
      patch.derived("sheetViews", found -> frozen(found.isEmpty() ? "" : found.get(0), rows));
    }
    return new Put(added, aids.frozenRows().isPresent());
  }

  /** The sheet views {@code views} with rows frozen as POI freezes them, and no tab selected. */
  private static String frozen(String views, int rows) {
    String pane =
        "<pane ySplit=\""
            + rows
            + "\" topLeftCell=\"A"
            + (rows + 1)
            + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>";
    if (views.isEmpty() || views.endsWith("/>") && !views.contains("<sheetView ")) {
      return "<sheetViews><sheetView workbookViewId=\"0\">" + pane + "</sheetView></sheetViews>";
    }
    Matcher view = SHEET_VIEW.matcher(views);
    if (!view.find()) {
      throw new StreamingSave.Declined("unreadable sheet views");
    }
    String inner = view.group(3) == null ? "" : view.group(3);
    if (inner.contains("<pane")) {
      throw new StreamingSave.Declined("panes to freeze where there are some");
    }
    inner = SELECTION.matcher(inner).replaceAll("");
    String attributes = TAB_SELECTED.matcher(view.group(1)).replaceAll("");
    String rebuilt = "<sheetView" + attributes + ">" + pane + inner + "</sheetView>";
    String rest = views.substring(view.end());
    return views.substring(0, view.start()) + rebuilt + TAB_SELECTED.matcher(rest).replaceAll("");
  }

  private static String sheetViews(String sheet) {
    Matcher views = SHEET_VIEWS.matcher(sheet);
    return views.find() ? views.group() : "";
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether a sheet view of the worksheet part {@code sheet} has its tab selected. */
  static boolean tabSelected(byte[] sheet) {
    return TAB_SELECTED.matcher(sheetViews(beforeCells(sheet))).find();
  }

  /** The part's text before its cells, where the schema puts the sheet views. */
  private static String beforeCells(byte[] sheet) {
    byte[] cells = "sheetData".getBytes(StandardCharsets.US_ASCII);
    int end = indexOf(sheet, cells);
    return new String(sheet, 0, end < 0 ? sheet.length : end, StandardCharsets.UTF_8);
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
