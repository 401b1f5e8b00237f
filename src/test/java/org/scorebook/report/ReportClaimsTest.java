package org.scorebook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.kinds.selfevaluation.SelfEvaluation;
import org.scorebook.model.Decimals;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.samples.SampleFiles;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

/**
 * Every paragraph of the report, read back from the .docx, is either a fixed heading or lead, text
 * the evaluator typed into the workbook, or a claim about the scorecard that is checked against it:
 * the amounts as typed, every total, level and leaf number, what lost points and what did not, and
 * where a placeholder says the missing text would have been. For both kinds of workbook, with full
 * and with partial scores.
 */
class ReportClaimsTest {
  private static final Pattern FUNDS = Pattern.compile("该项目预算金额为(.+)万元，实际支出(.+)万元，预算执行率为(.+)%。");
  private static final Pattern TOTAL = Pattern.compile("该项目总体得分为 (.+) 分。(.+)等级为(.+?)。(其中，(.+)。)?");
  private static final Pattern LEVEL = Pattern.compile("(.+)满分为 (.+) 分，项目得分为 (.+) 分，得分率为 (.+)%");
  private static final Pattern ANALYSIS =
      Pattern.compile("(\\d+)、(.+)：满分 (.+) 分，得分 (.+) 分，得分率 (.+)%。");
  private static final Pattern LEAF = Pattern.compile("(.+)：满分 (.+) 分，得分 (.+) 分。(.*)");
  private static final Pattern ITSELF_BUDGET = Pattern.compile("该指标按预算执行率 (.+)% 计分，扣 (.+) 分。");
  private static final Pattern ITSELF_LOST = Pattern.compile("该指标扣 (.+) 分。(.*)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)、(.+)");
  private static final String PLACEHOLDER = "【待补充】";

  @TempDir static Path temp;

  static Stream<Arguments> workbooks() throws Exception {
    Files.createDirectories(temp);
    return Stream.of(
        Arguments.of("contract-v1, seed 001 with partial scores", SampleFiles.SEED_001),
        Arguments.of("contract-v1, partial scores", contract(false)),
        Arguments.of("contract-v1, full scores", contract(true)),
        Arguments.of("form, the 2016 sample with partial scores", SampleFiles.SELF_EVALUATION),
        Arguments.of("form, partial scores and budget under 100 %", form(false)),
        Arguments.of("form, full scores", form(true)));
  }

  private static Path contract(boolean full) {
    return TestWorkbooks.evaluation()
        .project("项目名称", "视频会议运维项目")
        .project("预算金额", 200)
        .project("实际支出", full ? 200 : 187.5)
        .indicator("A", "项目决策", 20)
        .leaf("A1", "立项依据", 10)
        .manual(full ? 10 : 8)
        .reason(full ? null : "立项依据不够充分")
        .leaf("A2", "绩效目标", 10)
        .manual(10)
        .indicator("B", "项目绩效", 60)
        .leaf("B1", "产出", 30)
        .manual(30)
        .leaf("B2", "效益", 30)
        .formula("分值 * min(实际支出 / 预算金额, 1)")
        .leaf("C", "满意度", 20)
        .manual(full ? 20 : 15)
        .grades("优", 90, "良", 80, "中", 60, "差", 0)
        .saveTo(temp.resolve((full ? "满分" : "扣分") + "评价.xlsx"));
  }

