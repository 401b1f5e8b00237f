package org.scorebook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorebook.formula.Formula;
import org.scorebook.formula.FormulaCompiler;
import org.scorebook.formula.FormulaException;
import org.scorebook.model.ProjectInfo;
import org.scorebook.template.TemplateContent.Indicator;
import org.scorebook.validate.Codes;

/**
 * The blank template's example tree: it adds up, and its formulas name only what the workbook
 * defines.
 */
class TemplateExampleTest {
  private final TemplateContent example = TemplateContent.example();

  @Test
  void topLevelFullScoresAddUpTo100() {
    double sum =
        example.indicators().stream()
            .filter(row -> Codes.level(row.code()) == 1)
            .mapToDouble(row -> full(row))
            .sum();
    assertThat(sum).isEqualTo(100.0);
  }

  @Test
  void everyParentsFullScoreIsTheSumOfItsChildren() {
    Map<String, Double> childSums = new LinkedHashMap<>();
    for (Indicator row : example.indicators()) {
      assertThat(Codes.isWellFormed(row.code())).as(row.code()).isTrue();
      Codes.parent(row.code()).ifPresent(parent -> childSums.merge(parent, full(row), Double::sum));
    }
    for (Indicator row : example.indicators()) {
      if (childSums.containsKey(row.code())) {
        assertThat(full(row)).as(row.code()).isEqualTo(childSums.get(row.code()));
      }
    }
  }

  @Test
  void leavesAreFormulasOrManualScoresLeftBlank() {
    Set<String> parents = new LinkedHashSet<>();
    example.indicators().forEach(row -> Codes.parent(row.code()).ifPresent(parents::add));
    long manual = 0;
    for (Indicator row : example.indicators()) {
      assertThat(row.manual()).as(row.code()).isInstanceOf(TemplateContent.Blank.class);
      assertThat(row.reason()).isEmpty();
      assertThat(row.score()).isInstanceOf(TemplateContent.Blank.class);
      if (parents.contains(row.code())) {
        assertThat(row.formula()).as(row.code()).isEmpty();
      } else if (row.formula().isEmpty()) {
        manual++;
      }
    }
    assertThat(manual).isGreaterThanOrEqualTo(4);
  }

  @Test
  void formulasShowEachStyle() {
    List<String> formulas =
        example.indicators().stream().map(Indicator::formula).filter(f -> !f.isEmpty()).toList();
    assertThat(formulas)
        .contains(
            "分值 * min(实际支出 / 预算金额, 1)",
            "tier(完成率, 1, 分值, 0.8, 分值 * 0.6, 0.6, 分值 * 0.3)",
            "max(分值 - 1 * 问题数, 0)",
            "if(满意度 >= 目标值, 分值, 分值 * 满意度 / 目标值)");
  }

  @Test
  void formulasNameOnlyParametersProjectAmountsAndRowVariables() throws FormulaException {
    Set<String> defined = new LinkedHashSet<>(List.of(ProjectInfo.BUDGET, ProjectInfo.SPENDING));
    example.parameters().forEach(p -> defined.add(p.name()));
    FormulaCompiler compiler = new FormulaCompiler(defined);
    Set<String> used = new LinkedHashSet<>();
    for (Indicator row : example.indicators()) {
      if (row.formula().isEmpty()) {
        continue;
      }
      Formula formula = compiler.compile(row.formula());
      used.addAll(formula.variables());
      if (formula.variables().contains("目标值")) {
        assertThat(row.target().percent() || row.target() instanceof TemplateContent.Num)
            .as(row.code())
            .isTrue();
      }
    }
    used.removeAll(FormulaCompiler.ROW_VARIABLES);
    assertThat(defined).containsAll(used);
    assertThat(used)
        .as("every parameter is used")
        .containsAll(example.parameters().stream().map(p -> p.name()).toList());
    for (TemplateContent.Parameter parameter : example.parameters()) {
      assertThat(FormulaCompiler.isValidName(parameter.name())).as(parameter.name()).isTrue();
      assertThat(parameter.note()).isNotEmpty();
    }
  }

  @Test
  void projectFieldsAndFindingsAreBlank() {
    assertThat(example.project())
        .allSatisfy(f -> assertThat(f.value()).isInstanceOf(TemplateContent.Blank.class));
    assertThat(example.findings())
        .allSatisfy(f -> assertThat(f.value()).isInstanceOf(TemplateContent.Blank.class));
    assertThat(example.grades())
        .extracting(TemplateContent.Grade::name)
        .containsExactly("优", "良", "中", "差");
  }

  private static double full(Indicator row) {
    return ((TemplateContent.Num) row.full()).value();
  }
}
