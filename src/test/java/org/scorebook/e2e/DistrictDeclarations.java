package org.scorebook.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalBuilder;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * A district's export of target declarations as a reviewer receives it: twenty local forms, one per
 * sheet named {@code <n>.<project>}, then a form nobody filled in. Four forms break the default
 * checklist, each in one way seen in the real export; the others are clean.
 */
final class DistrictDeclarations {
  static final int PROJECTS = 20;

  /** 成本 written as "at least" an amount: an error. */
  static final int COST_AT_LEAST = 3;

  /** 良好 as the value of a 数量 indicator: a warning. */
  static final int VAGUE_QUANTITY = 6;

  /** The year's amount typed in 元 under a 万元 label, beside a cost target of ≤1018.55万元. */
  static final int AMOUNT_IN_YUAN = 9;

  /** A number with no unit, plus two more warnings: three warnings, no error. */
  static final int THREE_WARNINGS = 14;

  private static final String[] NAMES = {
    "政府购买服务（社区养老护理员培训）", "政府购买服务（居家养老上门服务）", "政府购买服务（助餐点运营）",
    "政府购买服务（老年人能力评估）", "政府购买服务（社工站运营）", "政府购买服务（困难群众帮扶）",
    "政府购买服务（儿童关爱服务）", "政府购买服务（残疾人康复）", "政府购买服务（养老机构综合监管）",
    "政府购买服务（婚姻家庭辅导）", "政府购买服务（慈善超市运营）", "政府购买服务（志愿服务培训）",
    "政府购买服务（殡葬服务管理）", "政府购买服务（社区治理评估）", "政府购买服务（长者食堂监管）",
    "政府购买服务（救助对象核查）", "政府购买服务（适老化改造评估）", "政府购买服务（社会组织孵化）",
    "政府购买服务（老年教育课程）", "政府购买服务（心理援助热线）"
  };

  private DistrictDeclarations() {}

  /** The sheet name of project {@code n} (1-based). */
  static String sheet(int n) {
    return n + "." + NAMES[n - 1];
  }

  /** The project name of project {@code n} (1-based), as its form gives it. */
  static String project(int n) {
    return NAMES[n - 1];
  }

  /** The twenty forms with their faults, then the blank form. */
  static List<TargetForms.Form> withFaults() {
    List<TargetForms.Form> forms = new ArrayList<>();
    for (int n = 1; n <= PROJECTS; n++) {
      forms.add(withFault(n, clean(n)));
    }
    forms.add(TargetForms.blankLocal().sheetName((PROJECTS + 1) + ".空白表"));
    return forms;
  }

  /** Twenty forms that break no rule. */
  static List<TargetForms.Form> clean() {
    List<TargetForms.Form> forms = new ArrayList<>();
    for (int n = 1; n <= PROJECTS; n++) {
      forms.add(clean(n));
    }
    return forms;
  }

  static LocalBuilder clean(int n) {
    return TargetForms.local()
        .sheetName(sheet(n))
        .projectName(project(n))
        .projectCode("3101122300" + String.format("%04d", n));
  }

  static Path save(Path file, List<TargetForms.Form> forms) {
    return TargetForms.saveAll(file, forms);
  }

  private static LocalBuilder withFault(int n, LocalBuilder form) {
    return switch (n) {
      case COST_AT_LEAST -> form.line("项目总成本", value("≥48.14万元"));
      case VAGUE_QUANTITY -> form.line("培训人次", value("良好"));
      case AMOUNT_IN_YUAN -> form.amounts(3055.65, "10185500").line("项目总成本", value("≤1018.55万元"));
      case THREE_WARNINGS ->
          form.line("培训场次", value("164.8247"))
              .line("培训合格率", explained(""))
              .line("护理员持证上岗率", explained(""));
      default -> form;
    };
  }

  private static Function<LocalLine, LocalLine> value(String value) {
    return l -> new LocalLine(l.first(), l.second(), l.third(), value, l.explanation());
  }

  private static Function<LocalLine, LocalLine> explained(String text) {
    return l -> new LocalLine(l.first(), l.second(), l.third(), l.value(), text);
  }
}
