package org.scorebook.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;

/**
 * Reads an evaluation workbook of any kind Scorebook knows into the model: the first kind that
 * recognises the workbook reads it. A workbook that no kind recognises is read as contract v1, so
 * it gets that contract's reasons (no 指标评分 sheet), as users of the template expect.
 */
public final class WorkbookReader {
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
    return readerFor(workbook, kinds).read(workbook, source);
  }

  private static KindReader readerFor(Workbook workbook, List<KindReader> kinds) {
    return kinds.stream().filter(kind -> kind.recognises(workbook)).findFirst().orElse(CONTRACT_V1);
  }

  private static void closeQuietly(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to save: the workbook was only read
    }
  }
}
