package org.scorebook.kinds.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.kinds.targets.TargetReviewForms.EXPLANATION;
import static org.scorebook.kinds.targets.TargetReviewForms.FIRST;
import static org.scorebook.kinds.targets.TargetReviewForms.SHEET;
import static org.scorebook.kinds.targets.TargetReviewForms.THIRD;
import static org.scorebook.kinds.targets.TargetReviewForms.VALUE;
import static org.scorebook.kinds.targets.TargetReviewForms.amount;
import static org.scorebook.kinds.targets.TargetReviewForms.amounts;
import static org.scorebook.kinds.targets.TargetReviewForms.cell;
import static org.scorebook.kinds.targets.TargetReviewForms.deadline;
import static org.scorebook.kinds.targets.TargetReviewForms.equal;
import static org.scorebook.kinds.targets.TargetReviewForms.higher;
import static org.scorebook.kinds.targets.TargetReviewForms.lower;
import static org.scorebook.kinds.targets.TargetReviewForms.notApplicable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.targets.TargetForm.Amounts;
import org.scorebook.kinds.targets.TargetReviewFinding.Level;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Severity;
import org.scorebook.score.Direction;
import org.scorebook.score.IndicatorValue;

/**
 * The default checklist over target declarations built as records: for each rule a form that breaks
 * it and one that does not, the findings' cells, severities and texts, and the suggested grade's
 * boundaries.
 */
class TargetReviewTest {
  private static final int QUANTITY = 0;
  private static final int QUALITY = 1;
  private static final int TIMELINESS = 2;
  private static final int COST = 3;
  private static final int BENEFIT = 4;
  private static final int SATISFACTION = 5;

  private static List<TargetReviewFinding> findings(TargetReviewForms form) {
    return TargetReview.findings(form.build(), form.readings());
  }

  private static List<TargetReviewFinding> findings(TargetReviewForms form, TargetReviewRule rule) {
    return findings(form).stream().filter(f -> f.rule() == rule).toList();
  }

