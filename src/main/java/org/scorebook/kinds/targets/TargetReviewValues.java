package org.scorebook.kinds.targets;

import static org.scorebook.kinds.targets.TargetReviewFinding.error;
import static org.scorebook.kinds.targets.TargetReviewFinding.note;
import static org.scorebook.kinds.targets.TargetReviewFinding.warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.model.Text;
import org.scorebook.score.Direction;
import org.scorebook.score.IndicatorValue;
import org.scorebook.score.IndicatorValue.Comparison;

/**
 * The checks of one indicator row on its own: filled (rule 5), explained (6), its 指标值 readable and
 * fit for its 二级 (7–13, 18), its name fit for its 二级 and short (14, 19).
 *
 * <p>What each rule takes from the {@link IndicatorValue} read:
 *
 * <ul>
 *   <li>5: {@code Empty} is a missing value, {@code NotApplicable} a row marked not applicable;
 *   <li>7: {@code Unreadable}, with its reason;
 *   <li>8: a {@code Comparison} with an empty unit;
 *   <li>9: {@code Qualitative} under 数量, 质量, 时效 or 成本;
 *   <li>10: under 时效, a {@code Comparison} whose unit is neither % nor a unit of time;
 *   <li>11: under 成本, a money {@code Comparison} with {@code HIGHER} is an error ({@code LOWER} and
 *       {@code EQUAL} are right: a bare amount is expected as {@code EQUAL}); a % {@code
 *       Comparison}, a {@code Deadline}, a {@code Duration}, a {@code Frequency} or another unit is
 *       a warning;
 *   <li>12: for 满意度 only a % {@code Comparison} with {@code HIGHER} of at least the floor;
 *   <li>13: a % {@code Comparison} above 100 with {@code HIGHER} or {@code EQUAL}; {@code HIGHER}
 *       non-strict 0; a % {@code Comparison} with {@code LOWER} of 100 or more;
 *   <li>18: a {@code Deadline} whose year is after the form's.
 * </ul>
 */
final class TargetReviewValues {
  /** The lowest 满意度 target the review accepts without a word, in percent. */
  static final BigDecimal SATISFACTION_FLOOR = BigDecimal.valueOf(80);

  static final int LONG_NAME = 15;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Units of time: a comparison in these is a duration, which a 时效 indicator may be. */
  private static final Set<String> TIME_UNITS =
      Set.of("年", "月", "个月", "季度", "周", "天", "日", "工作日", "个工作日", "小时", "个小时", "分钟");

  private static final Set<String> COST_WORDS = Set.of("成本", "费用", "经费", "资金", "预算");

  private final Optional<Integer> year;
  private final boolean hasExplanations;
  private final List<TargetReviewFinding> findings = new ArrayList<>();

  private TargetReviewValues(Optional<Integer> year, boolean hasExplanations) {
    this.year = year;
    this.hasExplanations = hasExplanations;
  }

  static List<TargetReviewFinding> check(TargetForm form, List<TargetReviewIndicator> rows) {
    TargetReviewValues values = new TargetReviewValues(form.year(), form.hasExplanations());
    rows.forEach(values::checkRow);
    return values.findings;
  }

  private void checkRow(TargetReviewIndicator row) {
    if (!row.named()) {
      checkUnnamed(row);
      return;
    }
    checkName(row);
    if (!row.outputKind().isEmpty() && row.markedNotApplicable()) {
      add(error(TargetReviewRule.ROW_FILLED, row.valueCell(), row.code(), notApplicable(row)));
    } else if (row.valueEmpty()) {
      add(
          error(
              TargetReviewRule.ROW_FILLED,
              row.valueCell(),
              row.code(),
              text("noValue", row.name())));
    } else if (!row.markedNotApplicable()) {
      checkExplanation(row);
      checkValue(row);
    }
  }

  /** A value without a name, or 不适用 where a 数量/质量/时效/成本 indicator is required. */
  private void checkUnnamed(TargetReviewIndicator row) {
    if (!row.outputKind().isEmpty() && row.markedNotApplicable()) {
      add(error(TargetReviewRule.ROW_FILLED, row.nameCell(), "", notApplicable(row)));
    } else if (row.third().isEmpty() && !row.valueEmpty() && !row.markedNotApplicable()) {
      add(error(TargetReviewRule.ROW_FILLED, row.nameCell(), "", text("noName", shown(row))));
    }
  }

