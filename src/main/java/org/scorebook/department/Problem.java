package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.scorebook.model.Outcome;
import org.scorebook.model.Text;

/**
 * A workbook, or a project of a workbook that holds several, left out of the results: it has errors
 * (so no total), it could not be read, or it is another copy of a project already counted.
 *
 * @param project 项目名称, when the workbook could be read and names one
 * @param errors the number of errors; empty unless the kind is {@link Kind#ERRORS}
 * @param messages the first error messages, the one reason it could not be read, or which copy was
 *     counted
 * @param sheet the project's sheet when its workbook holds several projects, else empty
 */
public record Problem(
    Path file,
    Kind kind,
    Optional<String> project,
    OptionalLong errors,
    List<String> messages,
    String sheet)
    implements Entry {

  /** Why a workbook is left out. */
  public enum Kind {
    /** Damaged, encrypted, not a workbook. */
    UNREADABLE("outcome.cause.DAMAGED"),
    /** A workbook without an indicator table to score. */
    NO_INDICATORS("outcome.cause.NO_INDICATORS"),
    /** Reading it failed unexpectedly. */
    NOT_FINISHED("outcome.cause.NOT_FINISHED"),
    /** Read and scored, with errors: no total. */
    ERRORS("department.col.errors"),
    /** The same project as a workbook that is counted; not a fault of the workbook. */
    DUPLICATE("department.duplicateMark");

    private final String labelKey;

    Kind(String labelKey) {
      this.labelKey = labelKey;
    }

    /** How 问题清单 and the console name it: 无法读取, 无法评分, 未能处理, 重复. */
    public String label() {
      return Text.get(labelKey);
    }

    static Kind of(Outcome.Cause cause) {
      return switch (cause) {
        case DAMAGED -> UNREADABLE;
        case NO_INDICATORS -> NO_INDICATORS;
        case NOT_FINISHED -> NOT_FINISHED;
      };
    }
  }

  public Problem {
    messages = List.copyOf(messages);
  }

  /** A whole workbook, or the one project of its workbook. */
  public Problem(
      Path file, Kind kind, Optional<String> project, OptionalLong errors, List<String> messages) {
    this(file, kind, project, errors, messages, "");
  }

  /** Not scored at all: damaged, without indicators, or failed. */
  public boolean unreadable() {
    return kind != Kind.ERRORS && kind != Kind.DUPLICATE;
  }

  /** Unreadable or with errors: someone has to act before the project can be counted. */
  public boolean needsFixing() {
    return kind != Kind.DUPLICATE;
  }
}
