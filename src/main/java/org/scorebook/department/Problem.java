package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A workbook left out of the results: it has errors (so no total), or it could not be read.
 *
 * @param project 项目名称, when the workbook could be read and names one
 * @param errors the number of errors; empty when the workbook could not be read
 * @param messages the first error messages, or the one reason it could not be read
 */
public record Problem(Path file, Optional<String> project, OptionalLong errors, List<String> messages) implements Entry {

  public Problem {
    messages = List.copyOf(messages);
  }

  public boolean unreadable() {
    return errors.isEmpty();
  }
}
