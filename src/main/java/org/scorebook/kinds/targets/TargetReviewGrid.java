package org.scorebook.kinds.targets;

import static org.scorebook.kinds.targets.TargetReviewValues.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.scorebook.model.CellRef;

/**
 * The checks of the indicator grid as a whole: 产出, 效益 and 满意度 present (rule 3), 数量, 质量, 时效 and 成本
 * under 产出 (rule 4), no 三级 name twice (rule 15).
 */
final class TargetReviewGrid {
  /**
   * Words of a project name or goal that say the project serves the public, whose 满意度 should not be
   * marked not applicable.
   */
  private static final List<String> PUBLIC_SERVICE =
      List.of("服务", "群众", "居民", "市民", "公众", "村民", "学生", "患者", "老人", "儿童", "惠民");

  private static final List<String> OUTPUT_KINDS =
      List.of(
          TargetReviewIndicator.QUANTITY,
          TargetReviewIndicator.QUALITY,
          TargetReviewIndicator.TIMELINESS,
          TargetReviewIndicator.COST);

  private final TargetForm form;
  private final List<TargetReviewIndicator> rows;
  private final List<TargetReviewFinding> findings = new ArrayList<>();

  private TargetReviewGrid(TargetForm form, List<TargetReviewIndicator> rows) {
    this.form = form;
    this.rows = rows;
  }

  static List<TargetReviewFinding> check(TargetForm form, List<TargetReviewIndicator> rows) {
    TargetReviewGrid grid = new TargetReviewGrid(form, rows);
    grid.checkFirstLevel();
    grid.checkOutputKinds();
    grid.checkDuplicates();
    return grid.findings;
  }

  private void checkFirstLevel() {
    for (String first : List.of(TargetReviewIndicator.OUTPUT, TargetReviewIndicator.BENEFIT)) {
      if (!any(row -> row.named() && row.first().equals(first))) {
        findings.add(
            TargetReviewFinding.error(
                TargetReviewRule.INDICATOR_KINDS, form.tableHeader(), "", text("noKind", first)));
      }
    }
    checkSatisfactionPresent();
  }

  private void checkSatisfactionPresent() {
    if (any(row -> row.named() && row.isSatisfaction())) {
      return;
    }
    Optional<TargetReviewIndicator> marked =
        rows.stream().filter(r -> r.isSatisfaction() && r.markedNotApplicable()).findFirst();
    if (marked.isEmpty()) {
      findings.add(
          TargetReviewFinding.error(
              TargetReviewRule.INDICATOR_KINDS, form.tableHeader(), "", text("noSatisfaction")));
    } else if (servesThePublic()) {
      findings.add(
          TargetReviewFinding.note(
              TargetReviewRule.INDICATOR_KINDS,
              marked.get().valueCell(),
              "",
              text("satisfactionNotApplicable")));
    }
  }

  private boolean servesThePublic() {
    String about = form.projectName() + form.yearGoal().text();
    return PUBLIC_SERVICE.stream().anyMatch(about::contains);
  }

  /**
   * Each of 数量, 质量, 时效 and 成本 has an indicator. Not checked when 产出 has none at all (rule 3 says
   * so) nor for a 二级 marked not applicable (rule 5 says so).
   */
  private void checkOutputKinds() {
    if (!any(row -> row.named() && row.isOutput())) {
      return;
    }
    for (String kind : OUTPUT_KINDS) {
      Predicate<TargetReviewIndicator> ofKind = row -> row.outputKind().equals(kind);
      boolean costAsFirst =
          kind.equals(TargetReviewIndicator.COST)
              && any(row -> row.named() && row.first().equals(TargetReviewIndicator.COST));
      if (costAsFirst || any(ofKind.and(row -> row.named() || row.markedNotApplicable()))) {
        continue;
      }
      CellRef where =
          rows.stream().filter(ofKind).findFirst().map(r -> r.nameCell()).orElse(outputCell());
      findings.add(missingKind(kind, where));
    }
  }

  private static TargetReviewFinding missingKind(String kind, CellRef where) {
    if (kind.equals(TargetReviewIndicator.COST)) {
      return TargetReviewFinding.error(
          TargetReviewRule.OUTPUT_INDICATORS, where, "", text("noCost"));
    }
    String example = TargetReviewValues.example(kind);
    return TargetReviewFinding.warning(
        TargetReviewRule.OUTPUT_INDICATORS, where, "", text("noOutputKind", kind, example));
  }

  /** The 一级 cell of the first 产出 row. */
  private CellRef outputCell() {
    return rows.stream()
        .filter(TargetReviewIndicator::isOutput)
        .findFirst()
        .map(row -> row.row().first().cell())
        .orElse(form.tableHeader());
  }

  private void checkDuplicates() {
    Map<String, TargetReviewIndicator> seen = new HashMap<>();
    for (TargetReviewIndicator row : rows) {
      if (!row.named()) {
        continue;
      }
      TargetReviewIndicator first = seen.putIfAbsent(row.third(), row);
      if (first != null) {
        findings.add(
            TargetReviewFinding.warning(
                TargetReviewRule.DUPLICATE_NAME,
                row.nameCell(),
                row.code(),
                text("duplicate", row.name(), first.nameCell().a1())));
      }
    }
  }

  private boolean any(Predicate<TargetReviewIndicator> test) {
    return rows.stream().anyMatch(test);
  }
}
