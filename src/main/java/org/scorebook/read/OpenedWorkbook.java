package org.scorebook.read;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;
import org.scorebook.ooxml.PackageIndex;

/**
 * A workbook read into the model, and for an .xlsx or .xlsm the package bytes it was read from,
 * whose untouched parts the writer copies as they are, with their index (each part inflated once).
 * POI's object model of it, never tied to the file, is there from the start when POI read it, and
 * is otherwise opened from the same bytes the first time {@link #workbook()} asks for it.
 */
public final class OpenedWorkbook implements AutoCloseable {
  private final List<Evaluation> evaluations;
  private final WorkbookOpener.Checked checked;
  private Workbook workbook;

  OpenedWorkbook(List<Evaluation> evaluations, WorkbookOpener.Checked checked, Workbook workbook) {
    this.evaluations = List.copyOf(evaluations);
    if (this.evaluations.isEmpty()) {
      throw new IllegalArgumentException("a workbook read holds at least one project");
    }
    this.checked = Objects.requireNonNull(checked, "checked");
    this.workbook = workbook;
  }

  /** What was read: every project of the workbook, in its order. */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /** The first project read: the only one of a workbook that holds one. */
  public Evaluation evaluation() {
    return evaluations.get(0);
  }

  /** The bytes of an .xlsx or .xlsm package, as read once from the file; empty for an .xls. */
  public Optional<byte[]> original() {
    return checked.packageBytes();
  }

  /**
   * The index of an .xlsx or .xlsm package, every part in it inflated once and checked: a writer
   * takes the original's parts from here rather than inflating them again. Empty for an .xls.
   */
  public Optional<PackageIndex> packageIndex() {
    return checked.index();
  }

  /**
   * POI's workbook, opened now from the bytes read if the streaming read did not need it.
   *
   * @throws UnreadableWorkbookException when POI refuses a package the streaming read took
   */
  public Workbook workbook() throws UnreadableWorkbookException {
    if (workbook == null) {
      workbook = WorkbookOpener.open(checked);
    }
    return workbook;
  }

  /**
   * Releases POI's workbook if it was opened; it holds no file, so a failure to close loses nothing
   * and is not reported.
   */
  @Override
  public void close() {
    if (workbook == null) {
      return;
    }
    try {
      workbook.close();
    } catch (IOException e) {
      // Opened from a stream: closing only drops the in-memory package.
    }
  }
}
