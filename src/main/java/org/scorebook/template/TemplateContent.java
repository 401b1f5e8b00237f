package org.scorebook.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.scorebook.model.Findings;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Text;

/**
 * What goes into an evaluation workbook built by {@link TemplateWriter}: the project facts,
 * parameters, indicator rows, grade bands and findings, each in sheet order. The blank template is
 * {@link #example()}; the shipped samples and test workbooks fill in the same shape, so they all
 * look alike.
 *
 * <p>Every cell value is an {@link Input}: blank, a number (plain or shown as a percentage), text
 * (also where a number belongs, to show what the processor says about it) or an Excel formula.
 *
 * @param project 项目信息, label and value per row (labels as shown, e.g. {@code 预算金额（万元）})
 * @param parameters 评分参数, one row each
 * @param indicators 指标评分, one row each, in sheet order
 * @param grades 等级标准, one band per row
 * @param findings 评价结论, label and value per row
 */
public record TemplateContent(
    List<Field> project,
    List<Parameter> parameters,
    List<Indicator> indicators,
    List<Grade> grades,
    List<Field> findings) {

  /** The unit written after the two money labels of 项目信息. */
  public static final String MONEY_UNIT = "（万元）";

  public TemplateContent {
    project = List.copyOf(project);
    parameters = List.copyOf(parameters);
    indicators = List.copyOf(indicators);
    grades = List.copyOf(grades);
    findings = List.copyOf(findings);
  }

  // Cell values

  /** A value for one input cell. */
  public sealed interface Input permits Blank, Num, TextValue, ExcelFormula {
    /** Whether the cell is formatted as a percentage ({@code 0.00%}). */
    default boolean percent() {
      return false;
    }
  }

  /**
   * An empty cell; {@code percent} formats it as a percentage so that a typed 85% is stored as
   * 0.85.
   */
  public record Blank(boolean percent) implements Input {}

  /**
   * A number; {@code percent} shows it as a percentage (the cell holds the fraction: 0.8913 shows
   * 89.13%).
   */
  public record Num(double value, boolean percent) implements Input {}

  /** Text, also where a number belongs ({@code 九十}, {@code 3分}, {@code ２．５}). */
  public record TextValue(String text) implements Input {
    public TextValue {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An Excel formula such as {@code B2*2}, written without the leading {@code =} and no cached
   * value.
   */
  public record ExcelFormula(String formula) implements Input {
    public ExcelFormula {
      formula = formula.startsWith("=") ? formula.substring(1) : formula;
    }
  }

  public static Input blank() {
    return new Blank(false);
  }

  public static Input blankPercent() {
    return new Blank(true);
  }

  public static Input num(double value) {
    return new Num(value, false);
  }

  public static Input pct(double fraction) {
    return new Num(fraction, true);
  }

  public static Input text(String text) {
    return new TextValue(text);
  }

  public static Input excel(String formula) {
    return new ExcelFormula(formula);
  }

  /**
   * {@code null} is blank, a {@link Number} a number, an {@link Input} itself, anything else its
   * text.
   */
  public static Input of(Object value) {
    if (value == null) {
      return blank();
    }
    if (value instanceof Input input) {
      return input;
    }
    if (value instanceof Number number) {
      return num(number.doubleValue());
    }
    return text(value.toString());
  }

  // Rows

  /** A label/value row of 项目信息 or 评价结论. */
  public record Field(String label, Input value) {
    public Field {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A row of 评分参数. */
  public record Parameter(String name, Input value, String unit, String note) {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      unit = unit == null ? "" : unit;
      note = note == null ? "" : note;
    }
  }

  /**
   * A row of 指标评分 in the template's column order.
   *
   * @param formula the 评分公式 text, or an empty string
   * @param manual 人工得分
   * @param reason 评分说明, or an empty string
   * @param score what the evaluator typed into 得分 (normally blank: the processor writes it)
   */
  public record Indicator(
      String code,
      String name,
      Input full,
      String formula,
      Input target,
      Input actual,
      Input manual,
      String reason,
      Input score) {

    public Indicator {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(full, "full");
      formula = formula == null ? "" : formula;
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(manual, "manual");
      reason = reason == null ? "" : reason;
      Objects.requireNonNull(score, "score");
    }

    /**
     * A row with a code, a name and a full score, nothing else (a parent, or a leaf still to
     * score).
     */
    public static Indicator of(String code, String name, Input full) {
      return new Indicator(code, name, full, "", blank(), blank(), blank(), "", blank());
    }

    public static Indicator of(String code, String name, double full) {
      return of(code, name, num(full));
    }

    public Indicator withFull(Input newFull) {
      return new Indicator(code, name, newFull, formula, target, actual, manual, reason, score);
    }

    public Indicator withFormula(String newFormula) {
      return new Indicator(code, name, full, newFormula, target, actual, manual, reason, score);
    }

    public Indicator withTarget(Input newTarget) {
      return new Indicator(code, name, full, formula, newTarget, actual, manual, reason, score);
    }

    public Indicator withActual(Input newActual) {
      return new Indicator(code, name, full, formula, target, newActual, manual, reason, score);
    }

    public Indicator withManual(Input newManual) {
      return new Indicator(code, name, full, formula, target, actual, newManual, reason, score);
    }

    public Indicator withManual(double newManual) {
      return withManual(num(newManual));
    }

    public Indicator withReason(String newReason) {
      return new Indicator(code, name, full, formula, target, actual, manual, newReason, score);
    }

    public Indicator withScore(Input newScore) {
      return new Indicator(code, name, full, formula, target, actual, manual, reason, newScore);
    }

    /** 目标值 and 实际值 are shown as percentages when either is one. */
    boolean percentValues() {
      return target.percent() || actual.percent();
    }
  }

  /** A row of 等级标准. */
  public record Grade(String name, Input minimum) {
    public Grade {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(minimum, "minimum");
    }
  }

  // Standard parts

  /** The labels of 项目信息 in the template's order, with the two money amounts in 万元. */
  public static final List<String> PROJECT_LABELS =
      List.of(
          ProjectInfo.NAME,
          ProjectInfo.UNIT,
          ProjectInfo.DEPARTMENT,
          ProjectInfo.EVALUATOR,
          ProjectInfo.YEAR,
          ProjectInfo.CONTACT,
          ProjectInfo.EMAIL,
          ProjectInfo.BUDGET + MONEY_UNIT,
          ProjectInfo.SPENDING + MONEY_UNIT,
          ProjectInfo.EVALUATOR_PERSON);

  /** 项目信息 with every value blank. */
  public static List<Field> blankProject() {
    return PROJECT_LABELS.stream().map(label -> new Field(label, blank())).toList();
  }

  /**
   * 项目信息 with the values given in {@link #PROJECT_LABELS}' order: 项目名称, 项目单位, 主管部门, 评价机构, 评价年度,
   * 联系人, 联系邮箱, 预算金额, 实际支出, 评价人. Each value goes through {@link #of(Object)}.
   */
  public static List<Field> project(Object... values) {
    if (values.length != PROJECT_LABELS.size()) {
      throw new IllegalArgumentException(
          "expected " + PROJECT_LABELS.size() + " values, got " + values.length);
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      fields.add(new Field(PROJECT_LABELS.get(i), of(values[i])));
    }
    return fields;
  }

  /** The 2020 national bands: 优 90, 良 80, 中 60, 差 0. */
  public static List<Grade> nationalGrades() {
    return GradeScale.NATIONAL.bands().stream().map(TemplateContent::grade).toList();
  }

  private static Grade grade(GradeBand band) {
    return new Grade(band.name(), num(band.minimum()));
  }

  /** 评价结论 with every value blank. */
  public static List<Field> blankFindings() {
    return Findings.LABELS.stream().map(label -> new Field(label, blank())).toList();
  }

  /** 评价结论 with 主要绩效, 存在问题, 整改建议 and 整改情况 in that order. */
  public static List<Field> findings(
      String achievements, String problems, String suggestions, String rectification) {
    List<String> values = List.of(achievements, problems, suggestions, rectification);
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      fields.add(
          new Field(
              Findings.LABELS.get(i), values.get(i).isEmpty() ? blank() : text(values.get(i))));
    }
    return fields;
  }

  /** Nothing but the standard labels and bands: no parameters, no indicators. */
  public static TemplateContent empty() {
    return new TemplateContent(
        blankProject(), List.of(), List.of(), nationalGrades(), blankFindings());
  }

  /**
   * The blank template: project facts and findings blank, a small example tree adding up to 100
   * whose leaves show one formula of each kind (capped ratio, tiers, deduction, meets target,
   * target/actual ratio) and manual scores left blank for the evaluator, with the parameters those
   * formulas use.
   */
  public static TemplateContent example() {
    List<Parameter> parameters =
        List.of(
            new Parameter(t("param.rate.name"), blankPercent(), "%", t("param.rate.note")),
            new Parameter(
                t("param.issues.name"), blank(), t("param.issues.unit"), t("param.issues.note")),
            new Parameter(
                t("param.satisfaction.name"), blankPercent(), "%", t("param.satisfaction.note")));
    List<Indicator> indicators =
        List.of(
            Indicator.of("A", t("a"), 15),
            Indicator.of("A1", t("a1"), 8),
            Indicator.of("A1.1", t("a1.1"), 4),
            Indicator.of("A1.2", t("a1.2"), 4),
            Indicator.of("A2", t("a2"), 7),
            Indicator.of("A2.1", t("a2.1"), 4),
            Indicator.of("A2.2", t("a2.2"), 3),
            Indicator.of("B", t("b"), 25),
            Indicator.of("B1", t("b1"), 15),
            Indicator.of("B1.1", t("b1.1"), 5).withFormula(t("b1.1.formula")),
            Indicator.of("B1.2", t("b1.2"), 10).withFormula(t("b1.2.formula")),
            Indicator.of("B2", t("b2"), 10),
            Indicator.of("B2.1", t("b2.1"), 5),
            Indicator.of("B2.2", t("b2.2"), 5),
            Indicator.of("C", t("c"), 60),
            Indicator.of("C1", t("c1"), 30),
            Indicator.of("C1.1", t("c1.1"), 10).withFormula(t("c1.1.formula")),
            Indicator.of("C1.2", t("c1.2"), 10)
                .withFormula(t("c1.2.formula"))
                .withTarget(blankPercent())
                .withActual(blankPercent()),
            Indicator.of("C1.3", t("c1.3"), 10),
            Indicator.of("C2", t("c2"), 30),
            Indicator.of("C2.1", t("c2.1"), 10),
            Indicator.of("C2.2", t("c2.2"), 10),
            Indicator.of("C2.3", t("c2.3"), 10)
                .withFormula(t("c2.3.formula"))
                .withTarget(pct(0.85)));
    return new TemplateContent(
        blankProject(), parameters, indicators, nationalGrades(), blankFindings());
  }

  private static String t(String key) {
    return Text.get("template.example." + key);
  }
}
