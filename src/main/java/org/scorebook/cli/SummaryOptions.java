package org.scorebook.cli;

import java.nio.file.Path;
import java.util.List;
import org.scorebook.department.SortOrder;

/**
 * What {@code scorebook summary} was asked to do, checked: the command line's types stop at the
 * CLI.
 *
 * @param paths workbooks and folders, as given
 * @param out the results workbook (.xlsx)
 * @param sort the order of the results table
 * @param threads workbooks read at the same time, 1 or 2
 * @param report also write the department's report draft beside the results workbook
 */
record SummaryOptions(List<Path> paths, Path out, SortOrder sort, int threads, boolean report) {
  static final SortOrder DEFAULT_SORT = SortOrder.SCORE;
  static final int DEFAULT_THREADS = 1;
  static final int MAX_THREADS = 2;

  SummaryOptions {
    paths = List.copyOf(paths);
  }

  /** Without the report. */
  SummaryOptions(List<Path> paths, Path out, SortOrder sort, int threads) {
    this(paths, out, sort, threads, false);
  }

  /** The title printed on every page: the output's name without its extension (2018年度绩效评价结果). */
  String title() {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
