package org.scorebook.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorNode;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NotApplicableRow;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.Text;

/**
 * 指标评分's structure: well-formed, distinct codes whose parents exist; full scores above zero that
 * add up (a blank parent 分值 is its children's sum where the profile allows it, the top level makes
 * the profile's total); each leaf scored one way.
 */
final class TreeRules {
  /** Two full scores are equal when they differ by less than half a cent. */
  static final double TOLERANCE = 0.005;

  private final IndicatorSheet sheet;
  private final RuleProfile rules;
  private final List<Message> messages;
  private final Map<String, IndicatorRow> placed = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, OptionalDouble> fulls = new HashMap<>();
  private final Map<String, List<IndicatorRow>> repeated = new HashMap<>();
  private boolean allFullsZero;

  TreeRules(IndicatorSheet sheet, RuleProfile rules, List<Message> messages) {
    this.sheet = sheet;
    this.rules = rules;
    this.messages = messages;
  }

  List<IndicatorNode> check() {
    Map<String, IndicatorRow> candidates = distinctWellFormed();
    for (IndicatorRow row : candidates.values()) {
      if (isRooted(row.code(), candidates)) {
        placed.put(row.code(), row);
        Codes.parent(row.code())
            .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(row.code()));
      }
    }
    allFullsZero = reportAllFullsZero();
    List<IndicatorNode> tree = new ArrayList<>();
    for (IndicatorRow row : placed.values()) {
      List<String> kids = children.getOrDefault(row.code(), List.of());
      tree.add(new IndicatorNode(row, Codes.level(row.code()), kids, full(row.code())));
    }
    checkTopLevelTotal(tree);
    tree.forEach(this::checkScoringMethod);
    return tree;
  }

  /**
   * A table whose leaves all say 0 (a form exported with its weights left at {@code 0.0}) is one
   * problem, reported once at the 分值 header rather than on every row.
   */
  private boolean reportAllFullsZero() {
    List<IndicatorRow> leaves =
        placed.values().stream()
            .filter(row -> !children.containsKey(row.code()))
            .filter(row -> row.method() != ScoringMethod.BUDGET_EXECUTION)
            .toList();
    boolean allZero =
        leaves.size() > 1
            && leaves.stream().allMatch(row -> row.full().isValue() && row.full().value() == 0);
    if (allZero) {
      messages.add(
          Message.error(
              headerCell(),
              "",
              Text.get("validate.allFullsZero", Decimals.plain(rules.requiredTotal()))));
    }
    return allZero;
  }

  /** Rows with a well-formed code seen for the first time, in sheet order. */
  private Map<String, IndicatorRow> distinctWellFormed() {
    Map<String, IndicatorRow> candidates = new LinkedHashMap<>();
    for (IndicatorRow row : sheet.rows()) {
      if (!Codes.isWellFormed(row.code())) {
        error(row, IndicatorColumn.CODE, Text.get("validate.badCode", row.typedCode()));
        continue;
      }
      IndicatorRow first = candidates.putIfAbsent(row.code(), row);
      if (first != null) {
        repeated.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row);
        error(
            row,
            IndicatorColumn.CODE,
            Text.get("validate.duplicateCode", row.shownCode(), first.row() + 1));
      }
    }
    return candidates;
  }

  /**
   * Whether every ancestor of {@code code} exists. A missing parent is an error on the row that
   * needs it; rows below that row are left out of the tree with a note, not a second error.
   */
  private boolean isRooted(String code, Map<String, IndicatorRow> candidates) {
    Optional<String> parent = Codes.parent(code);
    if (parent.isEmpty()) {
      return true;
    }
    IndicatorRow row = candidates.get(code);
    if (!candidates.containsKey(parent.get())) {
      error(
          row,
          IndicatorColumn.CODE,
          Text.get("validate.missingParent", row.shownCode(), shownParent(row, parent.get())));
      return false;
    }
    if (!hasAllAncestors(parent.get(), candidates)) {
      messages.add(
          Message.warning(
              sheet.cell(row.row(), IndicatorColumn.CODE),
              row.shownCode(),
              Text.get(
                  "validate.parentNotScored", row.shownCode(), shownParent(row, parent.get()))));
      return false;
    }
    return true;
  }

  /**
   * The parent's code as the user would write it: {@code 1.2} for {@code 1.2.3}; the normalised
   * parent for letter codes.
   */
  private static String shownParent(IndicatorRow row, String parent) {
    String shown = row.shownCode();
    int dot = shown.lastIndexOf('.');
    return shown.equals(row.code()) || dot < 0 ? parent : shown.substring(0, dot);
  }

  private static boolean hasAllAncestors(String code, Map<String, IndicatorRow> candidates) {
    for (Optional<String> p = Codes.parent(code); p.isPresent(); p = Codes.parent(p.get())) {
      if (!candidates.containsKey(p.get())) {
        return false;
      }
    }
    return true;
  }

  /** The full score in force, computed children first and remembered. */
  private OptionalDouble full(String code) {
    OptionalDouble known = fulls.get(code);
    if (known != null) {
      return known;
    }
    OptionalDouble full = computeFull(placed.get(code), children.getOrDefault(code, List.of()));
    fulls.put(code, full);
    return full;
  }

  private OptionalDouble computeFull(IndicatorRow row, List<String> kids) {
    OptionalDouble childSum = sumOfFulls(kids);
    if (row.full().isBlank()) {
      if (kids.isEmpty()) {
        error(row, IndicatorColumn.FULL, Text.get("validate.noFull"));
      } else if (!rules.parentFullMayBeBlank()) {
        error(row, IndicatorColumn.FULL, Text.get("validate.noParentFull"));
      }
      return childSum;
    }
    if (!row.full().isValue()) {
      return OptionalDouble.empty();
    }
    double typed = row.full().value();
    if (typed == 0 && allFullsZero) {
      return OptionalDouble.empty();
    }
    if (typed <= 0) {
      error(row, IndicatorColumn.FULL, Text.get("validate.fullNotPositive", Decimals.plain(typed)));
      return OptionalDouble.empty();
    }
    if (!kids.isEmpty()
        && childSum.isPresent()
        && Math.abs(typed - childSum.getAsDouble()) >= TOLERANCE) {
      error(
          row,
          IndicatorColumn.FULL,
          totalMessage(
              "validate.fullMismatch",
              typed,
              childSum.getAsDouble(),
              notApplicableUnder(row.code())));
    } else if (!kids.isEmpty()) {
      explainSumWithRepeatedCodes(row, typed, kids);
    }
    return OptionalDouble.of(typed);
  }

  /**
   * The workbook's own check of a parent's 分值 (a conditional format) adds every row whose code
   * starts with the parent's, a repeated code included, and turns the cell red although the
   * children Scorebook scores add up. Say why, at that cell, so no red cell is left unexplained.
   */
  private void explainSumWithRepeatedCodes(IndicatorRow row, double typed, List<String> kids) {
    List<IndicatorRow> extra =
        kids.stream()
            .flatMap(kid -> repeated.getOrDefault(kid, List.of()).stream())
            .filter(r -> r.full().isValue())
            .toList();
    double extraSum = extra.stream().mapToDouble(r -> r.full().value()).sum();
    if (extra.isEmpty() || Math.abs(extraSum) < TOLERANCE) {
      return;
    }
    IndicatorRow first = extra.get(0);
    messages.add(
        Message.warning(
            sheet.cell(row.row(), IndicatorColumn.FULL),
            row.shownCode(),
            Text.get(
                "validate.fullWithRepeatedCode",
                Decimals.plain(typed),
                first.shownCode(),
                first.row() + 1,
                Decimals.plain(typed + extraSum))));
  }

  private OptionalDouble sumOfFulls(List<String> codes) {
    if (codes.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (String code : codes) {
      OptionalDouble full = full(code);
      if (full.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += full.getAsDouble();
    }
    return OptionalDouble.of(sum);
  }

  private void checkTopLevelTotal(List<IndicatorNode> tree) {
    List<IndicatorNode> top = tree.stream().filter(n -> n.level() == 1).toList();
    if (top.isEmpty()) {
      if (sheet.rows().isEmpty()
          || !placed.isEmpty()
          || messages.stream().noneMatch(Message::isError)) {
        messages.add(Message.error(headerCell(), "", Text.get("validate.noIndicators")));
      }
      return;
    }
    if (top.stream().anyMatch(n -> n.full().isEmpty())) {
      return;
    }
    double sum = top.stream().mapToDouble(n -> n.full().getAsDouble()).sum();
    if (Math.abs(sum - rules.requiredTotal()) >= TOLERANCE) {
      messages.add(
          Message.error(
              headerCell(),
              "",
              totalMessage(
                  "validate.topLevelTotal",
                  sum,
                  rules.requiredTotal(),
                  withFull(notApplicable()))));
    }
    top.forEach(this::checkUsualFull);
  }

  /**
   * A top-level full score other than the profile's usual one for that name is worth a look, not an
   * error.
   */
  private void checkUsualFull(IndicatorNode node) {
    Double usual = rules.usualTopLevelFulls().get(node.row().name());
    double full = node.full().getAsDouble();
    if (usual != null && Math.abs(full - usual) >= TOLERANCE) {
      messages.add(
          Message.warning(
              sheet.cell(node.row().row(), IndicatorColumn.FULL),
              node.shownCode(),
              Text.get(
                  "validate.unusualTopLevelFull",
                  node.row().name(),
                  Decimals.plain(full),
                  Decimals.plain(usual))));
    }
  }

  /**
   * A total that does not add up; when rows marked as not applicable still carry a 分值, the message
   * names them, as their 分值 is left out of the sum.
   */
  private static String totalMessage(
      String key, double first, double second, List<NotApplicableRow> leftOut) {
    if (leftOut.isEmpty()) {
      return Text.get(key, Decimals.plain(first), Decimals.plain(second));
    }
    return Text.get(
        key + "NotApplicable",
        Decimals.plain(first),
        Decimals.plain(second),
        NotApplicableRow.rowNumbers(leftOut),
        Decimals.plain(NotApplicableRow.typedFulls(leftOut)));
  }

  private List<NotApplicableRow> notApplicable() {
    return sheet.notApplicable();
  }

  /** The rows marked as not applicable whose parent is {@code code} and that carry a 分值. */
  private List<NotApplicableRow> notApplicableUnder(String code) {
    return withFull(
        notApplicable().stream()
            .filter(row -> row.code().length() > 1)
            .filter(row -> Codes.parent(row.code()).filter(code::equals).isPresent())
            .toList());
  }

  private static List<NotApplicableRow> withFull(List<NotApplicableRow> rows) {
    return rows.stream().filter(row -> row.typedFull() != 0).toList();
  }

  private CellRef headerCell() {
    int column =
        sheet.column(IndicatorColumn.FULL).orElse(sheet.column(IndicatorColumn.CODE).orElse(0));
    return CellRef.of(sheet.sheetName(), sheet.headerRow(), column);
  }

  private void checkScoringMethod(IndicatorNode node) {
    IndicatorRow row = node.row();
    if (row.method() != ScoringMethod.FORMULA_OR_HAND) {
      return;
    }
    if (!node.isLeaf()) {
      if (row.hasFormula() || row.hasManualScore()) {
        IndicatorColumn where = row.hasFormula() ? IndicatorColumn.FORMULA : IndicatorColumn.MANUAL;
        messages.add(
            Message.warning(
                sheet.cell(row.row(), where),
                row.shownCode(),
                Text.get("validate.parentScoreIgnored")));
      }
      return;
    }
    boolean manualTyped = !row.manual().isBlank();
    if (row.hasFormula() && manualTyped) {
      error(row, IndicatorColumn.MANUAL, Text.get("validate.bothFormulaAndManual"));
    } else if (!row.hasFormula() && !manualTyped) {
      error(
          row,
          sheet.column(IndicatorColumn.MANUAL).isPresent()
              ? IndicatorColumn.MANUAL
              : IndicatorColumn.FORMULA,
          Text.get("validate.noScoringMethod"));
    }
  }

  private void error(IndicatorRow row, IndicatorColumn column, String text) {
    messages.add(Message.error(sheet.cell(row.row(), column), row.shownCode(), text));
  }
}