  private static TargetReviewFinding only(TargetReviewForms form, TargetReviewRule rule) {
    List<TargetReviewFinding> found = findings(form, rule);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static TargetReviewForms valid() {
    return TargetReviewForms.valid();
  }

  @Test
  void theValidFormHasNoFindingAndTheBestGrade() {
    TargetReviewForms form = valid();
    TargetReview.Result result = TargetReview.review(form.build(), form.readings());
    assertThat(result.messages()).isEmpty();
    assertThat(result.suggestedGrade()).isEqualTo("优");
  }

  @Nested
  class RequiredFields {
    @Test
    void aBlankProjectNameIsAnErrorAtItsCell() {
      TargetReviewFinding found =
          only(valid().header("项目名称", " ", 1), TargetReviewRule.REQUIRED_FIELDS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 1, 1));
      assertThat(found.code()).isEmpty();
      assertThat(found.text()).isEqualTo("必填项：「项目名称」未填写：这是申报表的必填项");
    }

    @Test
    void aMissingDepartmentIsAnErrorAboutTheSheet() {
      TargetReviewFinding found =
          only(valid().withoutField("申请单位"), TargetReviewRule.REQUIRED_FIELDS);
      assertThat(found.where()).isEqualTo(CellRef.sheet(SHEET));
      assertThat(found.text()).contains("主管部门（申请单位）");
    }

    @Test
    void theNationalDepartmentLabelCountsAsTheDepartment() {
      TargetReviewForms form = valid().withoutField("申请单位").header("主管部门及代码", "[105]教育部", 2);
      assertThat(findings(form, TargetReviewRule.REQUIRED_FIELDS)).isEmpty();
    }

    @Test
    void aYearAmountThatIsNoNumberIsAnError() {
      TargetReviewForms form = valid().yearAmounts(amounts("约一千万", null, 3));
      TargetReviewFinding found = only(form, TargetReviewRule.REQUIRED_FIELDS);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 3, 1));
      assertThat(found.text()).contains("本年度项目金额", "约一千万");
    }

    @Test
    void aBlankYearGoalIsAnError() {
      TargetReviewFinding found = only(valid().yearGoal(""), TargetReviewRule.REQUIRED_FIELDS);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 5, 1));
      assertThat(found.text()).contains("年度目标");
    }
  }

  @Nested
  class AmountParts {
    private Amounts withParts(double total, double fiscal, double carried) {
      return new Amounts(
          Optional.of(amount(String.valueOf(total), total, 3, 1)),
          Optional.of(amount(String.valueOf(fiscal), fiscal, 3, 2)),
          Optional.of(amount(String.valueOf(carried), carried, 3, 3)),
          Optional.empty(),
          "万元");
    }

    @Test
    void partsThatDoNotAddUpToTheYearAmountAreAnError() {
      TargetReviewFinding found =
          only(valid().yearAmounts(withParts(1018.55, 1000, 8)), TargetReviewRule.AMOUNT_PARTS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 3, 1));
      assertThat(found.text()).contains("1018.55", "1008");
    }

    @Test
    void partsThatAddUpAreFine() {
      TargetReviewForms form = valid().yearAmounts(withParts(1018.55, 1000, 18.55));
      assertThat(findings(form, TargetReviewRule.AMOUNT_PARTS)).isEmpty();
    }

    @Test
    void aYearAmountAboveTheMidTermAmountIsAnError() {
      TargetReviewForms form = valid().midTermAmounts(Optional.of(amounts("1000", 1000.0, 4)));
      TargetReviewFinding found = only(form, TargetReviewRule.AMOUNT_PARTS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.text()).contains("项目总金额（中期规划） 1000 万元");
    }

    @Test
    void aYearAmountEqualToTheMidTermAmountIsFine() {
      TargetReviewForms form = valid().midTermAmounts(Optional.of(amounts("1018.55", 1018.55, 4)));
      assertThat(findings(form, TargetReviewRule.AMOUNT_PARTS)).isEmpty();
    }
  }

  @Nested
  class IndicatorKinds {
    @Test
    void noBenefitIndicatorIsAnErrorAtTheGrid() {
      TargetReviewFinding found = only(valid().remove(BENEFIT), TargetReviewRule.INDICATOR_KINDS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.where()).isEqualTo(cell(-1, FIRST));
      assertThat(found.text()).isEqualTo("指标类别：没有效益指标：每个项目至少应设置一项效益指标");
    }

    @Test
    void noSatisfactionRowAtAllIsAnError() {
      TargetReviewFinding found =
          only(valid().remove(SATISFACTION), TargetReviewRule.INDICATOR_KINDS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void satisfactionNotApplicableForAPublicServiceIsASuggestion() {
      TargetReviewForms form = valid().set(SATISFACTION, "不适用", "不适用", notApplicable());
      TargetReviewFinding found = only(form, TargetReviewRule.INDICATOR_KINDS);
      assertThat(found.level()).isEqualTo(Level.NOTE);
      assertThat(found.where()).isEqualTo(cell(SATISFACTION, VALUE));
      assertThat(found.text()).startsWith("指标类别（建议）：");
      assertThat(found.toMessage().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void satisfactionNotApplicableForAnInternalProjectIsFine() {
      TargetReviewForms form =
          valid()
              .header("项目名称", "机关办公楼维修", 1)
              .yearGoal("完成办公楼屋面防水维修")
              .set(SATISFACTION, "不适用", "不适用", notApplicable());
      assertThat(findings(form, TargetReviewRule.INDICATOR_KINDS)).isEmpty();
    }
  }

  @Nested
  class OutputIndicators {
    @Test
    void noQualityIndicatorIsAWarningAtTheOutputCell() {
      TargetReviewFinding found = only(valid().remove(QUALITY), TargetReviewRule.OUTPUT_INDICATORS);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.where()).isEqualTo(cell(0, FIRST));
      assertThat(found.text()).contains("没有质量指标");
    }

    @Test
    void noCostIndicatorIsAnError() {
      TargetReviewFinding found = only(valid().remove(COST), TargetReviewRule.OUTPUT_INDICATORS);
      assertThat(found.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void anEmptyFixedRowIsFoundAtItsNameCell() {
      TargetReviewForms form = valid().set(TIMELINESS, "", "", new IndicatorValue.Empty(""));
      TargetReviewFinding found = only(form, TargetReviewRule.OUTPUT_INDICATORS);
      assertThat(found.where()).isEqualTo(cell(TIMELINESS, THIRD));
    }

    @Test
    void costAsAFirstLevelIndicatorCountsAsTheCostIndicator() {
      TargetReviewForms form =
          valid().remove(COST).row("成本指标", "经济成本指标", "项目总成本", "≤1018.55万元", lower(1018.55, "万元"));
      assertThat(findings(form)).isEmpty();
    }
  }

  @Nested
  class RowFilled {
    @Test
    void aNameWithoutAValueIsAnErrorAtTheValueCell() {
      TargetReviewForms form = valid().set(BENEFIT, "老年人生活质量", "", new IndicatorValue.Empty(""));
      TargetReviewFinding found = only(form, TargetReviewRule.ROW_FILLED);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.where()).isEqualTo(cell(BENEFIT, VALUE));
      assertThat(found.code()).isEqualTo("老年人生活质量");
    }

    @Test
    void aValueWithoutANameIsAnErrorAtTheNameCell() {
      TargetReviewForms form =
          valid().set(BENEFIT, "", "显著提升", new IndicatorValue.Qualitative("显著提升"));
      TargetReviewFinding found = only(form, TargetReviewRule.ROW_FILLED);
      assertThat(found.where()).isEqualTo(cell(BENEFIT, THIRD));
      assertThat(found.text()).contains("显著提升");
    }

    @Test
    void notApplicableUnderQuantityIsAnError() {
      TargetReviewForms form = valid().set(QUANTITY, "不适用", "不适用", notApplicable());
      TargetReviewFinding found = only(form, TargetReviewRule.ROW_FILLED);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.text()).contains("数量指标不能填写「不适用」");
      assertThat(findings(form, TargetReviewRule.OUTPUT_INDICATORS)).isEmpty();
    }

    @Test
    void notApplicableUnderABenefitIsFine() {
      TargetReviewForms form = valid().row("效益", "生态效益指标", "不适用", "不适用", notApplicable());
      assertThat(findings(form)).isEmpty();
    }
  }

  @Nested
  class Explanation {
    @Test
    void aBlankExplanationIsAWarningAtItsCell() {
      TargetReviewFinding found =
          only(valid().explanation(QUALITY, " "), TargetReviewRule.EXPLANATION);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.where()).isEqualTo(cell(QUALITY, EXPLANATION));
      assertThat(found.code()).isEqualTo("补贴发放准确率");
    }

    @Test
    void aFormWithoutTheColumnNeedsNoExplanation() {
      TargetReviewForms form = valid().explanation(QUALITY, "").withoutExplanationColumn();
      assertThat(findings(form)).isEmpty();
    }

    @Test
    void aRowMarkedNotApplicableNeedsNoExplanation() {
      TargetReviewForms form = valid().row("效益", "生态效益指标", "不适用", "不适用", notApplicable(), "");
      assertThat(findings(form, TargetReviewRule.EXPLANATION)).isEmpty();
    }
  }

  @Nested
  class ValueReadings {
    @Test
    void anUnreadableValueIsAWarningWithTheReason() {
      IndicatorValue unreadable = new IndicatorValue.Unreadable("≥%", "比较符号后面没有数字");
      TargetReviewFinding found =
          only(valid().set(QUALITY, "补贴发放准确率", "≥%", unreadable), TargetReviewRule.READABLE_VALUE);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.where()).isEqualTo(cell(QUALITY, VALUE));
      assertThat(found.text()).contains("「≥%」", "比较符号后面没有数字");
    }

    @Test
    void aCostWithoutAUnitIsAWarningSuggestingTenThousandYuan() {
      TargetReviewForms form =
          valid()
              .set(COST, "项目总成本", "164.8247", equal(164.8247, ""))
              .yearAmounts(amounts("200", 200.0, 3));
      TargetReviewFinding found = only(form, TargetReviewRule.UNIT);
      assertThat(found.text()).isEqualTo("计量单位：指标值「164.8247」没有计量单位：请写明单位，如「164.8247万元」");
      assertThat(findings(form, TargetReviewRule.COST_VALUE)).isEmpty();
    }

    @Test
    void aSatisfactionWithoutAUnitSuggestsAPercentOnly() {
      TargetReviewForms form = valid().set(SATISFACTION, "服务对象满意度", "≥90", higher(90, ""));
      assertThat(only(form, TargetReviewRule.UNIT).text()).contains("「≥90%」");
      assertThat(findings(form, TargetReviewRule.SATISFACTION)).isEmpty();
    }

    @Test
    void vagueWordsUnderQualityAreAWarning() {
      TargetReviewForms form =
          valid().set(QUALITY, "补贴发放质量", "良好", new IndicatorValue.Qualitative("良好"));
      TargetReviewFinding found = only(form, TargetReviewRule.QUANTIFIED);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.text()).contains("「良好」", "质量指标应当量化");
    }

    @Test
    void vagueWordsUnderABenefitAreFine() {
      assertThat(findings(valid(), TargetReviewRule.QUANTIFIED)).isEmpty();
    }

    @Test
    void aCountUnderTimelinessIsAWarning() {
      TargetReviewForms form = valid().set(TIMELINESS, "补贴发放时间", "≥5个", higher(5, "个"));
      TargetReviewFinding found = only(form, TargetReviewRule.TIMELINESS);
      assertThat(found.where()).isEqualTo(cell(TIMELINESS, VALUE));
    }

    @Test
    void aDurationAFrequencyOrARateUnderTimelinessIsFine() {
      IndicatorValue duration =
          new IndicatorValue.Duration("3个工作日内", Direction.LOWER, BigDecimal.valueOf(3), "工作日");
      IndicatorValue frequency = new IndicatorValue.Frequency("每月1次", BigDecimal.ONE, "月", "次");
      assertThat(findings(valid().set(TIMELINESS, "补贴发放时间", "3个工作日内", duration))).isEmpty();
      assertThat(findings(valid().set(TIMELINESS, "补贴发放频次", "每月1次", frequency))).isEmpty();
      assertThat(findings(valid().set(TIMELINESS, "补贴发放及时率", "≥95%", higher(95, "%")))).isEmpty();
    }
  }

  @Nested
  class CostValue {
    @Test
    void moneyWithAtLeastIsAnErrorSuggestingAtMost() {
      TargetReviewForms form = valid().set(COST, "项目总成本", "≥1018.55万元", higher(1018.55, "万元"));
      TargetReviewFinding found = only(form, TargetReviewRule.COST_VALUE);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.text()).contains("「≤1018.55万元」");
    }

    @Test
    void moneyEqualToAnAmountIsFine() {
      TargetReviewForms form = valid().set(COST, "项目总成本", "1018.55万元", equal(1018.55, "万元"));
      assertThat(findings(form)).isEmpty();
    }

    @Test
    void aRateUnderCostIsAWarning() {
      TargetReviewForms form = valid().set(COST, "成本控制率", "≤100%", lower(100, "%"));
      TargetReviewFinding found = only(form, TargetReviewRule.COST_VALUE);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.text()).contains("是比率");
    }

    @Test
    void aDeadlineUnderCostIsAWarning() {
      TargetReviewForms form = valid().set(COST, "项目总成本", "年底前", deadline(OptionalInt.empty()));
      assertThat(only(form, TargetReviewRule.COST_VALUE).level()).isEqualTo(Level.WARNING);
    }
  }

  @Nested
  class Satisfaction {
    @Test
    void aSatisfactionBelowTheFloorIsAWarning() {
      TargetReviewForms form = valid().set(SATISFACTION, "服务对象满意度", "≥75%", higher(75, "%"));
      TargetReviewFinding found = only(form, TargetReviewRule.SATISFACTION);
      assertThat(found.where()).isEqualTo(cell(SATISFACTION, VALUE));
      assertThat(found.text()).contains("低于 80%");
    }

    @Test
    void aSatisfactionAtTheFloorIsFine() {
      TargetReviewForms form = valid().set(SATISFACTION, "服务对象满意度", "≥80%", higher(80, "%"));
      assertThat(findings(form)).isEmpty();
    }

    @Test
    void wordsAsASatisfactionTargetAreAWarning() {
      TargetReviewForms form =
          valid().set(SATISFACTION, "服务对象满意度", "很满意", new IndicatorValue.Qualitative("很满意"));
      assertThat(only(form, TargetReviewRule.SATISFACTION).text()).contains("「很满意」");
    }
  }

  @Nested
  class ReachableTarget {
    @Test
    void aRateAboveAHundredPercentIsAnError() {
      TargetReviewForms form = valid().set(QUALITY, "补贴发放准确率", "≥120%", higher(120, "%"));
      TargetReviewFinding found = only(form, TargetReviewRule.REACHABLE_TARGET);
      assertThat(found.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void atLeastZeroIsAWarning() {
      TargetReviewForms form = valid().set(QUANTITY, "补贴发放人数", "≥0人", higher(0, "人"));
      assertThat(only(form, TargetReviewRule.REACHABLE_TARGET).level()).isEqualTo(Level.WARNING);
    }

    @Test
    void atMostAHundredPercentIsAWarning() {
      TargetReviewForms form = valid().set(QUALITY, "补贴发放差错率", "≤100%", lower(100, "%"));
      assertThat(only(form, TargetReviewRule.REACHABLE_TARGET).level()).isEqualTo(Level.WARNING);
    }

    @Test
    void moreThanZeroAndExactlyAHundredPercentAreFine() {
      IndicatorValue moreThanZero =
          new IndicatorValue.Comparison("＞0人", Direction.HIGHER, true, BigDecimal.ZERO, "人", false);
      assertThat(findings(valid().set(QUANTITY, "补贴发放人数", "＞0人", moreThanZero))).isEmpty();
      assertThat(findings(valid(), TargetReviewRule.REACHABLE_TARGET)).isEmpty();
    }
  }

  @Nested
  class Names {
    @Test
    void aRateUnderQuantityIsASuggestion() {
      TargetReviewForms form = valid().set(QUANTITY, "补贴覆盖率", "≥95%", higher(95, "%"));
      TargetReviewFinding found = only(form, TargetReviewRule.NAME_FITS_KIND);
      assertThat(found.level()).isEqualTo(Level.NOTE);
      assertThat(found.where()).isEqualTo(cell(QUANTITY, THIRD));
    }

    @Test
    void aCostNameUnderQualityIsASuggestion() {
      TargetReviewForms form = valid().set(QUALITY, "资金使用合规率", "100%", equal(100, "%"));
      assertThat(only(form, TargetReviewRule.NAME_FITS_KIND).text()).contains("不宜作为质量指标");
    }

    @Test
    void theSameNameTwiceIsAWarningAtTheSecond() {
      TargetReviewForms form =
          valid().row("效益", "社会效益指标", "老年人生活 质量", "明显改善", new IndicatorValue.Qualitative("明显改善"));
      TargetReviewFinding found = only(form, TargetReviewRule.DUPLICATE_NAME);
      assertThat(found.where()).isEqualTo(cell(6, THIRD));
      assertThat(found.text()).contains("C15");
    }

    @Test
    void aNameOfFifteenCharactersIsASuggestion() {
      String fifteen = "困难老年人养老服务补贴发放人数";
      String fourteen = fifteen.substring(1);
      TargetReviewForms longer = valid().set(QUANTITY, fifteen, "≥500人", higher(500, "人"));
      TargetReviewForms shorter = valid().set(QUANTITY, fourteen, "≥500人", higher(500, "人"));
      assertThat(fifteen).hasSize(15);
      assertThat(only(longer, TargetReviewRule.NAME_LENGTH).text()).contains("有 15 个字");
      assertThat(findings(shorter)).isEmpty();
    }
  }

  @Nested
  class AmountsAndCosts {
    @Test
    void costsAboveTheYearAmountAreAnErrorAtTheFirstCost() {
      TargetReviewForms form = valid().yearAmounts(amounts("900", 900.0, 3));
      TargetReviewFinding found = only(form, TargetReviewRule.COST_TOTAL);
      assertThat(found.level()).isEqualTo(Level.ERROR);
      assertThat(found.where()).isEqualTo(cell(COST, VALUE));
      assertThat(found.text()).contains("1018.55", "900");
    }

    @Test
    void costsBelowHalfTheYearAmountAreAWarning() {
      TargetReviewForms form = valid().set(COST, "项目总成本", "≤500万元", lower(500, "万元"));
      assertThat(only(form, TargetReviewRule.COST_TOTAL).level()).isEqualTo(Level.WARNING);
    }

    @Test
    void costsInYuanAndTenThousandYuanAddUp() {
      TargetReviewForms form =
          valid()
              .set(COST, "补贴发放成本", "≤10000000元", lower(10_000_000, "元"))
              .row("产出", "成本指标", "宣传成本", "≤18.55万元", lower(18.55, "万元"));
      assertThat(findings(form, TargetReviewRule.COST_TOTAL)).isEmpty();
    }

    @Test
    void anAmountTooLargeForTenThousandYuanIsReadAsYuan() {
      TargetReviewForms form = valid().yearAmounts(amounts("10185500", 10_185_500.0, 3));
      TargetReviewFinding found = only(form, TargetReviewRule.AMOUNT_UNIT);
      assertThat(found.level()).isEqualTo(Level.WARNING);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 3, 1));
      assertThat(found.text())
          .isEqualTo("金额单位：本年度项目金额填的是 10185500，按万元是 1018.55 亿元：很可能是以元填写的 1018.55 万元，请改为以万元填写");
      assertThat(findings(form, TargetReviewRule.COST_TOTAL)).isEmpty();
      assertThat(findings(form, TargetReviewRule.AMOUNT_PARTS)).isEmpty();
    }

    @Test
    void aBudgetOf246800BesideACostOf30WanIsReadAsYuanForTheCostCheck() {
      TargetReviewForms form =
          valid()
              .yearAmounts(amounts("246800", 246_800.0, 3))
              .set(COST, "项目总成本", "≤30万元", lower(30, "万元"));
      TargetReviewFinding found = only(form, TargetReviewRule.AMOUNT_UNIT);
      assertThat(found.text()).contains("246800", "以元填写的 24.68 万元");
      TargetReviewFinding costs = only(form, TargetReviewRule.COST_TOTAL);
      assertThat(costs.level()).isEqualTo(Level.ERROR);
      assertThat(costs.text()).contains("成本指标合计 30 万元", "本年度项目金额 24.68 万元");
    }

    @Test
    void anAmountAThousandTimesTheCostsIsReadAsYuan() {
      TargetReviewForms form =
          valid()
              .yearAmounts(amounts("98000", 98_000.0, 3))
              .set(COST, "项目总成本", "≤9.8万元", lower(9.8, "万元"));
      TargetReviewFinding found = only(form, TargetReviewRule.AMOUNT_UNIT);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 3, 1));
      assertThat(found.text())
          .isEqualTo("金额单位：本年度项目金额填的是 98000，而成本指标合计只有 9.8 万元：很可能是以元填写的 9.8 万元，请改为以万元填写");
      assertThat(findings(form, TargetReviewRule.COST_TOTAL)).isEmpty();
    }

    @Test
    void anAmountJustUnderAThousandTimesTheCostsIsLeftAlone() {
      TargetReviewForms form =
          valid()
              .yearAmounts(amounts("9799", 9_799.0, 3))
              .midTermAmounts(Optional.of(amounts("9799", 9_799.0, 4)))
              .set(COST, "项目总成本", "≤9.8万元", lower(9.8, "万元"));
      assertThat(findings(form, TargetReviewRule.AMOUNT_UNIT)).isEmpty();
      assertThat(only(form, TargetReviewRule.COST_TOTAL).level()).isEqualTo(Level.WARNING);
    }

    @Test
    void aMidTermAmountTooLargeIsReadAsYuan() {
      TargetReviewForms form =
          valid().midTermAmounts(Optional.of(amounts("30000000", 30_000_000.0, 4)));
      TargetReviewFinding found = only(form, TargetReviewRule.AMOUNT_UNIT);
      assertThat(found.where()).isEqualTo(CellRef.of(SHEET, 4, 1));
      assertThat(found.text()).contains("3000 万元");
    }

    @Test
    void anAmountInTenThousandYuanIsLeftAlone() {
      assertThat(findings(valid(), TargetReviewRule.AMOUNT_UNIT)).isEmpty();
    }
  }

  @Nested
  class DeadlineYear {
    @Test
    void aDeadlineAfterTheBudgetYearIsAWarning() {
      TargetReviewForms form =
          valid().set(TIMELINESS, "补贴发放时间", "2024年11月底前", deadline(OptionalInt.of(2024)));
      TargetReviewFinding found = only(form, TargetReviewRule.DEADLINE_YEAR);
      assertThat(found.where()).isEqualTo(cell(TIMELINESS, VALUE));
      assertThat(found.text()).contains("2023 年之后");
    }

    @Test
    void aDeadlineInTheBudgetYearIsFine() {
      TargetReviewForms form =
          valid().set(TIMELINESS, "补贴发放时间", "2023年11月底前", deadline(OptionalInt.of(2023)));
      assertThat(findings(form)).isEmpty();
    }

    @Test
    void withoutABudgetYearNoDeadlineIsLate() {
      TargetReviewForms form =
          valid()
              .year(Optional.empty())
              .set(TIMELINESS, "补贴发放时间", "2024年11月底前", deadline(OptionalInt.of(2024)));
      assertThat(findings(form)).isEmpty();
    }
  }

  @Nested
  class Grade {
    private List<TargetReviewFinding> some(int errors, int warnings, int notes) {
      CellRef where = CellRef.of(SHEET, 1, 1);
      return IntStream.range(0, errors + warnings + notes)
          .mapToObj(
              i -> {
                Level level =
                    i < errors ? Level.ERROR : i < errors + warnings ? Level.WARNING : Level.NOTE;
                return new TargetReviewFinding(TargetReviewRule.UNIT, level, where, "", "");
              })
          .toList();
    }

    @Test
    void twoWarningsAndNoErrorAreExcellent() {
      assertThat(TargetReview.suggestedGrade(some(0, 2, 0))).isEqualTo("优");
    }

    @Test
    void threeWarningsAreGood() {
      assertThat(TargetReview.suggestedGrade(some(0, 3, 0))).isEqualTo("良");
    }

    @Test
    void oneErrorIsFair() {
      assertThat(TargetReview.suggestedGrade(some(1, 0, 0))).isEqualTo("中");
    }

    @Test
    void suggestionsDoNotCountAsWarnings() {
      assertThat(TargetReview.suggestedGrade(some(0, 2, 3))).isEqualTo("优");
    }

    @Test
    void aReviewedFormWithThreeWarningsIsGoodAndItsMessagesFollowTheWorkbook() {
      TargetReviewForms form =
          valid()
              .explanation(SATISFACTION, "")
              .explanation(QUANTITY, "")
              .set(QUALITY, "补贴发放质量", "良好", new IndicatorValue.Qualitative("良好"));
      TargetReview.Result result = TargetReview.review(form.build(), form.readings());
      assertThat(result.suggestedGrade()).isEqualTo("良");
      assertThat(result.messages())
          .extracting(Message::where)
          .containsExactly(
              cell(QUANTITY, EXPLANATION), cell(QUALITY, VALUE), cell(SATISFACTION, EXPLANATION));
      assertThat(result.messages()).allMatch(m -> m.severity() == Severity.WARNING);
    }

    @Test
    void anErrorMakesTheReviewedFormFair() {
      TargetReviewForms form = valid().remove(COST);
      assertThat(TargetReview.review(form.build(), form.readings()).suggestedGrade())
          .isEqualTo("中");
    }
  }
}
