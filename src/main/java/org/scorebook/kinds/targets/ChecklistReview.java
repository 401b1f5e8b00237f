package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * A reviewers' own checklist applied to one form: a warning at the cell of every value a rule finds
 * wrong, carrying the rule's 编码 as its code and its 审核意见表述 as its text, 审核要点 first as the default
 * rules' texts start with their names; and one note at the grid's header listing the rules a
 * reviewer applies by eye (人工), the project's to-do list.
 */
final class ChecklistReview {
  private ChecklistReview() {}

  /** What the checklist finds in a form. */
  record Result(List<Message> findings, List<Message> toDo) {}

  static Result apply(ReviewRules rules, TargetForm form) {
    List<Message> findings = new ArrayList<>();
    for (ChecklistRule rule : rules.rules()) {
      if (rule.applied()) {
        findings.addAll(findings(rule, form));
      }
    }
    return new Result(findings, toDo(rules, form));
  }

  private static List<Message> findings(ChecklistRule rule, TargetForm form) {
    String text = Text.get("targets.review.finding", rule.label(), opinion(rule));
    return rule.target().orElseThrow().fieldsOf(form).stream()
        .filter(field -> rule.isProblem(field.text()))
        .map(field -> Message.warning(field.cell(), rule.code(), text))
        .toList();
  }

  private static String opinion(ChecklistRule rule) {
    return rule.opinion().isBlank() ? rule.item() : rule.opinion();
  }

  private static List<Message> toDo(ReviewRules rules, TargetForm form) {
    List<ChecklistRule> manual = rules.manual();
    if (manual.isEmpty()) {
      return List.of();
    }
    String items =
        manual.stream()
            .map(rule -> rule.code() + " " + rule.label())
            .collect(Collectors.joining("；"));
    return List.of(
        Message.warning(form.tableHeader(), "", Text.get("targets.checklist.toDo", items)));
  }
}
