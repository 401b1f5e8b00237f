package org.scorebook.read;

import java.io.IOException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;

/**
 * A workbook open in memory (never tied to its file), what was read from it, and for an .xlsx or
 * .xlsm the package bytes it was opened from, whose untouched parts the writer copies as they are.
 */
public record OpenedWorkbook(Workbook workbook, Evaluation evaluation, Optional<byte[]> original)
    implements AutoCloseable {
  /**
   * Releases the workbook; it holds no file, so a failure to close loses nothing and is not
   * reported.
   */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // Opened from a stream: closing only drops the in-memory package.
    }
  }
}
