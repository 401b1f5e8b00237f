package org.scorebook.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.kinds.Kinds;
import org.scorebook.template.TemplateKind;

/**
 * What {@code scorebook template} was asked to do.
 *
 * @param out {@code --out}: the file, or a folder to put the kind's file name in; empty for that
 *     name in the current folder
 * @param kind {@code --kind}: which blank workbook; the contract v1 template when absent
 */
record TemplateOptions(Optional<Path> out, TemplateKind kind) {
  TemplateOptions(Optional<Path> out) {
    this(out, Kinds.ALL.templates().first());
  }
}
