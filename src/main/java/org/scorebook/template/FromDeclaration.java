package org.scorebook.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a kind writes its forms from an approved target declaration ({@code scorebook template
 * --from}): the targets carried forward, one form per project, into one workbook or one file per
 * project.
 */
@FunctionalInterface
public interface FromDeclaration {

  /**
   * Writes the forms of every project of {@code declaration}: into the workbook {@code target}, or
   * with {@code split} one file per project into the folder {@code target}. Nothing is overwritten.
   *
   * @return how many projects' forms were written, and the files, in the declaration's order
   * @throws NotWritten when the declaration cannot be read or is not one, or a file is in the way;
   *     its message says so in Chinese
   */
  Written write(Path declaration, Path target, boolean split) throws IOException, NotWritten;

  /** The forms of {@code projects} projects, written to {@code files}. */
  record Written(int projects, List<Path> files) {
    public Written {
      files = List.copyOf(files);
    }
  }

  /** Why no form was written, in words for the user. */
  final class NotWritten extends Exception {
    private static final long serialVersionUID = 1L;

    public NotWritten(String message) {
      super(message);
    }
  }
}
