package org.scorebook.kinds.targets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorebook.model.Text;

/**
 * A reviewers' own checklist (审核口径) as read from its workbook: its rules, as understood, and what
 * could not be read (a pattern that cannot be compiled: that rule is skipped). Its findings are
 * added to the default checklist's.
 *
 * @param fileName the checklist's file name, as the console names it
 * @param problems one line per rule that is skipped, naming the checklist's file and cell
 */
public record ReviewRules(String fileName, List<ChecklistRule> rules, List<String> problems) {
  /** No checklist: the default checklist alone. */
  public static final ReviewRules NONE = new ReviewRules("", List.of(), List.of());

  public ReviewRules {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** The checklist in {@code file}, read by the header's texts. */
  public static ReviewRules read(Path file) throws IOException {
    return ChecklistReader.read(file);
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The rules a reviewer applies by eye: 人工, and those with nothing the program can apply. */
  public List<ChecklistRule> manual() {
    return rules.stream().filter(rule -> !rule.applied() && !rule.skipped()).toList();
  }

  /**
   * How each rule was understood, for the console: a summary line, then one line per rule (code,
   * object, mode, judgement, compiled pattern), then what was skipped.
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    long applied = rules.stream().filter(ChecklistRule::applied).count();
    lines.add(Text.get("targets.checklist.summary", fileName, rules.size(), applied));
    rules.forEach(rule -> lines.add(describe(rule)));
    lines.addAll(problems);
    return lines;
  }

  /** Each rule's line is indented under the summary; a properties file cannot keep the spaces. */
  private static String describe(ChecklistRule rule) {
    return "  " + understood(rule);
  }

  private static String understood(ChecklistRule rule) {
    String object =
        rule.target()
            .map(ChecklistTarget::describe)
            .orElse(Text.get("targets.checklist.object.unknown", rule.object()));
    if (!rule.applied()) {
      String why =
          rule.manual()
              ? "manual"
              : rule.skipped() ? "skipped" : rule.target().isEmpty() ? "noObject" : "noPattern";
      return Text.get(
          "targets.checklist.explain.manual",
          rule.code(),
          object,
          Text.get("targets.checklist.mode." + why));
    }
    String pattern = rule.pattern().map(Object::toString).orElse("—");
    return Text.get(
        "targets.checklist.explain", rule.code(), object, rule.judgement().label(), pattern);
  }
}
