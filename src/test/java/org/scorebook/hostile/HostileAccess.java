package org.scorebook.hostile;

import java.nio.file.Path;

/** Lets tests in other packages build hostile files. */
public final class HostileAccess {
  private HostileAccess() {}

  /** A small .xlsx whose one sheet unpacks to 200 MB of spaces. */
  public static Path zipBomb(Path file) {
    return HostileFiles.withStreamedSheet(
        file, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200));
  }

  /** A plain zip archive, as a workbook packed for mailing arrives. */
  public static Path plainZip(Path file) {
    return HostileFiles.plainZip(file);
  }
}
