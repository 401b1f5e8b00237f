package org.scorebook.kinds.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a self-evaluation form is written with before the year's figures are known: the year, the
 * project's header fields, the budget at the start of the year, the expected goal, and the
 * indicator table's 一级, 二级 and 三级 rows with their 年度指标值 and 分值. The blank form is this with empty
 * fields and the national skeleton of two blank 三级 rows under each 二级.
 *
 * @param yearStartBudget 年度资金总额 · 年初预算数 in 万元, when known
 */
public record FormContent(
    int year,
    String project,
    String department,
    String unit,
    Optional<Double> yearStartBudget,
    String expectedGoal,
    List<FirstLevel> levels) {

  public FormContent {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(expectedGoal, "expectedGoal");
    levels = List.copyOf(levels);
    if (levels.stream().anyMatch(level -> level.leafCount() == 0)) {
      throw new IllegalArgumentException("a level-one indicator without rows");
    }
  }

  /**
   * One 三级 row.
   *
   * @param full its 分值, when one is given
   */
  public record Leaf(String name, String target, Optional<BigDecimal> full) {
    static final Leaf BLANK = new Leaf("", "", Optional.empty());
  }

  /** A 二级 indicator and its rows. */
  public record SecondLevel(String name, List<Leaf> leaves) {
    public SecondLevel {
      leaves = List.copyOf(leaves);
      if (leaves.isEmpty()) {
        throw new IllegalArgumentException("a level-two indicator without rows");
      }
    }
  }

  /** A 一级 indicator and its 二级 indicators. */
  public record FirstLevel(String name, List<SecondLevel> children) {
    public FirstLevel {
      children = List.copyOf(children);
    }

    int leafCount() {
      return children.stream().mapToInt(child -> child.leaves().size()).sum();
    }
  }

  /** The blank form of {@code year}: the national skeleton, two blank rows under each 二级. */
  public static FormContent blank(int year) {
    List<FirstLevel> levels = new ArrayList<>();
    for (SelfEvaluationTemplate.Level level : SelfEvaluationTemplate.SKELETON) {
      List<SecondLevel> children = new ArrayList<>();
      for (String child : level.children()) {
        children.add(
            new SecondLevel(
                child, Collections.nCopies(SelfEvaluationTemplate.LEAF_ROWS, Leaf.BLANK)));
      }
      levels.add(new FirstLevel(level.name(), children));
    }
    return new FormContent(year, "", "", "", Optional.empty(), "", levels);
  }

  /** How many 三级 rows the indicator table has. */
  public int leafCount() {
    return levels.stream().mapToInt(FirstLevel::leafCount).sum();
  }
}