  private static String notApplicable(TargetReviewIndicator row) {
    String kind = row.outputKind();
    return text("notApplicable", kind, example(kind));
  }

  private void checkName(TargetReviewIndicator row) {
    String name = row.name();
    int length = name.codePointCount(0, name.length());
    if (length >= LONG_NAME) {
      add(note(TargetReviewRule.NAME_LENGTH, row.nameCell(), name, text("longName", name, length)));
    }
    String kind = row.outputKind();
    if (kind.equals(TargetReviewIndicator.QUANTITY) && row.third().contains("率")) {
      add(note(TargetReviewRule.NAME_FITS_KIND, row.nameCell(), name, text("rateName", name)));
    } else if (!kind.isEmpty() && !kind.equals(TargetReviewIndicator.COST) && isCostName(row)) {
      add(
          note(
              TargetReviewRule.NAME_FITS_KIND, row.nameCell(), name, text("costName", name, kind)));
    }
  }

  private static boolean isCostName(TargetReviewIndicator row) {
    return COST_WORDS.stream().anyMatch(row.third()::contains);
  }

  private void checkExplanation(TargetReviewIndicator row) {
    Optional<Field> explanation = row.row().explanation();
    if (hasExplanations && explanation.isPresent() && explanation.get().isBlank()) {
      add(
          warning(
              TargetReviewRule.EXPLANATION,
              explanation.get().cell(),
              row.code(),
              text("noExplanation", row.name())));
    }
  }

  private void checkValue(TargetReviewIndicator row) {
    IndicatorValue value = row.value();
    if (value instanceof IndicatorValue.Unreadable unreadable) {
      warn(
          TargetReviewRule.READABLE_VALUE,
          row,
          text("unreadable", shown(row), unreadable.reason()));
      return;
    }
    if (value instanceof Comparison comparison && comparison.unit().isEmpty()) {
      warn(TargetReviewRule.UNIT, row, text("noUnit", shown(row), withUnit(row)));
    }
    if (value instanceof IndicatorValue.Qualitative && !row.outputKind().isEmpty()) {
      warn(TargetReviewRule.QUANTIFIED, row, vague(row));
    } else if (row.isTimeliness()) {
      checkTimeliness(row);
    }
    if (row.isCost()) {
      checkCost(row);
    }
    if (row.isSatisfaction()) {
      checkSatisfaction(row);
    }
    checkReachable(row);
    checkDeadline(row);
  }

  private static String vague(TargetReviewIndicator row) {
    String kind = row.outputKind();
    return text("vague", shown(row), kind, example(kind));
  }

  /** 时效: a date, a duration, a frequency or a rate; words are rule 9's, a bare number rule 8's. */
  private void checkTimeliness(TargetReviewIndicator row) {
    if (row.value() instanceof Comparison comparison
        && !comparison.unit().isEmpty()
        && !comparison.isPercent()
        && !TIME_UNITS.contains(comparison.unit())) {
      warn(TargetReviewRule.TIMELINESS, row, text("notTime", shown(row)));
    }
  }

  /** 成本: money with "at most" or "equal"; words are rule 9's, a bare number rule 8's. */
  private void checkCost(TargetReviewIndicator row) {
    IndicatorValue value = row.value();
    if (value instanceof Comparison comparison && comparison.isMoney()) {
      if (comparison.direction() == Direction.HIGHER) {
        add(
            error(
                TargetReviewRule.COST_VALUE,
                row.valueCell(),
                row.code(),
                text("costAtLeast", shown(row), atMost(comparison))));
      }
    } else if (value instanceof Comparison comparison && comparison.isPercent()) {
      warn(TargetReviewRule.COST_VALUE, row, text("costRate", shown(row)));
    } else if (value instanceof IndicatorValue.Deadline) {
      warn(TargetReviewRule.COST_VALUE, row, text("costDeadline", shown(row)));
    } else if (!(value instanceof IndicatorValue.Qualitative)
        && !(value instanceof Comparison comparison && comparison.unit().isEmpty())) {
      warn(TargetReviewRule.COST_VALUE, row, text("costNotMoney", shown(row)));
    }
  }

