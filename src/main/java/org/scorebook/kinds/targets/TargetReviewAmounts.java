package org.scorebook.kinds.targets;

import static org.scorebook.kinds.targets.TargetReviewValues.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.scorebook.kinds.targets.TargetForm.Amount;
import org.scorebook.kinds.targets.TargetForm.Amounts;
import org.scorebook.model.Decimals;
import org.scorebook.score.IndicatorValue.Comparison;

/**
 * The checks of the money: the year's amount equals its parts and stays within the mid-term amount
 * (rule 2), an amount labelled 万元 that is surely in 元 (rule 17), and the 成本 targets against the
 * year's amount read as the unit probably meant (rule 16).
 */
final class TargetReviewAmounts {
  /** Above this many 万元 (10 亿元) an amount of a project's declaration is surely typed in 元. */
  static final double SURELY_YUAN = 100_000;

  /**
   * An amount this many times the 成本 targets (both in 万元) is surely typed in 元: a cost target of 30
   * 万元 beside a budget of 246800.
   */
  static final double YUAN_BESIDE_COSTS = 1_000;

  private static final double WAN_PER_YUAN = 10_000;

  /** Amounts are typed with two decimals of 万元: smaller differences are rounding. */
  private static final double TOLERANCE = 0.005;

  private final TargetForm form;
  private final List<TargetReviewIndicator> costs;
  private final List<TargetReviewFinding> findings = new ArrayList<>();

  private TargetReviewAmounts(TargetForm form, List<TargetReviewIndicator> rows) {
    this.form = form;
    this.costs = rows.stream().filter(row -> row.named() && row.isCost()).toList();
  }

  static List<TargetReviewFinding> check(TargetForm form, List<TargetReviewIndicator> rows) {
    TargetReviewAmounts amounts = new TargetReviewAmounts(form, rows);
    Optional<Double> costTotal = amounts.costTotal();
    Optional<Double> year = amounts.yearReading(costTotal);
    Optional<Double> midTerm = amounts.midTermReading();
    amounts.checkParts();
    if (year.isPresent() && midTerm.isPresent()) {
      amounts.checkMidTerm(year.get(), midTerm.get());
    }
    if (costTotal.isPresent() && year.isPresent()) {
      amounts.checkCostTotal(costTotal.get(), year.get());
    }
    return amounts.findings;
  }

  /**
   * The year's amount in 万元 as it is probably meant (an amount typed in 元 under a 万元 label read as
   * 元), for what shows the project's amount; empty when the form gives none.
   */
  static Optional<Double> yearAmountAsMeant(TargetForm form, List<TargetReviewIndicator> rows) {
    TargetReviewAmounts amounts = new TargetReviewAmounts(form, rows);
    return amounts.yearReading(amounts.costTotal());
  }

  /** The year's amount = 财政拨款 + 上年结转 + 其他, where any of the parts is given. */
  private void checkParts() {
    Amounts year = form.yearAmounts();
    List<Double> parts =
        Stream.of(year.fiscal(), year.carriedOver(), year.other())
            .flatMap(Optional::stream)
            .flatMap(part -> part.value().stream())
            .toList();
    Optional<Amount> total = year.total().filter(amount -> amount.value().isPresent());
    if (parts.isEmpty() || total.isEmpty()) {
      return;
    }
    double sum = parts.stream().mapToDouble(Double::doubleValue).sum();
    double value = total.get().value().get();
    if (Math.abs(sum - value) > TOLERANCE) {
      findings.add(
          TargetReviewFinding.error(
              TargetReviewRule.AMOUNT_PARTS,
              total.get().cell(),
              "",
              text("partsSum", yearLabel(), Decimals.plain(value), Decimals.plain(sum))));
    }
  }

  /** 年度 ≤ 中期, both in 万元 as probably meant. */
  private void checkMidTerm(double yearWan, double midWan) {
    if (yearWan > midWan + TOLERANCE) {
      findings.add(
          TargetReviewFinding.error(
              TargetReviewRule.AMOUNT_PARTS,
              form.yearAmounts().total().get().cell(),
              "",
              text(
                  "aboveMidTerm",
                  yearLabel(),
                  Decimals.plain(yearWan),
                  midTermLabel(),
                  Decimals.plain(midWan))));
    }
  }

  /**
   * Rule 17 for the year's amount: too large for 万元, or a thousand times the 成本 targets. Gives the
   * amount in 万元 as it is probably meant.
   */
  private Optional<Double> yearReading(Optional<Double> costTotal) {
    Optional<Amount> year = form.yearAmounts().total().filter(a -> a.value().isPresent());
    if (year.isEmpty()) {
      return Optional.empty();
    }
    double typed = year.get().value().get();
    double labelled = asLabelled(year.get(), form.yearAmounts());
    if (!labelledWan(form.yearAmounts())) {
      return Optional.of(labelled);
    }
    if (typed > SURELY_YUAN) {
      findings.add(tooLarge(year.get(), yearLabel()));
    } else if (costTotal.isPresent()
        && costTotal.get() > 0
        && typed >= YUAN_BESIDE_COSTS * costTotal.get()) {
      findings.add(besideCosts(year.get(), costTotal.get()));
    } else {
      return Optional.of(labelled);
    }
    return Optional.of(typed / WAN_PER_YUAN);
  }

