package org.scorebook.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;
import org.scorebook.model.GradeSheet;
import org.scorebook.model.Message;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.Text;

/**
 * 等级标准: bands with distinct names and thresholds that cover 0 to the profile's total; the profile's
 * default bands (the national ones) when the sheet is absent.
 */
final class GradeRules {
  private GradeRules() {}

  static Optional<GradeScale> check(
      Optional<GradeSheet> sheet, RuleProfile rules, List<Message> messages) {
    if (sheet.isEmpty()) {
      return Optional.of(rules.defaultGrades());
    }
    int before = messages.size();
    List<GradeBand> bands = new ArrayList<>();
    Map<String, CellRef> names = new HashMap<>();
    Map<Double, CellRef> minimums = new HashMap<>();
    for (GradeSheet.Row row : sheet.get().rows()) {
      checkRow(row, rules.requiredTotal(), names, minimums, messages).ifPresent(bands::add);
    }
    if (messages.size() == before && !minimums.containsKey(0.0)) {
      messages.add(
          Message.error(
              CellRef.sheet(sheet.get().sheetName()), "", Text.get("validate.gradeNoZero")));
    }
    return messages.size() == before ? Optional.of(new GradeScale(bands, false)) : Optional.empty();
  }

  private static Optional<GradeBand> checkRow(
      GradeSheet.Row row,
      double total,
      Map<String, CellRef> names,
      Map<Double, CellRef> minimums,
      List<Message> messages) {
    if (row.name().isBlank()) {
      messages.add(Message.error(row.nameCell(), "", Text.get("validate.gradeNoName")));
      return Optional.empty();
    }
    CellRef sameName = names.putIfAbsent(row.name(), row.nameCell());
    if (sameName != null) {
      messages.add(
          Message.error(
              row.nameCell(),
              "",
              Text.get("validate.gradeDuplicateName", row.name(), sameName.a1())));
      return Optional.empty();
    }
    if (!row.minimum().isValue()) {
      if (row.minimum().isBlank()) {
        messages.add(
            Message.error(row.minimumCell(), "", Text.get("validate.gradeNoMinimum", row.name())));
      }
      return Optional.empty();
    }
    double minimum = row.minimum().value();
    if (minimum < 0 || minimum > total) {
      messages.add(
          Message.error(
              row.minimumCell(),
              "",
              Text.get(
                  "validate.gradeOutOfRange", Decimals.plain(minimum), Decimals.plain(total))));
      return Optional.empty();
    }
    CellRef sameMinimum = minimums.putIfAbsent(minimum, row.minimumCell());
    if (sameMinimum != null) {
      messages.add(
          Message.error(
              row.minimumCell(),
              "",
              Text.get(
                  "validate.gradeDuplicateMinimum", Decimals.plain(minimum), sameMinimum.a1())));
      return Optional.empty();
    }
    return Optional.of(new GradeBand(row.name(), minimum));
  }
}
