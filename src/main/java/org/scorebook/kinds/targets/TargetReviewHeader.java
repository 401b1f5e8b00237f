package org.scorebook.kinds.targets;

import static org.scorebook.kinds.targets.TargetReviewValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.kinds.targets.TargetForm.Amount;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.model.CellRef;

/** Rule 1: 项目名称, 主管部门 or 申请单位, the year's amount and 年度目标 are filled. */
final class TargetReviewHeader {
  private static final String PROJECT_NAME = "项目名称";

  /** The labels of the department that declares, national layout first. */
  private static final List<String> DEPARTMENT = List.of("主管部门", "申请单位");

  private TargetReviewHeader() {}

  static List<TargetReviewFinding> check(TargetForm form) {
    List<TargetReviewFinding> findings = new ArrayList<>();
    CellRef sheet = CellRef.sheet(form.sheetName());
    requireField(
            Optional.ofNullable(form.fields().get(PROJECT_NAME)), text("label.projectName"), sheet)
        .ifPresent(findings::add);
    requireField(department(form.fields()), text("label.department"), sheet)
        .ifPresent(findings::add);
    yearAmount(form, sheet).ifPresent(findings::add);
    requireField(Optional.of(form.yearGoal()), text("label.yearGoal"), sheet)
        .ifPresent(findings::add);
    return findings;
  }

  /** {@code 主管部门及代码}, {@code 主管部门} or {@code 申请单位}: the first of the form's fields so labelled. */
  private static Optional<Field> department(Map<String, Field> fields) {
    for (String label : DEPARTMENT) {
      Optional<Field> field =
          fields.entrySet().stream()
              .filter(entry -> entry.getKey().startsWith(label))
              .map(Map.Entry::getValue)
              .findFirst();
      if (field.isPresent()) {
        return field;
      }
    }
    return Optional.empty();
  }

  private static Optional<TargetReviewFinding> requireField(
      Optional<Field> field, String label, CellRef sheet) {
    if (field.isEmpty()) {
      return Optional.of(missing(sheet, text("absent", label)));
    }
    return field.get().isBlank()
        ? Optional.of(missing(field.get().cell(), text("blank", label)))
        : Optional.empty();
  }

  private static Optional<TargetReviewFinding> yearAmount(TargetForm form, CellRef sheet) {
    String label =
        text(
            "label.yearAmount."
                + (form.layout() == TargetForm.Layout.LOCAL ? "local" : "national"));
    Optional<Amount> total = form.yearAmounts().total();
    if (total.isEmpty()) {
      return Optional.of(missing(sheet, text("absent", label)));
    }
    Amount amount = total.get();
    if (amount.text().isBlank()) {
      return Optional.of(missing(amount.cell(), text("blank", label)));
    }
    return amount.value().isEmpty()
        ? Optional.of(missing(amount.cell(), text("notNumber", label, amount.text().strip())))
        : Optional.empty();
  }

  private static TargetReviewFinding missing(CellRef where, String detail) {
    return TargetReviewFinding.error(TargetReviewRule.REQUIRED_FIELDS, where, "", detail);
  }
}
