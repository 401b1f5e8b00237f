package org.scorebook.cli;

import java.nio.file.Path;
import java.util.List;
import org.scorebook.panel.PanelRule;

/**
 * What {@code scorebook panel} was asked to do, checked.
 *
 * @param paths the experts' copies and folders of copies, as given
 * @param out the panel's workbook
 */
record PanelOptions(List<Path> paths, Path out, PanelRule rule, boolean json) {
  static final String DEFAULT_OUT = "合议.xlsx";

  PanelOptions {
    paths = List.copyOf(paths);
  }
}
