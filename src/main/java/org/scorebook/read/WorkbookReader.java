package org.scorebook.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an evaluation workbook of any kind Scorebook knows into the model: the first kind that
 * recognises the workbook reads it. A workbook that no kind recognises is read as contract v1, so
 * it gets that contract's reasons (no 指标评分 sheet), as users of the template expect.
 *
 * <p>Two ways in: {@link #open} for a workbook that is written afterwards (POI holds it), and
 * {@link #read(Path)} for one that is only read and scored, which streams an .xlsx's cells straight
 * from its XML and falls back to POI for whatever the streaming read cannot give exactly.
 */
public final class WorkbookReader {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);
  private static final KindReader CONTRACT_V1 = new ContractV1Reader();

  /** The kinds Scorebook reads, in the order they are asked. */
  private static final List<KindReader> KINDS = List.of(CONTRACT_V1, new SelfEvaluationReader());

  private WorkbookReader() {}

  /** Opens {@code file} without ever writing to it and reads it. The caller closes the result. */
  public static OpenedWorkbook open(Path file) throws UnreadableWorkbookException {
    WorkbookOpener.Opened opened = WorkbookOpener.open(file);
    Workbook workbook = opened.workbook();
    try {
      return new OpenedWorkbook(
          workbook, read(workbook, file.getFileName().toString()), opened.packageBytes());
    } catch (UnreadableWorkbookException | RuntimeException e) {
      closeQuietly(workbook);
      throw e;
    }
  }

  /**
   * Reads {@code file}, which is not written afterwards: after the same checks as {@link #open}, an
   * .xlsx or .xlsm is read by streaming its cells; a file the streaming read cannot read exactly as
   * POI would, and an .xls, are read through POI. Both give the same evaluation.
   */
  public static Evaluation read(Path file) throws UnreadableWorkbookException {
    WorkbookOpener.Checked checked = WorkbookOpener.check(file);
    String source = file.getFileName().toString();
    if (checked.packageBytes().isPresent()) {
      try {
        return read(XlsxGrid.of(checked.packageBytes().get()), source, KINDS);
      } catch (FullReadNeeded e) {
        LOG.debug("{}: read through POI: {}", file, e.getMessage(), e.getCause());
      } catch (RuntimeException e) {
        LOG.warn("{}: the streaming read failed, reading through POI", file, e);
      }
    }
    Workbook workbook = WorkbookOpener.open(checked).workbook();
    try {
      return read(workbook, source);
    } finally {
      closeQuietly(workbook);
    }
  }

  /** Reads an open workbook; {@code source} names it in messages and the score sheet's footer. */
  public static Evaluation read(Workbook workbook, String source)
      throws UnreadableWorkbookException {
    return read(workbook, source, KINDS);
  }

  /**
   * Reads {@code workbook} with the first of {@code kinds} that recognises it, or as contract v1.
   */
  static Evaluation read(Workbook workbook, String source, List<KindReader> kinds)
      throws UnreadableWorkbookException {
    return read(CellGrid.of(workbook), source, kinds);
  }

  /** Reads {@code grid} with the first of {@code kinds} that recognises it, or as contract v1. */
  static Evaluation read(CellGrid grid, String source, List<KindReader> kinds)
      throws UnreadableWorkbookException {
    return readerFor(grid, kinds).read(grid, source);
  }

  /**
   * Reads the .xlsx package in {@code bytes} by streaming alone, never through POI.
   *
   * @throws FullReadNeeded where only POI would read it exactly
   */
  static Evaluation streamed(byte[] bytes, String source) throws UnreadableWorkbookException {
    return read(XlsxGrid.of(bytes), source, KINDS);
  }

  private static KindReader readerFor(CellGrid grid, List<KindReader> kinds) {
    return kinds.stream().filter(kind -> kind.recognises(grid)).findFirst().orElse(CONTRACT_V1);
  }

  private static void closeQuietly(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to save: the workbook was only read
    }
  }
}