  private static Path form(boolean full) {
    SelfEvaluationForms.Builder form = SelfEvaluationForms.form();
    if (full) {
      form.leaves(
          SelfEvaluationForms.sampleLeaves().stream()
              .map(
                  l ->
                      new SelfEvaluationForms.Leaf(
                          l.first(),
                          l.second(),
                          l.third(),
                          l.target(),
                          l.third().equals("平均故障修复时间") ? "1.5小时" : l.actual(),
                          l.full(),
                          l.full(),
                          null))
              .toList());
    }
    return form.funds(200, full ? 200 : 187.5)
        .saveTo(temp.resolve((full ? "满分" : "扣分") + "自评表.xlsx"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void everySentenceOfTheReportIsTrueOfTheScorecard(String what, Path workbook) throws Exception {
    Scorecard card = Scorebook.score(workbook).scorecard().orElseThrow();
    assertThat(card.messages()).as(what).noneMatch(org.scorebook.model.Message::isError);
    Path docx = temp.resolve(workbook.getFileName() + ".docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      EvaluationReport.write(
          card,
          Kinds.ALL.of(card.evaluation().kind()).report(),
          "test",
          EvaluationReportTest.JUNE_2018,
          out);
    }

    new Claims(card).check(new DocxXml(docx).paragraphs());
  }

  /** Reads the paragraphs in order, remembering which level-one indicator is being analysed. */
  private static final class Claims {
    private final Scorecard card;
    private final Evaluation evaluation;
    private final boolean form;
    private final Set<String> fixed;
    private ScoredIndicator level;
    private final List<String> unexplained = new ArrayList<>();

    Claims(Scorecard card) throws Exception {
      this.card = card;
      this.evaluation = card.evaluation();
      this.form = SelfEvaluation.IDENTITY.equals(evaluation.kind());
      this.fixed = fixedTexts();
      fixed.add(
          org.scorebook.model.Text.get(
              "report.note",
              "test",
              ChineseDates.day(EvaluationReportTest.JUNE_2018),
              evaluation.source()));
    }

    void check(List<String> paragraphs) {
      for (String p : paragraphs) {
        if (!p.isBlank() && !fixed.contains(p) && !claim(p)) {
          unexplained.add(p);
        }
      }
      assertThat(unexplained)
          .as("paragraphs that are neither fixed text nor a checked claim")
          .isEmpty();
    }

    private boolean claim(String p) {
      Matcher m;
      if ((m = FUNDS.matcher(p)).matches()) {
        return funds(m);
      }
      if ((m = TOTAL.matcher(p)).matches()) {
        return total(m);
      }
      if ((m = ANALYSIS.matcher(p)).matches()) {
        return analysis(m);
      }
      if (p.equals("下设各项指标均得满分。")) {
        assertThat(below(level)).as("%s has indicators below it", level.name()).isNotEmpty();
        assertThat(lost(below(level)))
            .as("leaves below %s that lost points", level.name())
            .isEmpty();
        return true;
      }
      if (p.equals("扣分的指标有：")) {
        assertThat(lost(below(level)))
            .as("leaves below %s that lost points", level.name())
            .isNotEmpty();
        return true;
      }
      if (p.equals("该指标得满分。")) {
        assertThat(below(level)).isEmpty();
        assertThat(level.score().getAsDouble()).isEqualTo(level.full());
        return true;
      }
      if ((m = ITSELF_BUDGET.matcher(p)).matches()) {
        assertThat(below(level)).isEmpty();
        assertThat(row(level).method())
            .isEqualTo(org.scorebook.model.ScoringMethod.BUDGET_EXECUTION);
        assertThat(number(m.group(1)))
            .isCloseTo(card.executionRate().getAsDouble() * 100, within(0.005));
        assertThat(number(m.group(2)))
            .isCloseTo(level.full() - level.score().getAsDouble(), within(0.005));
        return true;
      }
      if ((m = ITSELF_LOST.matcher(p)).matches()) {
        assertThat(below(level)).isEmpty();
        assertThat(number(m.group(1)))
            .isCloseTo(level.full() - level.score().getAsDouble(), within(0.005));
        assertReason(level, m.group(2));
        return true;
      }
      if (p.startsWith(PLACEHOLDER)) {
        return placeholder(p.substring(PLACEHOLDER.length()));
      }
      if (level != null && (m = LEAF.matcher(p)).matches()) {
        return leaf(m);
      }
      return typed(p);
    }

    private boolean funds(Matcher m) {
      ProjectInfo project = evaluation.project();
      double budget = project.budget().value();
      assertThat(m.group(1)).as("the budget as typed").isEqualTo(Decimals.plain(budget));
      assertThat(number(m.group(2))).isEqualTo(project.spending().value());
      assertThat(number(m.group(3)))
          .isCloseTo(card.executionRate().getAsDouble() * 100, within(0.005));
      return true;
    }

    private boolean total(Matcher m) {
      assertThat(number(m.group(1))).isEqualTo(card.total().getAsDouble());
      assertThat(m.group(2)).isEqualTo(form ? "项目支出绩效自评" : "财政支出绩效评价");
      assertThat(m.group(3)).isEqualTo(card.grade().orElseThrow());
      List<ScoredIndicator> levels = card.levelOne();
      String[] said = m.group(5).split("；");
      assertThat(said).hasSameSizeAs(levels);
      for (int i = 0; i < said.length; i++) {
        Matcher l = LEVEL.matcher(said[i]);
        assertThat(l.matches()).as(said[i]).isTrue();
        ScoredIndicator indicator = levels.get(i);
        assertThat(l.group(1))
            .as("how a level-one indicator is named")
            .isIn(
                form || indicator.name().endsWith("指标")
                    ? Set.of(indicator.name())
                    : Set.of(indicator.name() + "类指标"));
        assertNumbers(indicator, l.group(2), l.group(3), l.group(4));
      }
      return true;
    }

    private boolean analysis(Matcher m) {
      level = card.levelOne().get(Integer.parseInt(m.group(1)) - 1);
      assertThat(m.group(2)).isEqualTo(form ? level.name() : level.code() + " " + level.name());
      assertNumbers(level, m.group(3), m.group(4), m.group(5));
      return true;
    }

    private boolean leaf(Matcher m) {
      ScoredIndicator leaf =
          lost(below(level)).stream()
              .filter(l -> m.group(1).equals(form ? l.name() : l.code() + " " + l.name()))
              .findFirst()
              .orElse(null);
      assertThat(leaf)
          .as("a leaf below %s that lost points: %s", level.name(), m.group())
          .isNotNull();
      assertThat(number(m.group(2))).isEqualTo(leaf.full());
      assertThat(number(m.group(3))).isEqualTo(leaf.score().getAsDouble());
      assertReason(leaf, m.group(4));
      return true;
    }

    private void assertReason(ScoredIndicator indicator, String said) {
      String reason = row(indicator).reason().strip();
      if (reason.isEmpty()) {
        assertThat(said).isEqualTo("（未写评分说明）");
      } else {
        assertThat(said).startsWith(reason);
      }
    }

    /** A placeholder stands only where the workbook has nothing, and names the right place. */
    private boolean placeholder(String text) {
      if (form) {
        assertThat(text).as("a form has no 评价结论表").doesNotContain("评价结论表");
      }
      if (text.startsWith("项目主要绩效")) {
        assertThat(achievements()).isBlank();
      } else if (text.startsWith("存在问题")) {
        assertThat(evaluation.findings().get(Findings.PROBLEMS)).isBlank();
        if (form) {
          assertThat(lost(card.indicators()).stream().map(i -> row(i).reason()))
              .allMatch(String::isBlank);
        }
      } else if (text.startsWith("改进建议")) {
        assertThat(evaluation.findings().get(Findings.SUGGESTIONS)).isBlank();
      }
      return true;
    }

    /**
     * Text from the workbook: a cover line, a goal, an item the evaluator wrote, a leaf's reason.
     */
    private boolean typed(String p) {
      int colon = p.indexOf('：');
      if (colon > 0) {
        String label = p.substring(0, colon);
        String value = p.substring(colon + 1);
        if (Set.of("项目名称", "项目单位", "主管部门", "评价机构").contains(label)) {
          assertThat(value).isEqualTo(evaluation.project().field(label));
          return true;
        }
        if (label.equals("年度总体目标（预期）")) {
          assertThat(value)
              .isEqualTo(evaluation.printedForm().orElseThrow().expectedGoal().strip());
          return true;
        }
        if (label.equals("年度总体目标（实际完成情况）")) {
          assertThat(value).isEqualTo(achievements().strip());
          return true;
        }
      }
      Matcher m = NUMBERED.matcher(p);
      String item = m.matches() ? m.group(2) : p;
      if (form && m.matches() && colon > 0 && problemFromLeaf(item)) {
        return true;
      }
      return whatTheEvaluatorWrote().stream().anyMatch(t -> t.contains(item.strip()));
    }

    /** 平均故障修复时间：3 月… — a leaf that lost points, with its own 偏差原因. */
    private boolean problemFromLeaf(String item) {
      for (ScoredIndicator leaf : lost(card.indicators())) {
        String prefix = leaf.name() + "：";
        if (item.startsWith(prefix)) {
          assertThat(item.substring(prefix.length())).isEqualTo(row(leaf).reason().strip());
          return true;
        }
      }
      return false;
    }

    private List<String> whatTheEvaluatorWrote() {
      List<String> texts = new ArrayList<>(evaluation.findings().fields().values());
      texts.add(achievements());
      return texts;
    }

    private String achievements() {
      return form
          ? evaluation.printedForm().map(PrintedForm::achievedGoal).orElse("")
          : evaluation.findings().get(Findings.ACHIEVEMENTS);
    }

    private List<ScoredIndicator> below(ScoredIndicator top) {
      List<ScoredIndicator> all = card.indicators();
      int start = all.indexOf(top) + 1;
      int end = start;
      while (end < all.size() && all.get(end).level() > 1) {
        end++;
      }
      return all.subList(start, end);
    }

    private static List<ScoredIndicator> lost(List<ScoredIndicator> indicators) {
      return indicators.stream()
          .filter(ScoredIndicator::leaf)
          .filter(i -> i.score().getAsDouble() < i.full())
          .toList();
    }

    private IndicatorRow row(ScoredIndicator indicator) {
      return evaluation.indicators().rows().stream()
          .filter(r -> r.row() == indicator.row() && r.name().equals(indicator.name()))
          .findFirst()
          .orElseThrow();
    }

    private static void assertNumbers(
        ScoredIndicator indicator, String full, String score, String rate) {
      assertThat(number(full)).as("%s 满分", indicator.name()).isEqualTo(indicator.full());
      assertThat(number(score))
          .as("%s 得分", indicator.name())
          .isEqualTo(indicator.score().getAsDouble());
      assertThat(number(rate))
          .as("%s 得分率", indicator.name())
          .isCloseTo(indicator.rate().getAsDouble() * 100, within(0.005));
    }

    private static double number(String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        return fail("not a number: " + text);
      }
    }

    /** Every report text of the bundle that has no blanks to fill: headings, leads, titles. */
    private static Set<String> fixedTexts() throws Exception {
      Properties bundle = new Properties();
      try (InputStream in =
          ReportClaimsTest.class.getResourceAsStream("/org/scorebook/messages.properties")) {
        bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      Set<String> fixed = new HashSet<>();
      for (String key : bundle.stringPropertyNames()) {
        String value = bundle.getProperty(key);
        if (key.startsWith("report.")
            && !key.startsWith("report.analysis.")
            && !key.startsWith("report.placeholder.")
            && !value.contains("{")) {
          fixed.add(value);
        }
      }
      fixed.add(" TOC \\o \"1-2\" \\h \\z \\u ");
      fixed.add("二〇一八年六月");
      return fixed;
    }
  }
}
