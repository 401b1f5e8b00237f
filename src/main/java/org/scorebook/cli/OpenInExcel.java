package org.scorebook.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a workbook is open in Excel right now: Excel keeps an owner file {@code ~$名称.xlsx} beside
 * it (for longer names it drops the first two characters: {@code ~$} + the name from its third
 * character). Unsaved edits are then not in the file that was scored.
 */
final class OpenInExcel {
  private static final String OWNER_PREFIX = "~$";

  private OpenInExcel() {}

  /** True when an owner file for {@code name} is in {@code folder}. */
  static boolean isOpen(Path folder, String name) {
    if (folder == null) {
      return false;
    }
    if (Files.exists(folder.resolve(OWNER_PREFIX + name))) {
      return true;
    }
    return name.length() > 2 && Files.exists(folder.resolve(OWNER_PREFIX + name.substring(2)));
  }

  /** True when an owner file sits beside {@code file}. */
  static boolean isOpen(Path file) {
    Path absolute = file.toAbsolutePath();
    return isOpen(absolute.getParent(), absolute.getFileName().toString());
  }
}
