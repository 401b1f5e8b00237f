package org.scorebook.panel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;

/**
 * Combines experts' copies whose trees match: per leaf the mean of the experts' scores (without one
 * highest and one lowest when the rule trims), rounded half-up to 2 decimals; the spread of each
 * leaf; and the expert whose total stands furthest from the others'.
 */
final class Combination {
  private Combination() {}

  static ExpertPanel combine(List<Expert> experts, PanelRule rule) {
    List<ScoredIndicator> base = experts.get(0).card().indicators();
    List<Map<Integer, IndicatorRow>> rows = experts.stream().map(e -> rowsByRow(e.card())).toList();
    List<ExpertPanel.Leaf> leaves = new ArrayList<>();
    // The trees match, checked before: the i-th indicator is the same in every copy.
    for (int i = 0; i < base.size(); i++) {
      ScoredIndicator leaf = base.get(i);
      if (!leaf.leaf()) {
        continue;
      }
      List<Double> scores = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      for (int e = 0; e < experts.size(); e++) {
        ScoredIndicator own = experts.get(e).card().indicators().get(i);
        scores.add(own.score().getAsDouble());
        reasons.add(
            Optional.ofNullable(rows.get(e).get(own.row())).map(IndicatorRow::reason).orElse(""));
      }
      double spread = spread(scores);
      leaves.add(
          new ExpertPanel.Leaf(
              leaf.row(),
              leaf.code(),
              leaf.name(),
              leaf.full(),
              scores,
              reasons,
              combined(scores, rule.trims(scores.size())),
              spread,
              spread > rule.spread() * leaf.full() + 1e-9));
    }
    List<Double> totals = experts.stream().map(e -> e.card().total().getAsDouble()).toList();
    return new ExpertPanel(
        experts.stream().map(Expert::name).toList(),
        rule.describe(experts.size()),
        totals,
        leaves,
        outliers(experts, totals),
        rule.spread());
  }

  /** The mean, without one highest and one lowest when {@code trim}, rounded half-up. */
  static double combined(List<Double> scores, boolean trim) {
    List<BigDecimal> kept = scores.stream().map(BigDecimal::valueOf).sorted().toList();
    if (trim) {
      kept = kept.subList(1, kept.size() - 1);
    }
    BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(kept.size()), MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static double spread(List<Double> scores) {
    BigDecimal highest = BigDecimal.valueOf(scores.stream().max(Comparator.naturalOrder()).get());
    BigDecimal lowest = BigDecimal.valueOf(scores.stream().min(Comparator.naturalOrder()).get());
    return highest.subtract(lowest).doubleValue();
  }

  /**
   * The experts whose totals lie furthest from the mean of the others' totals, every one of them
   * when several are equally far; none below three experts, where each is as far from the other as
   * the other from them.
   */
  private static List<String> outliers(List<Expert> experts, List<Double> totals) {
    if (experts.size() < 3) {
      return List.of();
    }
    double sum = totals.stream().mapToDouble(Double::doubleValue).sum();
    double[] distances = new double[totals.size()];
    for (int i = 0; i < totals.size(); i++) {
      double othersMean = (sum - totals.get(i)) / (totals.size() - 1);
      distances[i] = Math.abs(totals.get(i) - othersMean);
    }
    double furthest = Arrays.stream(distances).max().orElse(0);
    if (furthest <= 1e-9) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < distances.length; i++) {
      if (distances[i] > furthest - 1e-9) {
        names.add(experts.get(i).name());
      }
    }
    return names;
  }

  /**
   * The indicator rows of a copy by sheet row: a leaf comes after the parents placed on its row.
   */
  private static Map<Integer, IndicatorRow> rowsByRow(Scorecard card) {
    return card.evaluation().indicators().rows().stream()
        .collect(Collectors.toMap(IndicatorRow::row, Function.identity(), (a, b) -> b));
  }
}
