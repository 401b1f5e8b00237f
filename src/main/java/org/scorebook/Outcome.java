package org.scorebook;

import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.model.Scorecard;

/**
 * What became of one input: scored (with or without errors in it), or not readable at all.
 *
 * @param output the workbook written, when one was
 * @param scorecard the result, when the workbook could be read
 * @param failure why the workbook could not be read or written (Chinese), when it could not
 */
public record Outcome(Path input, Optional<Path> output, Optional<Scorecard> scorecard, Optional<String> failure) {

  static Outcome scored(Path input, Path output, Scorecard card) {
    return new Outcome(input, Optional.ofNullable(output), Optional.of(card), Optional.empty());
  }

  static Outcome failed(Path input, String reason) {
    return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(reason));
  }

  /** Scored with no errors: the total and grade are given. */
  public boolean isClean() {
    return scorecard.isPresent() && !scorecard.get().hasErrors();
  }
}
