package org.scorebook.kinds.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TargetForms.split;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.kinds.targets.TargetForm.Row;
import org.scorebook.model.Evaluation;
import org.scorebook.read.CellGrid;
import org.scorebook.score.Direction;
import org.scorebook.score.IndicatorValue;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalBuilder;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * The declaration's other layouts seen in real exports: the value split over 计算符号, 指标值 and 计量单位;
 * 上年度实际水平 beside 本年度计划水平; 成本 as a 一级 indicator (the 2021 guidance); cells ending in line breaks.
 * Each is read as the form means it and reviewed as the plain local form is.
 */
class TargetFormVariantsTest {
  private final TargetFormReader reader = new TargetFormReader();

  /** The sample form's lines with their values split in three; 可持续影响 has no comparator. */
  private static final List<LocalLine> SPLIT_LINES =
      List.of(
          new LocalLine("产出", "数量", "培训人次", split("≥", 500, "人次"), "全年组织社区养老护理员培训的人次"),
          new LocalLine("产出", "质量", "培训合格率", split("≥", 95, "%"), "考核合格人数占参训人数的比例"),
          new LocalLine("产出", "时效", "培训完成时间", split("", "2023年11月底前", ""), "全部培训完成的时间"),
          new LocalLine("产出", "成本", "项目总成本", split("≤", 48.14, "万元"), "项目全年支出总额"),
          new LocalLine("效益", "社会效益", "护理服务水平", split("定性", "显著提升", ""), "社区养老护理服务水平的变化"),
          new LocalLine("效益", "生态效益", "不适用", "不适用", ""),
          new LocalLine("效益", "可持续影响", "护理员持证上岗率", split("", 80, "%"), "持证护理员占全部护理员的比例"),
          new LocalLine("满意度", "服务对象满意度", "参训人员满意度", split("≥", 90, "%"), "问卷调查满意的参训人员比例"));

  private static final List<String> SPLIT_VALUES =
      List.of("≥500人次", "≥95%", "2023年11月底前", "≤48.14万元", "显著提升", "不适用", "80%", "≥90%");