  /**
   * Rule 17 for the mid-term amount: too large for 万元. Gives the amount in 万元 as probably meant.
   */
  private Optional<Double> midTermReading() {
    Optional<Amounts> midTerm = form.midTermAmounts();
    Optional<Amount> total =
        midTerm.flatMap(Amounts::total).filter(amount -> amount.value().isPresent());
    if (total.isEmpty()) {
      return Optional.empty();
    }
    double typed = total.get().value().get();
    if (labelledWan(midTerm.get()) && typed > SURELY_YUAN) {
      findings.add(tooLarge(total.get(), midTermLabel()));
      return Optional.of(typed / WAN_PER_YUAN);
    }
    return Optional.of(asLabelled(total.get(), midTerm.get()));
  }

  private TargetReviewFinding tooLarge(Amount amount, String label) {
    String meant = Decimals.plain(amount.value().get() / WAN_PER_YUAN);
    return TargetReviewFinding.warning(
        TargetReviewRule.AMOUNT_UNIT,
        amount.cell(),
        "",
        text("yuanTooLarge", label, amount.text().strip(), meant));
  }

  private TargetReviewFinding besideCosts(Amount amount, double costTotal) {
    String meant = Decimals.plain(amount.value().get() / WAN_PER_YUAN);
    return TargetReviewFinding.warning(
        TargetReviewRule.AMOUNT_UNIT,
        amount.cell(),
        "",
        text(
            "yuanBesideCosts",
            yearLabel(),
            amount.text().strip(),
            Decimals.plain(Decimals.round(costTotal, 6)),
            meant));
  }

  /** Rule 16: the 成本 targets within the year's amount, and at least half of it. */
  private void checkCostTotal(double costTotal, double yearAmount) {
    TargetReviewIndicator first = costs.get(0);
    String total = Decimals.plain(Decimals.round(costTotal, 6));
    String amount = Decimals.plain(Decimals.round(yearAmount, 6));
    if (costTotal > yearAmount + TOLERANCE) {
      findings.add(
          TargetReviewFinding.error(
              TargetReviewRule.COST_TOTAL,
              first.valueCell(),
              first.code(),
              text("costAbove", total, yearLabel(), amount)));
    } else if (costTotal < yearAmount / 2) {
      findings.add(
          TargetReviewFinding.warning(
              TargetReviewRule.COST_TOTAL,
              first.valueCell(),
              first.code(),
              text("costBelowHalf", total, yearLabel(), amount)));
    }
  }

  /**
   * The 成本 targets that are money for the whole project, in 万元; empty when there is none. Amounts
   * per unit ({@code 万元/台}) do not add up to the project's cost.
   */
  private Optional<Double> costTotal() {
    List<Double> wan =
        costs.stream()
            .map(TargetReviewIndicator::value)
            .flatMap(value -> value instanceof Comparison c ? Stream.of(c) : Stream.empty())
            .filter(c -> c.isMoney() && !c.unit().contains("/"))
            .map(TargetReviewAmounts::inWan)
            .toList();
    return wan.isEmpty() || costs.isEmpty()
        ? Optional.empty()
        : Optional.of(wan.stream().mapToDouble(Double::doubleValue).sum());
  }

  private static double inWan(Comparison money) {
    BigDecimal value = money.value();
    if (money.unit().startsWith("亿元")) {
      return value.movePointRight(4).doubleValue();
    }
    return money.unit().startsWith("万元")
        ? value.doubleValue()
        : value.movePointLeft(4).doubleValue();
  }

  /** An amount in 万元, read in the unit its label gives (万元 when the label gives none). */
  private static double asLabelled(Amount amount, Amounts amounts) {
    double value = amount.value().orElse(0.0);
    return switch (amounts.unitLabel().strip()) {
      case "元" -> value / WAN_PER_YUAN;
      case "亿元" -> value * WAN_PER_YUAN;
      default -> value;
    };
  }

  private static boolean labelledWan(Amounts amounts) {
    return amounts.unitLabel().contains("万元");
  }

  private String yearLabel() {
    return text("label.yearAmount." + layoutKey());
  }

  private String midTermLabel() {
    return text("label.midTermAmount." + layoutKey());
  }

  private String layoutKey() {
    return form.layout() == TargetForm.Layout.LOCAL ? "local" : "national";
  }
}
