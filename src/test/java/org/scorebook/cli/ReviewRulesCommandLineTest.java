package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.Checklists;
import org.scorebook.testing.Checklists.Rule;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * {@code --rules 审核口径.xlsx}: a reviewers' checklist in the real shape applied to a local
 * declaration through the command line, each rule's reading shown, its findings at their cells with
 * the rule's code and words, its 人工 rules listed, and a pattern Java cannot compile named at its
 * cell in the checklist and skipped.
 */
class ReviewRulesCommandLineTest {
  private static final String SHEET = "二级项目支出绩效目标申报表";
  private static final String LONG_EXPLANATION = "考核合格人数占参训人数的比例，考核由区民政局统一组织，按市级培训大纲的要求逐项评定，合格者发证";

  static final List<Rule> RULES =
      List.of(
          new Rule("C01", "测算依据", "正则匹配", "测算依据", "测算依据未填写", "未填写测算依据：请列明资金测算的标准和数量", "空", ""),
          new Rule(
              "C02",
              "数量",
              "正则匹配",
              "数量指标",
              "数量指标值不规范",
              "数量指标值应为数值加计量单位，如「≥500人」",
              "^[≥≤<>=]?\\d+(\\.\\d+)?(个|人|次|%)$",
              ""),
          new Rule("C03", "指标解释", "正则匹配", "指标解释", "指标解释冗长", "指标解释过长：请精简至30字以内", ".{30,}", ""),
          new Rule(
              "C04",
              "指标值",
              "正则匹配",
              "计量单位",
              "指标值未填写单位",
              "指标值缺少计量单位：请补充，如「≥80%」",
              "^[≥≤<>=]?\\d+(\\.\\d+)?$",
              ""),
          new Rule(
              "C05",
              "二级指标==数量",
              "正则匹配",
              "数量指标名称",
              "数量指标名称不规范",
              "数量指标名称应说明计量的对象，如「培训人次」",
              "^[\\u4e00-\\u9fa5]+(人次|场次|人数|个数)$",
              ""),
          new Rule("C06", "政策依据", "正则匹配", "政策依据", "政策依据不规范", "政策依据应写明文件全称并加书名号", "^\\《.+\\》", ""),
          new Rule(
              "C07",
              "成本",
              "正则匹配",
              "成本指标",
              "成本指标值不规范",
              "成本指标应为「≤金额」",
              "^[≤<=]?\\d+(\\.\\d+)?万?元$",
              ""),
          new Rule("C08", "绩效目标表", "人工", "指标相关性", "指标与项目内容不相关", "指标应与项目内容相关", "无", ""),
          new Rule("C09", "年度目标", "人工", "年度目标", "年度目标不明确", "年度目标应明确、可衡量", "无", ""),
          new Rule(
              "C10",
              "指标值",
              "正则匹配",
              "指标值用语",
              "指标值不规范",
              "指标值用语模糊：请改为可衡量的数值",
              "(显著|明显|有效)(提升|提高|改善)",
              "匹配为问题"),
          new Rule("C11", "指标值", "正则匹配", "指标值", "指标值不规范", "指标值写法不规范", "[≥≤(\\d+", ""),
          new Rule(
              "C12",
              "社会",
              "正则匹配",
              "社会效益指标",
              "社会效益指标不具量化易评性",
              "社会效益指标应可量化，如「覆盖人数 ≥500人」",
              "\\d",
              ""));

  @TempDir Path dir;

  @Test
  void processSaysHowEachRuleWasUnderstood() {
    CliRunner.Result run = processWithRules();

    assertThat(run.out())
        .contains(
            "审核口径 审核口径.xlsx：共 12 条规则，其中 9 条由程序按正则表达式审核，其余列为人工审核事项。",
            "  C01｜对象：表头「测算依据」｜正则匹配｜为空为问题｜正则：—\n",
            "  C02｜对象：「数量」类指标的指标值｜正则匹配｜不匹配为问题｜正则：^[≥≤<>=]?\\d+(\\.\\d+)?(个|人|次|%)$\n",
            "  C03｜对象：全部指标的指标解释｜正则匹配｜匹配为问题｜正则：.{30,}\n",
            "  C04｜对象：全部指标的指标值｜正则匹配｜匹配为问题｜正则：^[≥≤<>=]?\\d+(\\.\\d+)?$\n",
            "  C05｜对象：二级指标为「数量」的指标的三级指标名称｜正则匹配｜不匹配为问题",
            "  C06｜对象：表头「政策依据」｜正则匹配｜不匹配为问题｜正则：^《.+》\n",
            "  C09｜对象：表头「年度目标」｜人工审核：列入每个项目的人工审核事项，程序不判断\n",
            "  C10｜对象：全部指标的指标值｜正则匹配｜匹配为问题｜",
            "  C11｜对象：全部指标的指标值｜正则表达式无法识别：该条跳过\n");
  }

