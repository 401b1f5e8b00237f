package org.scorebook.watch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which names in the inbox are workbooks to take, and how a name splits into stem and extension. */
final class WorkbookNames {
  private static final Set<String> WORKBOOK_EXTENSIONS = Set.of(".xlsx", ".xlsm", ".xls");

  private WorkbookNames() {}

  /**
   * A workbook staff dropped: {@code .xlsx}, {@code .xlsm} or {@code .xls}; not an Excel owner file
   * ({@code ~$name.xlsx}), not hidden (leading dot), not a temp file (no extension, {@code .tmp}).
   */
  static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith("~$") || name.startsWith(".")) {
      return false;
    }
    return WORKBOOK_EXTENSIONS.contains(extension(name).toLowerCase(Locale.ROOT));
  }

  /** {@code ".xlsx"} for {@code 名称.xlsx}; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  /** {@code 名称} for {@code 名称.xlsx}. */
  static String stem(String name) {
    return name.substring(0, name.length() - extension(name).length());
  }
}
