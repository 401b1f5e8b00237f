package org.scorebook.read;

import java.io.Closeable;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.Evaluation;

/** A workbook open in memory (never tied to its file) and what was read from it. */
public record OpenedWorkbook(Workbook workbook, Evaluation evaluation) implements Closeable {
  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
