package org.scorebook.department;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often the reviews made findings under one rule: the findings, and the projects with at least
 * one.
 */
public record RuleCount(String rule, int findings, int projects) {

  /** Most findings first, then the rule met in more projects, then the rule met first. */
  static final Comparator<RuleCount> MOST_FREQUENT =
      Comparator.comparingInt(RuleCount::findings).thenComparingInt(RuleCount::projects).reversed();

  /** The findings of {@code reviews} counted by rule, {@link #MOST_FREQUENT} first. */
  static List<RuleCount> of(List<ReviewResult> reviews) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (ReviewResult review : reviews) {
      Set<String> seen = new HashSet<>();
      for (ReviewResult.Finding finding : review.findings()) {
        int[] count = counts.computeIfAbsent(finding.rule(), rule -> new int[2]);
        count[0]++;
        if (seen.add(finding.rule())) {
          count[1]++;
        }
      }
    }
    List<RuleCount> rules = new ArrayList<>();
    counts.forEach((rule, count) -> rules.add(new RuleCount(rule, count[0], count[1])));
    rules.sort(MOST_FREQUENT);
    return rules;
  }
}
