package org.scorebook.model;

import java.util.List;
import java.util.Map;

/** The 评价结论 sheet: findings carried into the score sheet and the department table. */
public record Findings(Map<String, String> fields) {
  public static final String ACHIEVEMENTS = "主要绩效";
  public static final String PROBLEMS = "存在问题";
  public static final String SUGGESTIONS = "整改建议";
  public static final String RECTIFICATION = "整改情况";
  public static final List<String> LABELS =
      List.of(ACHIEVEMENTS, PROBLEMS, SUGGESTIONS, RECTIFICATION);
  public static final Findings NONE = new Findings(Map.of());

  public Findings {
    fields = Map.copyOf(fields);
  }

  public String get(String label) {
    return fields.getOrDefault(label, "");
  }
}
