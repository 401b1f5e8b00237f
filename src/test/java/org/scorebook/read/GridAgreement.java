package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.score.Scorer;

/**
 * Reads one .xlsx package through POI and through the streaming grid and compares what the readers
 * would see: the sheets, their rows, every cell (kind, value, formula, saved result, format, text
 * as shown, number), the merged regions, and finally the evaluation and its scorecard.
 */
final class GridAgreement {
  private GridAgreement() {}

  /** What reading gave: an evaluation, or the reason it could not be read. */
  record Read(Evaluation evaluation, String unreadable) {}

  /** The evaluation POI's reading gives, as {@code open} and {@code process} read it. */
  static Read throughPoi(byte[] bytes, String source) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      return new Read(WorkbookReader.read(workbook, source, Kinds.ALL.readers()), null);
    } catch (UnreadableWorkbookException e) {
      return new Read(null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evaluation the streaming read alone gives; throws {@link FullReadNeeded} if it cannot. */
  static Read streamed(byte[] bytes, String source) {
    try {
      return new Read(WorkbookReader.streamed(bytes, source, Kinds.ALL.readers()), null);
    } catch (UnreadableWorkbookException e) {
      return new Read(null, e.getMessage());
    }
  }

  /**
   * Asserts that the streaming read gives exactly what POI gives for {@code bytes}, without falling
   * back to POI, cell by cell and as an evaluation and scorecard.
   */
  static void assertAgree(String what, byte[] bytes) {
    assertSameCells(what, bytes);
    Read poi = throughPoi(bytes, "甲.xlsx");
    Read streamed = streamed(bytes, "甲.xlsx");
    assertThat(streamed.unreadable()).as(what).isEqualTo(poi.unreadable());
    assertThat(streamed.evaluation()).as(what).isEqualTo(poi.evaluation());
    if (poi.evaluation() != null) {
      Scorecard expected = Scorer.score(poi.evaluation());
      Scorecard actual = Scorer.score(streamed.evaluation());
      assertThat(actual.messages()).as(what).isEqualTo(expected.messages());
      assertThat(actual).as(what).isEqualTo(expected);
    }
  }

  /**
   * Asserts that the streaming read either gives exactly what POI gives or, for a package that has
   * a formula only POI reads exactly (no saved result, or shared), says it needs the full read; and
   * that {@link WorkbookReader#read(Path)}, which falls back, gives what POI gives either way.
   *
   * @param folder an empty folder for the file the public entry reads
   * @return whether the streaming read alone sufficed
   */
  static boolean assertAgreeOrFullRead(String what, byte[] bytes, Path folder) {
    assertSameCells(what, bytes);
    Read poi = throughPoi(bytes, "甲.xlsx");
    boolean streamedAlone;
    try {
      Read streamed = streamed(bytes, "甲.xlsx");
      assertThat(streamed.unreadable()).as(what).isEqualTo(poi.unreadable());
      assertThat(streamed.evaluation()).as(what).isEqualTo(poi.evaluation());
      streamedAlone = true;
    } catch (FullReadNeeded e) {
      assertThat(PackageVariants.hasFormulasOnlyPoiReads(bytes))
          .as(what + " needed the full read: " + e.getMessage())
          .isTrue();
      streamedAlone = false;
    }
    Read entry = throughEntry(bytes, folder);
    assertThat(entry).as(what + " through WorkbookReader.read").isEqualTo(poi);
    if (poi.evaluation() != null) {
      assertThat(Scorer.score(entry.evaluation()))
          .as(what)
          .isEqualTo(Scorer.score(poi.evaluation()));
    }
    return streamedAlone;
  }

  /** What {@link WorkbookReader#read(Path)} gives for {@code bytes} saved as 甲.xlsx. */
  static Read throughEntry(byte[] bytes, Path folder) {
    try {
      Path file = Files.createDirectories(folder).resolve("甲.xlsx");
      Files.write(file, bytes);
      return new Read(WorkbookReader.read(file, Kinds.ALL.readers()), null);
    } catch (UnreadableWorkbookException e) {
      return new Read(null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every sheet, row and cell the same through both grids. */
  static void assertSameCells(String what, byte[] bytes) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      CellGrid poi = CellGrid.of(workbook);
      CellGrid streamed = XlsxGrid.of(bytes);
      assertThat(streamed.date1904()).as(what).isEqualTo(poi.date1904());
      assertThat(names(streamed)).as(what).isEqualTo(names(poi));
      SheetCells poiCells = new SheetCells(poi, new ArrayList<>());
      SheetCells streamedCells = new SheetCells(streamed, new ArrayList<>());
      for (int s = 0; s < poi.sheets().size(); s++) {
        GridSheet expected = poi.sheets().get(s);
        GridSheet actual = streamed.sheets().get(s);
        String sheet = what + " / " + expected.name();
        assertThat(actual.firstRow()).as(sheet).isEqualTo(expected.firstRow());
        assertThat(actual.lastRow()).as(sheet).isEqualTo(expected.lastRow());
        assertThat(actual.mergedRegions()).as(sheet).isEqualTo(expected.mergedRegions());
        for (int r = Math.max(expected.firstRow(), 0); r <= expected.lastRow(); r++) {
          GridSheet.GridRow expectedRow = expected.row(r);
          GridSheet.GridRow actualRow = actual.row(r);
          assertThat(actualRow == null).as(sheet + " row " + r).isEqualTo(expectedRow == null);
          if (expectedRow == null) {
            continue;
          }
          assertThat(actualRow.lastCellNum())
              .as(sheet + " row " + r)
              .isEqualTo(expectedRow.lastCellNum());
          assertThat(columns(actualRow)).as(sheet + " row " + r).isEqualTo(columns(expectedRow));
          for (GridCell cell : expectedRow.cells()) {
            String at =
                sheet
                    + " "
                    + org.apache.poi.ss.util.CellReference.convertNumToColString(cell.column())
                    + (r + 1);
            GridCell other = actualRow.cell(cell.column());
            assertSameCell(at, cell, other, poiCells, streamedCells, poi, streamed);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSameCell(
      String at,
      GridCell expected,
      GridCell actual,
      SheetCells expectedCells,
      SheetCells actualCells,
      CellGrid expectedGrid,
      CellGrid actualGrid) {
    assertThat(actual.row()).as(at).isEqualTo(expected.row());
    assertThat(actual.column()).as(at).isEqualTo(expected.column());
    assertThat(actual.kind()).as(at).isEqualTo(expected.kind());
    assertThat(actual.resultKind()).as(at).isEqualTo(expected.resultKind());
    assertThat(actual.resultSaved()).as(at).isEqualTo(expected.resultSaved());
    switch (expected.resultKind()) {
      case NUMBER -> {
        assertThat(actual.number()).as(at).isEqualTo(expected.number());
        assertThat(actual.format()).as(at).isEqualTo(expected.format());
      }
      case TEXT -> assertThat(actual.text()).as(at).isEqualTo(expected.text());
      case BOOLEAN -> assertThat(actual.bool()).as(at).isEqualTo(expected.bool());
      case ERROR -> assertThat(actual.error()).as(at).isEqualTo(expected.error());
      default -> {}
    }
    boolean calculated = expected.kind() == GridCell.Kind.FORMULA && !expected.resultSaved();
    if (expected.kind() == GridCell.Kind.FORMULA) {
      String formula = expected.formula();
      assertSameOrFullRead(at + " formula", formula, actual::formula, true);
    }
    assertSameOrFullRead(
        at + " text", expectedCells.text(expected), () -> actualCells.text(actual), calculated);
    assertSameOrFullRead(
        at + " number",
        CellNumbers.read(expected, expectedGrid),
        () -> CellNumbers.read(actual, actualGrid),
        calculated);
  }

  /**
   * {@code actual} gives {@code expected}, or (where {@code mayNeedFullRead}) says that only the
   * full read can.
   */
  private static <T> void assertSameOrFullRead(
      String at, T expected, Supplier<T> actual, boolean mayNeedFullRead) {
    try {
      assertThat(actual.get()).as(at).isEqualTo(expected);
    } catch (FullReadNeeded e) {
      if (!mayNeedFullRead) {
        throw new AssertionError(at + ": " + e.getMessage(), e);
      }
    }
  }

  private static List<String> names(CellGrid grid) {
    return grid.sheets().stream().map(GridSheet::name).toList();
  }

  private static List<Integer> columns(GridSheet.GridRow row) {
    List<Integer> columns = new ArrayList<>();
    row.cells().forEach(cell -> columns.add(cell.column()));
    return columns;
  }
}
