package org.scorebook.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an evaluation workbook of any kind Scorebook knows into the model: the first kind that
 * recognises the workbook reads it. A workbook that no kind recognises is read as contract v1, so
 * it gets that contract's reasons (no 指标评分 sheet), as users of the template expect.
 *
 * <p>The caller hands the readers of its kinds ({@link KindReaders}); this package knows none of
 * them.
 *
 * <p>Two ways in: {@link #open} for a workbook that is written afterwards (POI holds it), and
 * {@link #read(Path, KindReaders)} for one that is only read and scored, which streams an .xlsx's
 * cells straight from its XML and falls back to POI for whatever the streaming read cannot give
 * exactly.
 */
public final class WorkbookReader {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);

  private WorkbookReader() {}

  /**
   * Opens {@code file} through POI without ever writing to it and reads it: for a workbook that
   * POI's model is changed in. The caller closes the result.
   */
  public static OpenedWorkbook open(Path file, KindReaders kinds)
      throws UnreadableWorkbookException {
    return openedByPoi(WorkbookOpener.check(file), kinds);
  }

  /**
   * Reads {@code file} for a writer that may not need POI: an .xlsx or .xlsm is read by streaming
   * its cells where that reads it exactly (see {@link #read(Path, KindReaders)}), and POI opens it
   * only if the writer asks for {@link OpenedWorkbook#workbook()}. The caller closes the result.
   * The workbook is read by the first of {@code kinds} that recognises it.
   */
  public static OpenedWorkbook load(Path file, KindReaders kinds)
      throws UnreadableWorkbookException {
    WorkbookOpener.Checked checked = WorkbookOpener.check(file);
    Optional<List<Evaluation>> streamed = streamed(checked, kinds);
    if (streamed.isPresent()) {
      return new OpenedWorkbook(streamed.get(), checked, null);
    }
    return openedByPoi(checked, kinds);
  }

  private static OpenedWorkbook openedByPoi(WorkbookOpener.Checked checked, KindReaders kinds)
      throws UnreadableWorkbookException {
    Workbook workbook = WorkbookOpener.open(checked);
    try {
      return new OpenedWorkbook(
          readAll(CellGrid.of(workbook), source(checked.file()), kinds), checked, workbook);
    } catch (UnreadableWorkbookException | RuntimeException e) {
      closeQuietly(workbook);
      throw e;
    }
  }

  /**
   * Reads {@code file}, which is not written afterwards, as {@link #readAll(Path, KindReaders)},
   * and gives its first project: the only one of a workbook that holds one.
   */
  public static Evaluation read(Path file, KindReaders kinds) throws UnreadableWorkbookException {
    return readAll(file, kinds).get(0);
  }

  /**
   * Reads every project of {@code file}, which is not written afterwards: after the same checks as
   * {@link #open}, an .xlsx or .xlsm is read by streaming its cells; a file the streaming read
   * cannot read exactly as POI would, and an .xls, are read through POI. Both give the same
   * evaluations, read by the first of {@code kinds} that recognises the workbook.
   */
  public static List<Evaluation> readAll(Path file, KindReaders kinds)
      throws UnreadableWorkbookException {
    WorkbookOpener.Checked checked = WorkbookOpener.check(file);
    Optional<List<Evaluation>> streamed = streamed(checked, kinds);
    if (streamed.isPresent()) {
      return streamed.get();
    }
    Workbook workbook = WorkbookOpener.open(checked);
    try {
      return readAll(CellGrid.of(workbook), source(file), kinds);
    } finally {
      closeQuietly(workbook);
    }
  }

  /** The evaluations read by streaming an .xlsx package; empty where only POI reads it exactly. */
  private static Optional<List<Evaluation>> streamed(
      WorkbookOpener.Checked checked, KindReaders kinds) throws UnreadableWorkbookException {
    if (checked.index().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          readAll(XlsxGrid.of(checked.index().get()), source(checked.file()), kinds));
    } catch (FullReadNeeded e) {
      LOG.debug("{}: read through POI: {}", checked.file(), e.getMessage(), e.getCause());
    } catch (RuntimeException e) {
      LOG.warn("{}: the streaming read failed, reading through POI", checked.file(), e);
    }
    return Optional.empty();
  }

  private static String source(Path file) {
    return file.getFileName().toString();
  }

  /** Reads {@code workbook} with the first of {@code kinds} that recognises it. */
  public static Evaluation read(Workbook workbook, String source, KindReaders kinds)
      throws UnreadableWorkbookException {
    return read(CellGrid.of(workbook), source, kinds);
  }

  /** Reads every project of {@code workbook} with the first of {@code kinds} that recognises it. */
  public static List<Evaluation> readAll(Workbook workbook, String source, KindReaders kinds)
      throws UnreadableWorkbookException {
    return readAll(CellGrid.of(workbook), source, kinds);
  }

  /** Reads {@code grid} with the first of {@code kinds} that recognises it: its first project. */
  static Evaluation read(CellGrid grid, String source, KindReaders kinds)
      throws UnreadableWorkbookException {
    return kinds.readerFor(grid).read(grid, source);
  }

  /** Every project of {@code grid}, read by the first of {@code kinds} that recognises it. */
  static List<Evaluation> readAll(CellGrid grid, String source, KindReaders kinds)
      throws UnreadableWorkbookException {
    return kinds.readerFor(grid).readAll(grid, source);
  }

  /**
   * Reads the .xlsx package in {@code bytes} by streaming alone, never through POI.
   *
   * @throws FullReadNeeded where only POI would read it exactly
   */
  static Evaluation streamed(byte[] bytes, String source, KindReaders kinds)
      throws UnreadableWorkbookException {
    return read(XlsxGrid.of(bytes), source, kinds);
  }

  private static void closeQuietly(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to save: the workbook was only read
    }
  }
}
