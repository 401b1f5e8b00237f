package org.scorebook.department;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * A reviewed project (a declaration whose kind reviews rather than scores): what 审核结果, 常见问题 and
 * 退回修改 need of it.
 *
 * @param yearAmount the amount the form gives for the year, in 万元 as written
 * @param grade the suggested grade
 * @param findings every finding, in workbook order
 * @param sheet the project's sheet when its workbook holds several projects, else empty
 */
public record ReviewResult(
    Path file,
    String name,
    String unit,
    OptionalDouble yearAmount,
    long errors,
    long warnings,
    String grade,
    List<Finding> findings,
    String sheet)
    implements Entry {

  /** Longer than this, the text before 「：」 is a sentence, not a rule's short name. */
  static final int RULE_NAME_MAX = 12;

  /**
   * One finding: the rule it was made under (the short name its text starts with, 「成本指标：…」),
   * whether it is an error, and its line as the console shows it.
   */
  public record Finding(String rule, boolean error, String line) {}

  public ReviewResult {
    findings = List.copyOf(findings);
  }

  static ReviewResult of(Path file, String sheet, Scorecard card) {
    ProjectInfo project = card.evaluation().project();
    NumberReading amount = project.budget();
    return new ReviewResult(
        file,
        card.projectName().strip(),
        project.field(ProjectInfo.UNIT).strip(),
        amount.isValue() ? OptionalDouble.of(amount.value()) : OptionalDouble.empty(),
        card.errorCount(),
        card.warningCount(),
        card.grade().orElse(""),
        card.messages().stream()
            .map(m -> new Finding(ruleOf(m.text()), m.isError(), m.oneLine()))
            .toList(),
        sheet);
  }

  /**
   * The rule a finding's text names before its first 「：」, without a qualifier in brackets
   * (「满意度指标（建议）：…」 is a 满意度指标 finding); 「其他」 when the text names none.
   */
  static String ruleOf(String text) {
    int colon = text.indexOf('：');
    String rule = colon < 0 ? "" : text.substring(0, colon).strip();
    int bracket = rule.indexOf('（');
    if (bracket > 0 && rule.endsWith("）")) {
      rule = rule.substring(0, bracket).strip();
    }
    return rule.isEmpty() || rule.length() > RULE_NAME_MAX || rule.contains("「")
        ? Text.get("department.review.otherRule")
        : rule;
  }

  /** Any error: the project goes back to its unit to be corrected. */
  public boolean sendBack() {
    return errors > 0;
  }

  /** The first errors' lines, as the console shows them. */
  public List<String> firstErrors() {
    return findings.stream()
        .filter(Finding::error)
        .limit(QUOTED_MESSAGES)
        .map(Finding::line)
        .toList();
  }
}
