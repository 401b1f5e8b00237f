package org.scorebook.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code scorebook template} was asked to do.
 *
 * @param out {@code --out}: the file, or a folder to put 绩效评价模板.xlsx in; empty for that name in the
 *     current folder
 */
record TemplateOptions(Optional<Path> out) {}