  @Test
  void aPatternJavaCannotCompileIsNamedAtItsCellInTheChecklistAndSkipped() {
    CliRunner.Result run = processWithRules();

    assertThat(run.out())
        .contains("审核口径 审核口径.xlsx 单元格 H13（规则 C11）：正则表达式「[≥≤(\\d+」无法识别，第 7 个字符处方括号 [ 没有配对的 ]；该条规则跳过")
        .doesNotContain("[C11]");
  }

  @Test
  void findingsCarryTheRuleCodeAndItsWordsAtTheCellChecked() {
    CliRunner.Result run = processWithRules();

    assertThat(run.out())
        .contains(
            finding("B8", "C06", "政策依据：政策依据应写明文件全称并加书名号"),
            finding("B9", "C01", "测算依据：未填写测算依据：请列明资金测算的标准和数量"),
            finding("C14", "C05", "数量指标名称：数量指标名称应说明计量的对象，如「培训人次」"),
            finding("D14", "C02", "数量指标：数量指标值应为数值加计量单位，如「≥500人」"),
            finding("E15", "C03", "指标解释：指标解释过长：请精简至30字以内"),
            finding("D19", "C10", "指标值用语：指标值用语模糊：请改为可衡量的数值"),
            finding("D19", "C12", "社会效益指标：社会效益指标应可量化，如「覆盖人数 ≥500人」"),
            finding("D21", "C04", "计量单位：指标值缺少计量单位：请补充，如「≥80%」"))
        // The default checklist's own finding stays beside the reviewers' one.
        .contains("!D21 [护理员持证上岗率] 计量单位：")
        // Values the patterns accept: 培训人次 ≥500人, its name, the cost ≤48.14万元.
        .doesNotContain("!D13 [C02]", "!C13 [C05]", "[C07]", "!D13 [C04]");
  }

  @Test
  void theManualRulesAreTheProjectsToDoListAtTheGrid() {
    CliRunner.Result run = processWithRules();

    assertThat(run.out()).contains("    提示 " + SHEET + "!A12 人工审核事项（审核口径）：C08 指标相关性；C09 年度目标\n");
  }

  @Test
  void theChecklistsFindingsCountTowardsTheSuggestedGrade() throws Exception {
    Path form = declaration(dir.resolve("申报表.xlsx"));

    CliRunner.Result without = CliRunner.run("validate", form.toString());
    CliRunner.Result with = processWithRules();

    assertThat(without.out()).contains("建议等级 优").doesNotContain("[C0");
    assertThat(with.out()).contains("建议等级 良，10 条提示");
  }

  @Test
  void validateWithJsonShowsTheRulesOnTheErrorStreamAndKeepsJsonLines() throws Exception {
    Path rules = Checklists.save(dir.resolve("审核口径.xlsx"), RULES);
    Path form = declaration(dir.resolve("申报表.xlsx"));

    CliRunner.Result run =
        CliRunner.run("validate", form.toString(), "--json", "--rules", rules.toString());

    assertThat(run.err()).contains("  C02｜对象：「数量」类指标的指标值");
    assertThat(run.out().strip()).startsWith("{").contains("\"C02\"").doesNotContain("｜");
  }

  @Test
  void aMissingChecklistIsAUsageError() {
    CliRunner.Result run =
        CliRunner.run("validate", "x.xlsx", "--rules", dir.resolve("无.xlsx").toString());

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("找不到审核口径文件");
  }

  private CliRunner.Result processWithRules() {
    Path rules = Checklists.save(dir.resolve("审核口径.xlsx"), RULES);
    Path form = declaration(dir.resolve("申报表.xlsx"));
    return CliRunner.run(
        "process",
        form.toString(),
        "--rules",
        rules.toString(),
        "--out",
        dir.resolve("out").toString());
  }

  private static String finding(String cell, String code, String text) {
    return "    提示 " + SHEET + "!" + cell + " [" + code + "] " + text + "\n";
  }

  /**
   * A local declaration with a value of each kind the checklist looks at: 测算依据 empty, 政策依据 without
   * 书名号, a 数量 value with a unit the pattern does not know and a 数量 name that does not say what is
   * counted, a long 指标解释, a rate without its %.
   */
  static Path declaration(Path file) {
    TargetForms.LocalBuilder form =
        TargetForms.local()
            .policy("关于加快发展养老服务业的实施意见")
            .basis("")
            .line(
                "培训人次",
                l -> new LocalLine(l.first(), l.second(), l.third(), "≥500人", l.explanation()))
            .line(
                "培训场次",
                l -> new LocalLine(l.first(), l.second(), "组织培训", l.value(), l.explanation()))
            .line(
                "培训合格率",
                l -> new LocalLine(l.first(), l.second(), l.third(), l.value(), LONG_EXPLANATION))
            .line(
                "护理员持证上岗率",
                l -> new LocalLine(l.first(), l.second(), l.third(), "≥80", l.explanation()));
    return TargetForms.saveAll(file, List.of(form));
  }
}