  /** The sample's 产出 lines, then 成本 as a 一级 with the 2021 guidance's three 二级. */
  private static List<LocalLine> costAsFirstLevel(Object economic, Object social) {
    return List.of(
        new LocalLine("产出指标", "数量指标", "培训人次", "≥500人次", "全年组织社区养老护理员培训的人次"),
        new LocalLine("产出指标", "质量指标", "培训合格率", "≥95%", "考核合格人数占参训人数的比例"),
        new LocalLine("产出指标", "时效指标", "培训完成时间", "2023年11月底前", "全部培训完成的时间"),
        new LocalLine("成本指标", "经济成本指标", "培训实施成本", economic, "培训场地、师资和教材的支出"),
        new LocalLine("成本指标", "社会成本指标", "参训人员误工成本", social, "参训护理员误工的补贴"),
        new LocalLine("成本指标", "生态环境成本指标", "不适用", "不适用", ""),
        new LocalLine("效益指标", "社会效益指标", "护理服务水平", "显著提升", "社区养老护理服务水平的变化"),
        new LocalLine("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "问卷调查满意的参训人员比例"));
  }

  private TargetForm read(LocalBuilder builder) throws Exception {
    try (Workbook workbook = builder.build()) {
      List<Evaluation> read = reader.readAll(CellGrid.of(workbook), "申报表.xlsx");
      assertThat(read).hasSize(1);
      return (TargetForm) read.get(0).details().orElseThrow();
    }
  }

  private static List<TargetReviewFinding> review(TargetForm form) {
    return TargetReview.findings(form, IndicatorValue::parse);
  }

  private static List<String> values(TargetForm form) {
    return form.rows().stream().map(row -> row.value().text()).toList();
  }

  private static List<String> valueCells(TargetForm form) {
    return form.rows().stream().map(row -> row.value().cell().a1()).toList();
  }

  // The comparator, the value and the unit in three columns

  @Test
  void aValueSplitInThreeColumnsIsReadJoinedAtTheValuesCell() throws Exception {
    LocalBuilder builder =
        TargetForms.local().splitValues("计算符号", "指标值", "计量单位").lines(SPLIT_LINES);
    TargetForm form = read(builder);

    assertThat(values(form)).containsExactlyElementsOf(SPLIT_VALUES);
    assertThat(valueCells(form))
        .containsExactly("E13", "E14", "E15", "E16", "E17", "E18", "E19", "E20");
    assertThat(form.rows().get(0).explanation().orElseThrow().cell().a1()).isEqualTo("G13");
    assertThat(review(form)).isEmpty();
  }

  @Test
  void anEmptyComparatorReadsAsEqual() throws Exception {
    TargetForm form =
        read(TargetForms.local().splitValues("计算符号", "指标值", "计量单位").lines(SPLIT_LINES));

    IndicatorValue rate = IndicatorValue.parse(form.rows().get(6).value().text());
    assertThat(rate).isInstanceOf(IndicatorValue.Comparison.class);
    assertThat(((IndicatorValue.Comparison) rate).direction()).isEqualTo(Direction.EQUAL);
    assertThat(((IndicatorValue.Comparison) rate).unit()).isEqualTo("%");
  }

  @Test
  void aSplitValueHeadedUnderAMergedValueHeaderStartsItsLinesUnderBothRows() throws Exception {
    LocalBuilder builder =
        TargetForms.local().splitValues("符号", "目标值", "单位").twoRowHeader().lines(SPLIT_LINES);
    TargetForm form = read(builder);

    assertThat(form.tableHeader().a1()).isEqualTo("A12");
    assertThat(values(form)).containsExactlyElementsOf(SPLIT_VALUES);
    assertThat(valueCells(form).get(0)).isEqualTo("E14");
    assertThat(form.rows().get(0).row()).isEqualTo(builder.firstLineRow());
    assertThat(review(form)).isEmpty();
  }

  @Test
  void aMisjudgedSplitValueIsFoundAtTheValuesCell() throws Exception {
    LocalBuilder builder =
        TargetForms.local()
            .splitValues("计算符号", "指标值", "计量单位")
            .lines(SPLIT_LINES)
            .line("项目总成本", l -> withValue(l, split("≥", 48.14, "万元")));
    TargetForm form = read(builder);

    assertThat(review(form))
        .extracting(f -> f.rule() + " " + f.where().a1() + " " + f.code())
        .containsExactly("COST_VALUE E16 项目总成本");
  }

  // 上年度实际水平 beside 本年度计划水平

  private static final Map<String, Object> LAST_YEAR =
      Map.of("培训人次", "≥450人次", "培训合格率", "≥90%", "项目总成本", "≤46.2万元", "参训人员满意度", "≥85%");

  @Test
  void thisYearsPlannedLevelIsTheValueAndLastYearsIsLeftAlone() throws Exception {
    TargetForm form = read(TargetForms.local().previousYear(LAST_YEAR));

    assertThat(form.rows()).hasSize(TargetForms.local().lines().size());
    assertThat(values(form))
        .containsExactlyElementsOf(
            TargetForms.local().lines().stream().map(l -> String.valueOf(l.value())).toList());
    assertThat(valueCells(form).get(0)).isEqualTo("E13");
    assertThat(form.rows().get(0).explanation().orElseThrow().cell().a1()).isEqualTo("F13");
    assertThat(review(form)).isEmpty();
  }

  @Test
  void bothLevelsUnderAMergedValueHeaderAreReadAsOneGrid() throws Exception {
    LocalBuilder builder = TargetForms.local().previousYear(LAST_YEAR).twoRowHeader();
    TargetForm form = read(builder);

    assertThat(form.rows()).hasSize(TargetForms.local().lines().size());
    assertThat(form.rows().get(0).row()).isEqualTo(builder.firstLineRow());
    assertThat(form.rows().get(0).value().text()).isEqualTo("≥500人次");
    assertThat(valueCells(form).get(0)).isEqualTo("E14");
    assertThat(review(form)).isEmpty();
  }

  @Test
  void lastYearsLevelHeadedAsCompletedDoesNotMakeTheFormALaterOne() throws Exception {
    LocalBuilder builder =
        TargetForms.local()
            .title("区民政局项目表")
            .previousYear(LAST_YEAR)
            .edit(
                w ->
                    w.getSheetAt(0)
                        .getRow(LocalBuilder.HEADER_ROW)
                        .getCell(3)
                        .setCellValue("上年度实际完成值"));
    TargetForm form = read(builder);

    assertThat(form.rows().get(0).value().text()).isEqualTo("≥500人次");
    assertThat(valueCells(form).get(0)).isEqualTo("E13");
  }

  // 成本 as a 一级 indicator

  @Test
  void costAsAFirstLevelIndicatorIsReadAsPrintedAndCountsAsTheFormsCost() throws Exception {
    TargetForm form = read(TargetForms.local().lines(costAsFirstLevel("≤40万元", "≤8万元")));

    Row economic = form.rows().get(3);
    assertThat(List.of(economic.first().text(), economic.second().text(), economic.third().text()))
        .containsExactly("成本指标", "经济成本指标", "培训实施成本");
    assertThat(form.rows().get(5).second().text()).isEqualTo("生态环境成本指标");
    assertThat(review(form)).isEmpty();
  }

  @Test
  void anEconomicCostWithAFloorIsAnErrorAsACostUnderOutputIs() throws Exception {
    TargetForm form = read(TargetForms.local().lines(costAsFirstLevel("≥40万元", "≤8万元")));

    assertThat(review(form))
        .extracting(f -> f.rule() + " " + f.level() + " " + f.where().a1())
        .containsExactly("COST_VALUE ERROR D16");
  }

  @Test
  void pricedCostsUnderTheCostFirstLevelAreSummedAgainstTheYearsAmount() throws Exception {
    TargetForm form = read(TargetForms.local().lines(costAsFirstLevel("≤40万元", "≤10万元")));

    assertThat(review(form))
        .extracting(f -> f.rule() + " " + f.level())
        .containsExactly("COST_TOTAL ERROR");
  }

  @Test
  void aSocialCostInWordsIsNotHeldToTheCostRules() throws Exception {
    TargetForm form = read(TargetForms.local().lines(costAsFirstLevel("≤48.14万元", "不增加")));

    assertThat(review(form)).isEmpty();
  }

  // Trailing line breaks

  @Test
  void namesValuesLabelsAndAmountsEndingInLineBreaksAreReadTrimmed() throws Exception {
    LocalBuilder builder =
        TargetForms.local()
            .applicant("区民政局\r\n")
            .amounts("144.42\n", "48.14\n")
            .goals("全年培训社区养老护理员 500 人次。\n\n", "三年内全部持证上岗。\n")
            .lines(
                TargetForms.local().lines().stream()
                    .map(
                        l ->
                            new LocalLine(
                                l.first() + "\n",
                                l.second() + "\r\n",
                                l.third() + "\n",
                                l.value() + "\n",
                                l.explanation() + "\n"))
                    .toList())
            .edit(
                w ->
                    w.getSheetAt(0)
                        .getRow(LocalBuilder.HEADER_ROW)
                        .getCell(3)
                        .setCellValue("目标值\n"));
    TargetForm form = read(builder);

    assertThat(form.rows()).hasSize(TargetForms.local().lines().size());
    assertThat(form.rows())
        .flatExtracting(
            row ->
                List.of(
                    row.first(),
                    row.second(),
                    row.third(),
                    row.value(),
                    row.explanation().orElseThrow()))
        .extracting(Field::text)
        .noneMatch(text -> text.endsWith("\n") || text.endsWith("\r"));
    assertThat(form.rows().get(0).value().text()).isEqualTo("≥500人次");
    assertThat(form.rows().get(0).first().text()).isEqualTo("产出");
    assertThat(form.fields().get("申请单位").text()).isEqualTo("区民政局");
    assertThat(form.yearGoal().text()).isEqualTo("全年培训社区养老护理员 500 人次。");
    assertThat(form.yearAmounts().total().orElseThrow().value()).hasValue(48.14);
    assertThat(review(form)).isEmpty();
  }

  @Test
  void aValueSplitInThreeCellsEndingInLineBreaksIsJoinedWithout() throws Exception {
    LocalBuilder builder =
        TargetForms.local()
            .splitValues("计算符号\n", "指标值\n", "计量单位\n")
            .lines(SPLIT_LINES)
            .line("培训合格率", l -> withValue(l, split("≥\n", "95\n", "%\n")));
    TargetForm form = read(builder);

    assertThat(values(form)).containsExactlyElementsOf(SPLIT_VALUES);
  }

  private static LocalLine withValue(LocalLine line, Object value) {
    return new LocalLine(line.first(), line.second(), line.third(), value, line.explanation());
  }
}
