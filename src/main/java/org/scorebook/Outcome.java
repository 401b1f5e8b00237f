package org.scorebook;

import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.model.Scorecard;

/**
 * What became of one input: scored (with or without errors in it), not readable at all, or read but
 * not written because the output could not be written (no space, read-only, permission: the machine's
 * problem, not the workbook's, so a drop folder retries it later).
 *
 * @param output the workbook written, when one was
 * @param scorecard the result, when the workbook could be read
 * @param failure why the workbook could not be read or written (Chinese), when it could not
 * @param cannotWrite true when the failure was in writing the output, not in the workbook
 */
public record Outcome(Path input, Optional<Path> output, Optional<Scorecard> scorecard, Optional<String> failure,
    boolean cannotWrite) {

  /** An outcome that is not a write failure. */
  public Outcome(Path input, Optional<Path> output, Optional<Scorecard> scorecard, Optional<String> failure) {
    this(input, output, scorecard, failure, false);
  }

  static Outcome scored(Path input, Path output, Scorecard card) {
    return new Outcome(input, Optional.ofNullable(output), Optional.of(card), Optional.empty());
  }

  static Outcome failed(Path input, String reason) {
    return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(reason));
  }

  static Outcome notWritten(Path input, String reason) {
    return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(reason), true);
  }

  /** Scored with no errors: the total and grade are given. */
  public boolean isClean() {
    return scorecard.isPresent() && !scorecard.get().hasErrors();
  }
}
