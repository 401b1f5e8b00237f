package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code scorebook summary} was asked to do, checked: the command line's types stop at the CLI.
 *
 * @param paths workbooks and folders, as given
 * @param out the results workbook (.xlsx)
 * @param threads workbooks read at the same time, 1 or 2
 */
public record SummaryOptions(List<Path> paths, Path out, SortOrder sort, int threads) {
  public static final SortOrder DEFAULT_SORT = SortOrder.SCORE;
  public static final int DEFAULT_THREADS = 1;
  public static final int MAX_THREADS = 2;

  public SummaryOptions {
    paths = List.copyOf(paths);
  }

  /** The title printed on every page: the output's name without its extension (2018年度绩效评价结果). */
  public String title() {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
