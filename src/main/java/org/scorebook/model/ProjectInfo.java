package org.scorebook.model;

import java.util.List;
import java.util.Map;

/**
 * The project's facts: contract v1's 项目信息 sheet, whose labels are the constants below; another
 * kind's reader files its facts under the same labels. {@code fields} keeps every label/value pair
 * in sheet order (labels normalised), so the score sheet can show what the evaluator wrote; {@code
 * cells} says where each value is.
 */
public record ProjectInfo(
    String sheetName,
    Map<String, String> fields,
    Map<String, CellRef> cells,
    NumberReading budget,
    NumberReading spending,
    List<String> emails) {

  public static final String NAME = "项目名称";
  public static final String UNIT = "项目单位";
  public static final String DEPARTMENT = "主管部门";
  public static final String EVALUATOR = "评价机构";
  public static final String YEAR = "评价年度";
  public static final String CONTACT = "联系人";
  public static final String BUDGET = "预算金额";
  public static final String SPENDING = "实际支出";
  public static final String BUDGET_ALIAS = "预算资金";
  public static final String SPENDING_ALIAS = "决算金额";
  public static final String EMAIL = "联系邮箱";

  /** Who scored this copy: names an expert's copy in a panel; the panel's members in its result. */
  public static final String EVALUATOR_PERSON = "评价人";

  /** How a panel's scores were combined, written on the panel's result. */
  public static final String PANEL_RULE = "合议规则";

  public ProjectInfo {
    fields = Map.copyOf(fields);
    cells = Map.copyOf(cells);
    emails = List.copyOf(emails);
  }

  public String name() {
    return field(NAME);
  }

  /** The value cell of {@code label}, or the sheet when the label is missing. */
  public CellRef cellOf(String label) {
    return cells.getOrDefault(label, CellRef.sheet(sheetName));
  }

  public String field(String label) {
    return fields.getOrDefault(label, "");
  }
}
