package org.scorebook.model;

import java.util.List;
import java.util.Optional;

/**
 * Several evaluators' copies of one project combined into one score: per leaf every expert's score,
 * the combined one and how far the experts are apart.
 *
 * @param experts the experts' names, in the order their copies were given
 * @param rule how scores were combined, in words, for the score sheet and the 专家评分 sheet
 * @param totals each expert's own total, in the order of {@code experts}
 * @param outliers the experts whose totals are furthest from the others' mean, with three or more:
 *     one, or all of those equally far
 * @param spreadLimit the share of a leaf's 分值 beyond which its experts are taken to disagree
 */
public record ExpertPanel(
    List<String> experts,
    String rule,
    List<Double> totals,
    List<Leaf> leaves,
    List<String> outliers,
    double spreadLimit) {

  public ExpertPanel {
    experts = List.copyOf(experts);
    totals = List.copyOf(totals);
    leaves = List.copyOf(leaves);
    outliers = List.copyOf(outliers);
  }

  /** The line naming the furthest expert, or every one of those equally far. */
  public Optional<String> outlierLine() {
    if (outliers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        outliers.size() == 1
            ? Text.get("panel.sheet.outlier", outliers.get(0))
            : Text.get("panel.sheet.outliers", String.join("」「", outliers)));
  }

  /**
   * One leaf of the panel.
   *
   * @param row the leaf's row in the first copy, whose workbook the combined one is built from
   * @param code the indicator as messages show it (its code, or its name on a form)
   * @param scores each expert's score, in the order of the panel's experts
   * @param reasons each expert's 评分说明 (偏差原因), empty when none
   * @param combined the panel's score, rounded half-up to 2 decimals
   * @param spread highest minus lowest score
   * @param disputed the spread exceeds the panel's share of the 分值
   */
  public record Leaf(
      int row,
      String code,
      String name,
      double full,
      List<Double> scores,
      List<String> reasons,
      double combined,
      double spread,
      boolean disputed) {

    public Leaf {
      scores = List.copyOf(scores);
      reasons = List.copyOf(reasons);
    }
  }

  public List<Leaf> disputed() {
    return leaves.stream().filter(Leaf::disputed).toList();
  }
}
