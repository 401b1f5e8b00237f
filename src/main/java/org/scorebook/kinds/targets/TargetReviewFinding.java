package org.scorebook.kinds.targets;

import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * One finding of the review at its cell, before it becomes a {@link Message}.
 *
 * @param code the indicator's 三级 name for a finding about an indicator row, empty for the header
 * @param detail what is wrong and what a good value looks like, without the rule's name
 */
public record TargetReviewFinding(
    TargetReviewRule rule, Level level, CellRef where, String code, String detail) {

  /**
   * How serious a finding is. The model knows errors and warnings only: a note becomes a warning
   * whose text says it is a suggestion.
   */
  public enum Level {
    ERROR,
    WARNING,
    NOTE
  }

  static TargetReviewFinding error(
      TargetReviewRule rule, CellRef where, String code, String detail) {
    return new TargetReviewFinding(rule, Level.ERROR, where, code, detail);
  }

  static TargetReviewFinding warning(
      TargetReviewRule rule, CellRef where, String code, String detail) {
    return new TargetReviewFinding(rule, Level.WARNING, where, code, detail);
  }

  static TargetReviewFinding note(
      TargetReviewRule rule, CellRef where, String code, String detail) {
    return new TargetReviewFinding(rule, Level.NOTE, where, code, detail);
  }

  /** The text every rendering shows: the rule's short name, then the detail. */
  public String text() {
    String key = level == Level.NOTE ? "targets.review.note" : "targets.review.finding";
    return Text.get(key, rule.label(), detail);
  }

  public Message toMessage() {
    return level == Level.ERROR
        ? Message.error(where, code, text())
        : Message.warning(where, code, text());
  }
}
