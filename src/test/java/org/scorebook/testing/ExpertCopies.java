package org.scorebook.testing;

/**
 * One expert's copy of a small project for panel tests: 某项目, leaves A1 (分值 40) and A2 (分值 60)
 * scored by hand, with a reason below full score.
 */
public final class ExpertCopies {
  public static final String PROJECT = "某项目";

  private ExpertCopies() {}

  public static TestWorkbooks.Builder of(String expert, double first, double second) {
    return TestWorkbooks.evaluation()
        .project("项目名称", PROJECT)
        .project("评价人", expert)
        .indicator("A", "决策", 100)
        .leaf("A1", "依据", 40)
        .manual(first)
        .reason(first < 40 ? "不足" : null)
        .leaf("A2", "目标", 60)
        .manual(second)
        .reason(second < 60 ? "不清" : null);
  }
}
