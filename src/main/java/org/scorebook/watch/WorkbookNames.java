package org.scorebook.watch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which names in the inbox are workbooks to take, and how a name splits into stem and extension.
 */
final class WorkbookNames {
  private static final Set<String> WORKBOOK_EXTENSIONS = Set.of(".xlsx", ".xlsm", ".xls");

  /**
   * The longest stem, in UTF-8 bytes, that a claim and every file named after it can hold: a file
   * name has at most 255 bytes, and a claim adds the owner and time in front (up to about 100
   * bytes) and may add a time suffix after a name clash (23 bytes).
   */
  static final int MAX_STEM_BYTES = 120;

  private static final String ELLIPSIS = "…";

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

  /** A workbook to take from the inbox: a candidate, and not the inbox's own checklist. */
  static boolean isSubmission(Path file) {
    return isCandidate(file) && !file.getFileName().toString().equals(DropFolder.RULES_NAME);
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

  /**
   * {@code stem}, or when longer than {@link #MAX_STEM_BYTES} its start (whole characters) and "…".
   */
  static String shortened(String stem) {
    if (utf8Length(stem) <= MAX_STEM_BYTES) {
      return stem;
    }
    int budget = MAX_STEM_BYTES - utf8Length(ELLIPSIS);
    int end = 0;
    while (end < stem.length()) {
      int next = stem.offsetByCodePoints(end, 1);
      if (utf8Length(stem.substring(0, next)) > budget) {
        break;
      }
      end = next;
    }
    return stem.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