  private static String atMost(Comparison comparison) {
    return "≤" + comparison.value().stripTrailingZeros().toPlainString() + comparison.unit();
  }

  /** 满意度: a percentage with "at least", not below the floor; a bare number is rule 8's. */
  private void checkSatisfaction(TargetReviewIndicator row) {
    IndicatorValue value = row.value();
    if (value instanceof Comparison comparison && comparison.unit().isEmpty()) {
      return;
    }
    if (!(value instanceof Comparison comparison
        && comparison.isPercent()
        && comparison.direction() == Direction.HIGHER)) {
      warn(TargetReviewRule.SATISFACTION, row, text("satisfactionNotRate", shown(row)));
    } else if (comparison.value().compareTo(SATISFACTION_FLOOR) < 0) {
      warn(
          TargetReviewRule.SATISFACTION,
          row,
          text("satisfactionLow", shown(row), SATISFACTION_FLOOR.toPlainString()));
    }
  }

  /** A rate above 100 % cannot be reached; {@code ≥0} and {@code ≤100%} cannot be missed. */
  private void checkReachable(TargetReviewIndicator row) {
    if (!(row.value() instanceof Comparison comparison)) {
      return;
    }
    boolean percent = comparison.isPercent();
    boolean aboveHundred = comparison.value().compareTo(HUNDRED) > 0;
    boolean atLeastZero =
        comparison.direction() == Direction.HIGHER
            && !comparison.strict()
            && comparison.value().signum() == 0;
    boolean atMostAll =
        percent
            && comparison.direction() == Direction.LOWER
            && comparison.value().compareTo(HUNDRED) >= 0;
    if (percent && comparison.direction() != Direction.LOWER && aboveHundred) {
      add(
          error(
              TargetReviewRule.REACHABLE_TARGET,
              row.valueCell(),
              row.code(),
              text("above100", shown(row))));
    } else if (atLeastZero || atMostAll) {
      warn(TargetReviewRule.REACHABLE_TARGET, row, text("alwaysMet", shown(row)));
    }
  }

  private void checkDeadline(TargetReviewIndicator row) {
    if (row.value() instanceof IndicatorValue.Deadline deadline
        && deadline.year().isPresent()
        && year.isPresent()
        && deadline.year().getAsInt() > year.get()) {
      warn(TargetReviewRule.DEADLINE_YEAR, row, text("afterYear", shown(row), year.get()));
    }
  }

  /** The value as typed with the unit it most likely lacks: {@code 164.8247万元}. */
  private static String withUnit(TargetReviewIndicator row) {
    String typed = shown(row);
    if (row.isCost()) {
      return text("unit.cost", typed);
    }
    boolean rate =
        row.isSatisfaction()
            || row.second().equals(TargetReviewIndicator.QUALITY)
            || row.third().endsWith("率");
    return text(rate ? "unit.percent" : "unit.count", typed);
  }

  /** A good indicator of the 二级 {@code kind}, as the texts show it. */
  static String example(String kind) {
    return text(
        "example."
            + switch (kind) {
              case TargetReviewIndicator.QUANTITY -> "quantity";
              case TargetReviewIndicator.QUALITY -> "quality";
              case TargetReviewIndicator.TIMELINESS -> "timeliness";
              default -> "cost";
            });
  }

  /** The 指标值 as typed, on one line. */
  private static String shown(TargetReviewIndicator row) {
    return row.row().value().text().strip().replaceAll("\\s*\\R\\s*", "");
  }

  private void warn(TargetReviewRule rule, TargetReviewIndicator row, String detail) {
    add(warning(rule, row.valueCell(), row.code(), detail));
  }

  private void add(TargetReviewFinding finding) {
    findings.add(finding);
  }

  static String text(String key, Object... args) {
    return Text.get("targets.review." + key, args);
  }
}
