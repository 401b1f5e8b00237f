package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scorebook.aids.AidsXml;
import org.scorebook.aids.SheetAids;

/**
 * Rows frozen in a sheet's views, and whether a view has its tab selected, for the sheet views a
 * part may hold: none, an empty element, several views, a view with a pane, a prefixed namespace.
 */
class WorksheetAidsViewsTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String PANE =
      "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"></pane>"
          + "<selection pane=\"bottomLeft\"></selection>";

  @Test
  void aSheetWithoutViewsGetsOneFrozen() throws IOException {
    assertThat(frozen(""))
        .isEqualTo(
            "<sheetViews><sheetView workbookViewId=\"0\">" + PANE + "</sheetView></sheetViews>");
  }

  @Test
  void emptySheetViewsAreNotFrozen() {
    assertThatThrownBy(() -> frozen("<sheetViews/>")).isInstanceOf(StreamingSave.Declined.class);
    assertThatThrownBy(() -> frozen("<sheetViews></sheetViews>"))
        .isInstanceOf(StreamingSave.Declined.class);
    assertThatThrownBy(() -> frozen("<sheetViews> </sheetViews>"))
        .isInstanceOf(StreamingSave.Declined.class);
  }

  @Test
  void theFirstOfSeveralViewsIsFrozenAndNoTabStaysSelected() throws IOException {
    String views =
        "<sheetViews><sheetView tabSelected=\"1\" zoomScale=\"90\" workbookViewId=\"0\">"
            + "<selection activeCell=\"B2\" sqref=\"B2\"/><pivotSelection pane=\"topLeft\"/>"
            + "<selection pane=\"topRight\"/></sheetView>"
            + "<sheetView tabSelected=\"true\" workbookViewId=\"1\"/>"
            + "<sheetView tabSelected=\"0\" workbookViewId=\"2\"><selection sqref=\"C3\"/>"
            + "</sheetView></sheetViews>";

    assertThat(frozen(views))
        .isEqualTo(
            "<sheetViews><sheetView zoomScale=\"90\" workbookViewId=\"0\">"
                + PANE
                + "<pivotSelection pane=\"topLeft\"></pivotSelection></sheetView>"
                + "<sheetView workbookViewId=\"1\"></sheetView>"
                + "<sheetView tabSelected=\"0\" workbookViewId=\"2\">"
                + "<selection sqref=\"C3\"></selection></sheetView></sheetViews>");
  }

  @Test
  void aViewWithAPaneIsNotFrozenAgain() {
    String views =
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" state=\"frozen\"/>"
            + "</sheetView></sheetViews>";
    assertThatThrownBy(() -> frozen(views)).isInstanceOf(StreamingSave.Declined.class);
  }

  @Test
  void aPaneInALaterViewDoesNotStopTheFirstFromFreezing() throws IOException {
    String views =
        "<sheetViews><sheetView workbookViewId=\"0\"/><sheetView workbookViewId=\"1\">"
            + "<pane xSplit=\"1\"/></sheetView></sheetViews>";
    assertThat(frozen(views))
        .isEqualTo(
            "<sheetViews><sheetView workbookViewId=\"0\">"
                + PANE
                + "</sheetView><sheetView workbookViewId=\"1\"><pane xSplit=\"1\"></pane>"
                + "</sheetView></sheetViews>");
  }

  @Test
  void aPrefixedWorksheetIsNotGivenAids() {
    String sheet =
        "<x:worksheet xmlns:x=\""
            + MAIN
            + "\"><x:sheetViews><x:sheetView workbookViewId=\"0\"/></x:sheetViews>"
            + "<x:sheetData/></x:worksheet>";
    assertThatThrownBy(() -> put(sheet, new SheetXmlPatch()))
        .isInstanceOf(StreamingSave.Declined.class);
  }

  @Test
  void aTabIsSelectedWhenAViewSaysSo() throws IOException {
    assertThat(tabSelected("")).isFalse();
    assertThat(tabSelected("<sheetViews/>")).isFalse();
    assertThat(tabSelected("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>")).isFalse();
    assertThat(
            tabSelected(
                "<sheetViews><sheetView tabSelected=\"0\" workbookViewId=\"0\"/></sheetViews>"))
        .isFalse();
    assertThat(
            tabSelected(
                "<sheetViews><sheetView workbookViewId=\"0\"/>"
                    + "<sheetView tabSelected=\"1\" workbookViewId=\"1\"/></sheetViews>"))
        .isTrue();
    assertThat(
            tabSelected(
                "<sheetViews><sheetView tabSelected=\"true\" workbookViewId=\"0\"/></sheetViews>"))
        .isTrue();
  }

  @Test
  void aPrefixedWorksheetsSelectedTabIsSeen() throws IOException {
    String sheet =
        "<x:worksheet xmlns:x=\""
            + MAIN
            + "\"><x:sheetViews><x:sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"
            + "</x:sheetViews><x:sheetData/></x:worksheet>";
    assertThat(WorksheetAids.tabSelected(sheet.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void aTabSelectedInSingleQuotesIsSeen() throws IOException {
    assertThat(
            tabSelected("<sheetViews><sheetView tabSelected='1' workbookViewId='0'/></sheetViews>"))
        .isTrue();
  }

  private static boolean tabSelected(String views) throws IOException {
    return WorksheetAids.tabSelected(sheet(views).getBytes(StandardCharsets.UTF_8));
  }

  /** The sheet views the part {@code views} gets with three rows frozen. */
  private static String frozen(String views) throws IOException {
    String sheet = sheet(views);
    SheetXmlPatch patch = new SheetXmlPatch();
    WorksheetAids.Put put = put(sheet, patch);
    assertThat(put.viewsReplaced()).isTrue();
    String written = new String(patch.apply(sheet.getBytes(StandardCharsets.UTF_8)), "UTF-8");
    int from = written.indexOf("<sheetViews");
    return written.substring(from, written.indexOf("<sheetData"));
  }

  private static WorksheetAids.Put put(String sheet, SheetXmlPatch patch) {
    SheetAids aids =
        new SheetAids(
            List.of(), false, List.of(), Optional.empty(), Optional.empty(), OptionalInt.of(3));
    return WorksheetAids.put(new AidsXml(), aids, sheet, patch, look -> 0, look -> 0);
  }

  private static String sheet(String views) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
        + MAIN
        + "\">"
        + "<sheetPr/>"
        + views
        + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>";
  }
}
