package org.scorebook.department;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;

/**
 * The projects in table order, the workbooks left out, and the figures of 总览. Only projects scored
 * without errors count in the statistics.
 *
 * @param projects sorted as asked
 * @param problems in input order, a workbook's projects in its sheet order
 * @param levelNames every level-one indicator name: the template's first, then the self-evaluation
 *     form's (产出指标, 效益指标, 满意度指标, 预算执行), each kind's in the order first seen (input order, and
 *     within a workbook its sheet order)
 * @param reviews the reviewed projects (declarations), in input order, a workbook's in its sheet
 *     order; kept apart from the scored projects and out of their statistics
 */
public record Consolidation(
    List<ProjectResult> projects,
    List<Problem> problems,
    List<String> levelNames,
    List<ReviewResult> reviews) {

  public Consolidation {
    projects = List.copyOf(projects);
    problems = List.copyOf(problems);
    levelNames = List.copyOf(levelNames);
    reviews = List.copyOf(reviews);
  }

  /** Scored projects and problems only, no review. */
  public Consolidation(
      List<ProjectResult> projects, List<Problem> problems, List<String> levelNames) {
    this(projects, problems, levelNames, List.of());
  }

  /**
   * @param entries in input order; several copies of one project (an evaluation and its scored
   *     output, say) count once, the others are listed as problems of kind {@link
   *     Problem.Kind#DUPLICATE}
   * @param kindOrder the order of the kinds' level columns (the template's, then the form's); a
   *     kind not in it comes after them
   */
  public static Consolidation of(
      List<Entry> entries, SortOrder order, List<WorkbookKind> kindOrder) {
    Map<String, ProjectResult> counted = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (entry instanceof ProjectResult project) {
        counted.merge(
            project.name(), project, (a, b) -> ProjectResult.PREFERRED.compare(a, b) <= 0 ? a : b);
      }
    }
    List<Problem> problems = new ArrayList<>();
    List<ReviewResult> reviews = new ArrayList<>();
    Map<Integer, Set<String>> levelsByKind = new TreeMap<>();
    for (Entry entry : entries) {
      if (entry instanceof Problem problem) {
        problems.add(problem);
      } else if (entry instanceof ReviewResult review) {
        reviews.add(review);
      } else if (entry instanceof ProjectResult project && counted.get(project.name()) != project) {
        problems.add(duplicate(project, counted.get(project.name())));
      } else if (entry instanceof ProjectResult project) {
        Set<String> names =
            levelsByKind.computeIfAbsent(
                rank(project.kind(), kindOrder), k -> new LinkedHashSet<>());
        project.levels().forEach(level -> names.add(level.name()));
      }
    }
    Set<String> levels = new LinkedHashSet<>();
    levelsByKind.values().forEach(levels::addAll);
    List<ProjectResult> projects = new ArrayList<>(counted.values());
    projects.sort(order.comparator());
    return new Consolidation(projects, problems, new ArrayList<>(levels), reviews);
  }

  private static int rank(WorkbookKind kind, List<WorkbookKind> kindOrder) {
    int index = kindOrder.indexOf(kind);
    return index < 0 ? kindOrder.size() : index;
  }

  private static Problem duplicate(ProjectResult left, ProjectResult kept) {
    return new Problem(
        left.file(),
        Problem.Kind.DUPLICATE,
        Optional.of(left.name()),
        OptionalLong.empty(),
        List.of(Text.get("department.duplicate", kept.source())),
        left.sheet());
  }

  /**
   * Whether any workbook is unreadable or has errors, or any reviewed project must be sent back
   * (copies of a counted project are not a fault).
   */
  public boolean needsFixing() {
    return problems.stream().anyMatch(Problem::needsFixing)
        || reviews.stream().anyMatch(ReviewResult::sendBack);
  }

  /** The reviewed projects with any error, in input order: they go back to their units. */
  public List<ReviewResult> sentBack() {
    return reviews.stream().filter(ReviewResult::sendBack).toList();
  }

  /** The reviews' findings counted by rule, most frequent first. */
  public List<RuleCount> findingsByRule() {
    return RuleCount.of(reviews);
  }

  /** The workbooks read: a workbook that holds several projects counts once. */
  public int workbooks() {
    Set<Path> files = new HashSet<>();
    projects.forEach(project -> files.add(project.file()));
    problems.forEach(problem -> files.add(problem.file()));
    reviews.forEach(review -> files.add(review.file()));
    return files.size();
  }

  /**
   * Whether any workbook holds several projects, so that what is left out is counted in projects as
   * well as workbooks.
   */
  public boolean hasSeveralProjectWorkbooks() {
    return projects.stream().anyMatch(p -> !p.sheet().isEmpty())
        || problems.stream().anyMatch(p -> !p.sheet().isEmpty())
        || reviews.stream().anyMatch(r -> !r.sheet().isEmpty());
  }

  /**
   * Projects per grade: the national grades 优, 良, 中, 差 always (zero when none), then any other
   * grade name a workbook's own 等级标准 uses, in the order first met. Words that mean the same (良 and
   * 良好, 优 and 优秀) count as one grade, shown by the words the workbooks use: 「良好」 when all say 良好,
   * 「良 / 良好」 when both are used.
   */
  public Map<String, Integer> gradeCounts() {
    Map<String, Integer> shown = new LinkedHashMap<>();
    GradeWords.distribution(projects.stream().map(ProjectResult::grade).toList())
        .forEach(count -> shown.put(count.shown(), count.count()));
    return shown;
  }

  public OptionalDouble meanScore() {
    return projects.stream().mapToDouble(ProjectResult::score).average();
  }

  public OptionalDouble minScore() {
    return projects.stream().mapToDouble(ProjectResult::score).min();
  }

  public OptionalDouble maxScore() {
    return projects.stream().mapToDouble(ProjectResult::score).max();
  }

  /** Σ 预算金额 of the projects that give one. */
  public double totalBudget() {
    return projects.stream()
        .map(ProjectResult::budget)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .sum();
  }

  /** Σ 实际支出 of the projects that give one. */
  public double totalSpending() {
    return projects.stream()
        .map(ProjectResult::spending)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .sum();
  }

  /**
   * Σ 实际支出 ÷ Σ 预算金额 over the projects that give both (a project with only one of the two would skew
   * the rate); empty when there are none or the budgets sum to zero.
   */
  public OptionalDouble executionRate() {
    double budget = 0;
    double spending = 0;
    for (ProjectResult project : projects) {
      if (project.budget().isPresent() && project.spending().isPresent()) {
        budget += project.budget().getAsDouble();
        spending += project.spending().getAsDouble();
      }
    }
    return budget > 0 ? OptionalDouble.of(spending / budget) : OptionalDouble.empty();
  }
}
