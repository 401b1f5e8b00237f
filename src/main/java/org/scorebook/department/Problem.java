package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A workbook left out of the results: it has errors (so no total), it could not be read, or it is
 * another copy of a project already counted.
 *
 * @param project 项目名称, when the workbook could be read and names one
 * @param errors the number of errors; empty unless the kind is {@link Kind#ERRORS}
 * @param messages the first error messages, the one reason it could not be read, or which copy was counted
 */
public record Problem(Path file, Kind kind, Optional<String> project, OptionalLong errors, List<String> messages)
    implements Entry {

  /** Why a workbook is left out. */
  public enum Kind {
    UNREADABLE,
    ERRORS,
    /** The same project as a workbook that is counted; not a fault of the workbook. */
    DUPLICATE
  }

  public Problem {
    messages = List.copyOf(messages);
  }

  public boolean unreadable() {
    return kind == Kind.UNREADABLE;
  }

  /** Unreadable or with errors: someone has to act before the project can be counted. */
  public boolean needsFixing() {
    return kind != Kind.DUPLICATE;
  }
}
