package org.scorebook.model;

import java.util.List;

/**
 * The columns of an indicator table, with the header texts contract v1's 指标评分 names each one by.
 * The model's {@link IndicatorSheet} is keyed by these roles: another kind's reader maps its own
 * columns onto them, and messages point at the cells they give.
 */
public enum IndicatorColumn {
  CODE(true, "指标编码"),
  NAME(true, "指标名称"),
  FULL(true, "分值", "满分值"),
  FORMULA(false, "评分公式"),
  TARGET(false, "目标值"),
  ACTUAL(false, "实际值"),
  MANUAL(false, "人工得分"),
  REASON(false, "评分说明", "扣分理由", "评分依据"),
  SCORE(false, "得分"),
  RATE(false, "得分率"),
  CHECK(false, "校验结果");

  private final boolean required;
  private final List<String> headers;

  IndicatorColumn(boolean required, String... headers) {
    this.required = required;
    this.headers = List.of(headers);
  }

  public boolean required() {
    return required;
  }

  /** The first header is the canonical one, written by the template and the processor. */
  public String header() {
    return headers.get(0);
  }

  public List<String> headers() {
    return headers;
  }

  /** Columns the processor fills on every run. */
  public boolean isOutput() {
    return this == SCORE || this == RATE || this == CHECK;
  }
}
