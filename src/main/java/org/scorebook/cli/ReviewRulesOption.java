package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.kinds.Kinds;
import org.scorebook.kinds.targets.ReviewRules;
import org.scorebook.model.Text;
import org.scorebook.watch.DropFolder;

/**
 * {@code --rules 审核口径.xlsx}: the reviewers' own checklist, read once before any workbook, how each
 * rule was understood shown on the console, and handed to the kinds as data.
 */
final class ReviewRulesOption {
  private ReviewRulesOption() {}

  /**
   * Every kind, the target declaration reviewed by the checklist in {@code file} too when there is
   * one; each rule's reading printed to {@code lines}.
   *
   * @throws UsageException when the file is missing or cannot be read as a checklist
   */
  static Kinds kinds(Optional<Path> file, PrintStream lines) throws UsageException {
    if (file.isEmpty()) {
      return Kinds.ALL;
    }
    if (!Files.isRegularFile(file.get())) {
      throw new UsageException(Text.get("targets.checklist.notFound", file.get()));
    }
    ReviewRules rules;
    try {
      rules = ReviewRules.read(file.get());
    } catch (IOException e) {
      throw new UsageException(
          Text.get("targets.checklist.cannotRead", file.get(), e.getMessage()));
    }
    rules.describe().forEach(lines::println);
    return Kinds.ALL.withReviewRules(rules);
  }

  /** {@code --rules} when given, else the inbox's own {@code 审核口径.xlsx} when it has one. */
  static Optional<Path> forInbox(Optional<Path> given, Path inbox) {
    if (given.isPresent()) {
      return given;
    }
    Path beside = inbox.resolve(DropFolder.RULES_NAME);
    return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
  }
}
