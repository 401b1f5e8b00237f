package org.scorebook.kinds.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.scorebook.model.Text;

/**
 * What a checklist rule looks at in a form, read from its 审核对象: a header field ({@code 政策依据}), the
 * whole grid ({@code 绩效目标表}: every indicator's 指标值), the 指标值 of one kind of indicator ({@code 数量}:
 * rows whose 二级 or 一级 starts with it), one column of every indicator ({@code 指标解释}), or a condition
 * ({@code 二级指标==数量}: the 三级 names of the rows whose 二级 is 数量).
 *
 * <p>Rows that hold nothing, and rows marked 不适用, are not checked: the default checklist speaks of
 * those.
 */
public record ChecklistTarget(Kind kind, String name, Column column, String condition) {

  /** The ways 审核对象 names what is checked. */
  public enum Kind {
    FIELD,
    GRID,
    INDICATOR_KIND,
    COLUMN,
    CONDITION
  }

  /** The columns of the grid, by the names a checklist uses. */
  public enum Column {
    FIRST(TargetForm.Row::first),
    SECOND(TargetForm.Row::second),
    THIRD(TargetForm.Row::third),
    VALUE(TargetForm.Row::value),
    EXPLANATION(row -> row.explanation().orElse(null));

    private final Function<TargetForm.Row, TargetForm.Field> field;

    Column(Function<TargetForm.Row, TargetForm.Field> field) {
      this.field = field;
    }

    static Optional<Column> named(String name) {
      return switch (name) {
        case "一级指标" -> Optional.of(FIRST);
        case "二级指标" -> Optional.of(SECOND);
        case "三级指标", "指标名称" -> Optional.of(THIRD);
        case "指标值", "目标值", "年度指标值" -> Optional.of(VALUE);
        case "指标解释", "指标说明" -> Optional.of(EXPLANATION);
        default -> Optional.empty();
      };
    }

    String label() {
      return Text.get("targets.checklist.column." + name().toLowerCase(Locale.ROOT));
    }
  }

  private static final Set<String> GRID_NAMES = Set.of("绩效目标表", "绩效指标", "绩效指标表", "绩效目标");
  private static final List<String> INDICATOR_KINDS =
      List.of("产出", "效益", "满意度", "数量", "质量", "时效", "成本", "经济", "社会", "生态", "可持续", "服务对象", "其他满意度");
  private static final Set<String> NOT_APPLICABLE = Set.of("不适用", "不适应", "/", "无", "—", "-", "——");

  /** What {@code object} names; empty when it is blank or a condition Scorebook cannot read. */
  public static Optional<ChecklistTarget> of(String object) {
    String text = object.replaceAll("\\s", "");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.contains("==")) {
      return condition(text);
    }
    if (GRID_NAMES.contains(text)) {
      return Optional.of(new ChecklistTarget(Kind.GRID, text, Column.VALUE, ""));
    }
    Optional<Column> column = Column.named(text);
    if (column.isPresent()) {
      return Optional.of(new ChecklistTarget(Kind.COLUMN, text, column.get(), ""));
    }
    String kind = withoutSuffix(text);
    if (INDICATOR_KINDS.stream().anyMatch(kind::startsWith)) {
      return Optional.of(new ChecklistTarget(Kind.INDICATOR_KIND, kind, Column.VALUE, ""));
    }
    return Optional.of(new ChecklistTarget(Kind.FIELD, text, Column.VALUE, ""));
  }

  private static Optional<ChecklistTarget> condition(String text) {
    String[] sides = text.split("==", 2);
    Optional<Column> column = Column.named(sides[0]);
    if (column.isEmpty() || sides[1].isEmpty()) {
      return Optional.empty();
    }
    String value = withoutSuffix(sides[1].replaceAll("[\"'“”‘’「」]", ""));
    return Optional.of(new ChecklistTarget(Kind.CONDITION, sides[0], column.get(), value));
  }

  /** How the rule was understood, in the reviewer's words. */
  public String describe() {
    return switch (kind) {
      case FIELD -> Text.get("targets.checklist.object.field", name);
      case GRID -> Text.get("targets.checklist.object.grid");
      case INDICATOR_KIND -> Text.get("targets.checklist.object.kind", name);
      case COLUMN -> Text.get("targets.checklist.object.column", column.label());
      case CONDITION -> Text.get("targets.checklist.object.condition", column.label(), condition);
    };
  }

  /** The values this target names in {@code form}, each with its cell. */
  public List<TargetForm.Field> fieldsOf(TargetForm form) {
    if (kind == Kind.FIELD) {
      return headerField(form).stream().toList();
    }
    List<TargetForm.Field> fields = new ArrayList<>();
    for (TargetForm.Row row : form.rows()) {
      if (isChecked(row) && selects(row)) {
        TargetForm.Field field = checkedColumn().field.apply(row);
        if (field != null) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private Optional<TargetForm.Field> headerField(TargetForm form) {
    if (name.equals("年度目标")) {
      return Optional.of(form.yearGoal());
    }
    TargetForm.Field exact = form.fields().get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return form.fields().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private Column checkedColumn() {
    return kind == Kind.CONDITION ? Column.THIRD : column;
  }

  private boolean selects(TargetForm.Row row) {
    return switch (kind) {
      case INDICATOR_KIND ->
          normalised(row.second()).startsWith(name) || normalised(row.first()).startsWith(name);
      case CONDITION -> normalised(column.field.apply(row)).startsWith(condition);
      default -> true;
    };
  }

  /** A row with a name or a value, not marked 不适用. */
  private static boolean isChecked(TargetForm.Row row) {
    String third = normalised(row.third());
    String value = normalised(row.value());
    if (third.isEmpty() && value.isEmpty()) {
      return false;
    }
    return !NOT_APPLICABLE.contains(third) && !NOT_APPLICABLE.contains(value);
  }

  private static String normalised(TargetForm.Field field) {
    return field == null ? "" : field.text().replaceAll("\\s", "");
  }

  private static String withoutSuffix(String text) {
    return text.endsWith("指标") && text.length() > 2 ? text.substring(0, text.length() - 2) : text;
  }
}
