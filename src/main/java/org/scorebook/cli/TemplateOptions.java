package org.scorebook.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.kinds.Kinds;
import org.scorebook.template.TemplateKind;

/**
 * What {@code scorebook template} was asked to do.
 *
 * @param out {@code --out}: the file, or a folder to put the kind's file name in (with {@code
 *     --split}, the folder of the projects' files); empty for the default name in the current
 *     folder
 * @param kind {@code --kind}: which blank workbook; the contract v1 template when absent
 * @param from {@code --from}: the approved target declaration the forms are written from; empty for
 *     a blank workbook
 * @param split {@code --split}: one file per project of the declaration
 */
record TemplateOptions(Optional<Path> out, TemplateKind kind, Optional<Path> from, boolean split) {
  TemplateOptions(Optional<Path> out) {
    this(out, Kinds.ALL.templates().first());
  }

  TemplateOptions(Optional<Path> out, TemplateKind kind) {
    this(out, kind, Optional.empty(), false);
  }
}
