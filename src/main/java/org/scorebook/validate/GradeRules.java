package org.scorebook.validate;

import java.util.ArrayList;
import java.util.Comparator;
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
    if (messages.size() == before
        && sheet.get().rows().stream().allMatch(row -> row.minimum().isValue())) {
      checkRanges(sheet.get(), rules.requiredTotal(), messages);
    }
    if (messages.size() == before && !minimums.containsKey(0.0)) {
      messages.add(
          Message.error(
              CellRef.sheet(sheet.get().sheetName()), "", Text.get("validate.gradeNoZero")));
    }
    return messages.size() == before ? Optional.of(new GradeScale(bands, false)) : Optional.empty();
  }

  /**
   * Tolerance between one band's upper end and the next one's lower end: totals have 2 decimals.
   */
  private static final double STEP = 0.01 + 1e-9;

  /**
   * Bands given as ranges, taken from the lowest up, must neither overlap nor leave a gap between 0
   * and {@code total}; each problem is reported at the higher band's range.
   */
  private static void checkRanges(GradeSheet sheet, double total, List<Message> messages) {
    List<GradeSheet.Row> rows =
        sheet.rows().stream()
            .filter(row -> row.range().isPresent())
            .sorted(Comparator.comparingDouble(row -> row.range().get().low()))
            .toList();
    if (rows.isEmpty()) {
      return;
    }
    GradeSheet.Range lowest = rows.get(0).range().get();
    if (lowest.low() > 0) {
      messages.add(
          Message.error(
              rows.get(0).minimumCell(),
              "",
              Text.get(
                  "validate.gradeRangesGapAtZero", lowest.typed(), Decimals.plain(lowest.low()))));
    }
    for (int i = 1; i < rows.size(); i++) {
      checkNeighbours(rows.get(i - 1), rows.get(i), messages);
    }
    checkTop(rows, total, messages);
  }

  /** Two bands next to each other, {@code above} starting where or after {@code below} does. */
  private static void checkNeighbours(
      GradeSheet.Row below, GradeSheet.Row above, List<Message> messages) {
    GradeSheet.Range lower = below.range().get();
    GradeSheet.Range upper = above.range().get();
    if (upper.low() < lower.high() || upper.low() == lower.high() && lower.highIncluded()) {
      double end = Math.min(lower.high(), upper.high());
      String overlap =
          end == upper.low()
              ? Decimals.plain(end) + " 分"
              : Decimals.plain(upper.low()) + " 至 " + Decimals.plain(end) + " 分";
      messages.add(
          Message.error(
              above.minimumCell(),
              "",
              Text.get(
                  "validate.gradeRangesOverlap",
                  upper.typed(),
                  lower.typed(),
                  below.minimumCell().a1(),
                  overlap)));
    } else if (upper.low() - lower.high() > STEP) {
      messages.add(
          Message.error(
              above.minimumCell(),
              "",
              Text.get(
                  "validate.gradeRangesGap",
                  upper.typed(),
                  lower.typed(),
                  below.minimumCell().a1(),
                  Decimals.plain(lower.high()),
                  Decimals.plain(upper.low()))));
    }
  }

  private static void checkTop(List<GradeSheet.Row> rows, double total, List<Message> messages) {
    GradeSheet.Row top = rows.get(rows.size() - 1);
    double highest = rows.stream().mapToDouble(row -> row.range().get().high()).max().orElse(0);
    if (highest < total) {
      messages.add(
          Message.error(
              top.minimumCell(),
              "",
              Text.get(
                  "validate.gradeRangesGapAtTop",
                  top.range().get().typed(),
                  Decimals.plain(highest),
                  Decimals.plain(total))));
    }
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
