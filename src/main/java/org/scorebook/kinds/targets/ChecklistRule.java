package org.scorebook.kinds.targets;

import java.util.Optional;
import java.util.regex.Pattern;
import org.scorebook.model.Text;

/**
 * One rule of a reviewers' own checklist (审核口径), as understood from its row.
 *
 * @param code 编码, the code every finding of the rule carries
 * @param object 审核对象 as written
 * @param target what the rule looks at in a form; empty when 审核对象 names nothing Scorebook reads
 * @param manual 模式 {@code 人工}: a reviewer's judgement, listed for each project, never applied
 * @param point 审核要点, which starts every finding's text
 * @param item 审核细项, from which the judgement is taken when the 判定 column does not say it
 * @param opinion 审核意见表述（问题+建议）, the finding's text
 * @param judgement when a value is a problem
 * @param patternText 正则表达式 as written ({@code 空} and {@code 无} included)
 * @param pattern the compiled pattern; empty for {@code 空}, {@code 无} and a pattern that cannot be
 *     compiled
 * @param cell the rule's row in the checklist, as {@code 审核口径!A5}
 */
public record ChecklistRule(
    String code,
    String object,
    Optional<ChecklistTarget> target,
    boolean manual,
    String point,
    String item,
    String opinion,
    Judgement judgement,
    String patternText,
    Optional<Pattern> pattern,
    String cell) {

  /** When a checked value is a problem. */
  public enum Judgement {
    /** The pattern finds something it should not: {@code …冗长}, {@code …未填写单位}. */
    MATCH_IS_PROBLEM("matchIsProblem"),
    /** The pattern describes a good value: {@code …不规范}, {@code …不具量化易评性}. */
    NO_MATCH_IS_PROBLEM("noMatchIsProblem"),
    /** The value must be filled: {@code …未填写}, or the pattern {@code 空}. */
    EMPTY_IS_PROBLEM("emptyIsProblem");

    private final String key;

    Judgement(String key) {
      this.key = key;
    }

    /** As the checklist's 判定 column writes it ({@code 匹配为问题} …). */
    public String label() {
      return Text.get("targets.checklist.judgement." + key);
    }
  }

  /**
   * Whether the program applies the rule: 正则匹配 with something it reads, and a pattern unless an
   * empty value is the problem.
   */
  public boolean applied() {
    return !manual
        && target.isPresent()
        && (judgement == Judgement.EMPTY_IS_PROBLEM || pattern.isPresent());
  }

  /** A 正则匹配 rule whose pattern could not be compiled: skipped, and said so when read. */
  public boolean skipped() {
    return !manual
        && pattern.isEmpty()
        && judgement != Judgement.EMPTY_IS_PROBLEM
        && !patternText.isEmpty()
        && !patternText.equals("空")
        && !patternText.equals("无");
  }

  /** The name a reviewer knows the rule by: 审核要点, else 审核细项, else 编码. */
  public String label() {
    return !point.isBlank() ? point : !item.isBlank() ? item : code;
  }

  /** Whether {@code value} (trimmed) is a problem by this rule. */
  public boolean isProblem(String value) {
    String text = value.strip();
    return switch (judgement) {
      case EMPTY_IS_PROBLEM -> text.isEmpty();
      case MATCH_IS_PROBLEM -> !text.isEmpty() && pattern.orElseThrow().matcher(text).find();
      case NO_MATCH_IS_PROBLEM -> !text.isEmpty() && !pattern.orElseThrow().matcher(text).find();
    };
  }
}
