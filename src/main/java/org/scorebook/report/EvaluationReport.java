package org.scorebook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.Text;

/**
 * The evaluation report's draft for one scored project, in the seed reports' shape: cover, table of
 * contents, 摘要 (the budget sentence, the total and level-one sentences, the 项目绩效得分情况表, 主要绩效, 存在问题
 * and 改进建议), 基本情况 with highlighted placeholders for what only the evaluator knows, 评价结论和绩效分析 with
 * one paragraph per level-one indicator, 存在问题和改进措施建议, and every indicator as an appendix. Only a
 * scorecard without errors has a report: its total and grade are what the report is about.
 */
public final class EvaluationReport {
  /** An item the evaluator numbered already: 1、 2. （1） (一) 一、 */
  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*([（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９一二三四五六七八九十]+[、.．])");

  /** A score this far below full lost points (scores have two decimals). */
  private static final double LOST = 0.005;

  /** The 项目信息 label of the party that commissioned the evaluation, shown on the cover if given. */
  static final String CLIENT = "委托单位";

  private final Scorecard card;
  private final Evaluation evaluation;
  private final ReportSections sections;
  private final ReportDocument doc = new ReportDocument();

  private EvaluationReport(Scorecard card, ReportSections sections) {
    this.card = card;
    this.evaluation = card.evaluation();
    this.sections = sections;
  }

  /** {@code 评价.xlsx} → {@code 评价.评价报告.docx}: the report's name beside its workbook. */
  public static String fileNameFor(String workbookFileName) {
    int dot = workbookFileName.lastIndexOf('.');
    String stem = dot > 0 ? workbookFileName.substring(0, dot) : workbookFileName;
    return stem + Text.get("report.fileSuffix");
  }

  /**
   * The folder that holds the reports of a workbook of several projects, beside it: {@code
   * 名称.评价报告}.
   */
  public static String folderNameFor(String workbookFileName) {
    int dot = workbookFileName.lastIndexOf('.');
    String stem = dot > 0 ? workbookFileName.substring(0, dot) : workbookFileName;
    return stem + Text.get("report.folderSuffix");
  }

  /**
   * Writes the report of {@code card}, in the {@code sections} of its kind, processed at {@code at}
   * by Scorebook {@code version}, to {@code out}.
   *
   * @throws IllegalArgumentException when the scorecard has errors: it has no total to report
   */
  public static void write(
      Scorecard card, ReportSections sections, String version, ZonedDateTime at, OutputStream out)
      throws IOException {
    if (card.hasErrors() || card.total().isEmpty()) {
      throw new IllegalArgumentException("a scorecard with errors has no report");
    }
    EvaluationReport report = new EvaluationReport(card, sections);
    try {
      report.build(version, at);
      report.doc.write(out);
    } finally {
      report.doc.close();
    }
  }

  private void build(String version, ZonedDateTime at) {
    cover(at);
    doc.tableOfContents(Text.get("report.toc.title"), Text.get("report.toc.update"));
    doc.pageBreak();
    summary();
    doc.pageBreak();
    basics();
    conclusion();
    problems();
    doc.pageBreak();
    appendix();
    doc.note(Text.get("report.note", version, ChineseDates.day(at), evaluation.source()));
  }

  private void cover(ZonedDateTime at) {
    ProjectInfo project = evaluation.project();
    doc.space(4);
    doc.title(sections.title());
    doc.space(3);
    coverLine("report.cover.name", project.name());
    coverLine("report.cover.unit", project.field(ProjectInfo.UNIT));
    coverLine("report.cover.department", project.field(ProjectInfo.DEPARTMENT));
    coverLine("report.cover.client", project.field(CLIENT));
    coverLine("report.cover.evaluator", project.field(ProjectInfo.EVALUATOR));
    doc.space(4);
    doc.centered(ChineseDates.month(at));
    doc.pageBreak();
  }

  private void coverLine(String key, String value) {
    if (value != null && !value.isBlank()) {
      doc.coverLine(Text.get(key), value);
    }
  }

  // 摘要

  private void summary() {
    doc.heading(1, Text.get("report.abstract"));
    doc.subheading(Text.get("report.abstract.basics"));
    doc.placeholder(Text.get("report.placeholder.content"));
    doc.paragraph(fundsSentence());
    doc.subheading(Text.get("report.abstract.conclusion"));
    doc.paragraph(totalSentence());
    levelTable();
    doc.paragraph(Text.get("report.achievementsLead"));
    items(achievements(), "report.placeholder.achievements");
    doc.subheading(Text.get("report.abstract.problems"));
    doc.paragraph(Text.get("report.problemsLead"));
    items(problemItems(), "report.placeholder.problems");
    doc.paragraph(Text.get("report.suggestionsLead"));
    items(suggestions(), "report.placeholder.suggestions");
  }

  /** 该项目预算金额为19.369万元，实际支出19.000万元，预算执行率为98.09%。 */
  String fundsSentence() {
    OptionalDouble rate = card.executionRate();
    if (rate.isEmpty()) {
      return Text.get("report.sentence.fundsMissing");
    }
    ProjectInfo project = evaluation.project();
    String[] amounts = ReportText.amounts(project.budget().value(), project.spending().value());
    return Text.get(
        "report.sentence.funds", amounts[0], amounts[1], ReportText.percent(rate.getAsDouble()));
  }

  /** 该项目总体得分为 87.12 分。财政支出绩效评价等级为良。其中，项目决策类指标满分为 10 分，… */
  String totalSentence() {
    StringBuilder text =
        new StringBuilder(
            Text.get(
                "report.sentence.total",
                ReportText.score(card.total().getAsDouble()),
                sections.gradeLabel(),
                card.grade().orElse("")));
    List<String> levels = new ArrayList<>();
    for (ScoredIndicator level : card.levelOne()) {
      levels.add(
          Text.get(
              "report.sentence.level",
              levelLabel(level),
              ReportText.number(level.full()),
              ReportText.number(level.score().orElse(0)),
              ReportText.percent(level.rate().orElse(0))));
    }
    if (!levels.isEmpty()) {
      text.append(Text.get("report.sentence.levelsLead")).append(String.join("；", levels));
      text.append('。');
    }
    return text.toString();
  }

  /**
   * The contract's 项目决策 → 项目决策类指标; 产出指标 stays 产出指标, and a form's level-one names (产出指标 … 预算执行) are
   * said as the form writes them.
   */
  private String levelLabel(ScoredIndicator level) {
    String name = level.name();
    return !sections.namesByCode() || name.endsWith("指标")
        ? name
        : Text.get("report.sentence.levelName", name);
  }

  private String label(ScoredIndicator indicator) {
    return sections.namesByCode() ? indicator.code() + " " + indicator.name() : indicator.name();
  }

  /** 指标 | 满分值 | 评价分值 | 得分率, then 合计. */
  private void levelTable() {
    ReportDocument.Table table =
        doc.table(
            Text.get("report.table.levels"),
            List.of(
                Text.get("report.table.indicator"),
                Text.get("report.table.full"),
                Text.get("report.table.score"),
                Text.get("report.table.rate")),
            4,
            2,
            2,
            2);
    for (ScoredIndicator level : card.levelOne()) {
      table.row(
          List.of(
              ReportDocument.Cell.text(label(level)),
              ReportDocument.Cell.number(ReportText.number(level.full())),
              ReportDocument.Cell.number(ReportText.score(level.score().orElse(0))),
              ReportDocument.Cell.number(ReportText.percent(level.rate().orElse(0)))));
    }
    totalRow(table, false);
  }

  private void totalRow(ReportDocument.Table table, boolean withCode) {
    double full = card.levelOne().stream().mapToDouble(ScoredIndicator::full).sum();
    double total = card.total().getAsDouble();
    List<ReportDocument.Cell> cells = new ArrayList<>();
    cells.add(ReportDocument.Cell.number(Text.get("report.table.total")).bold());
    if (withCode) {
      cells.add(ReportDocument.Cell.text(""));
    }
    cells.add(ReportDocument.Cell.number(ReportText.number(full)).bold());
    cells.add(ReportDocument.Cell.number(ReportText.score(total)).bold());
    cells.add(ReportDocument.Cell.number(full > 0 ? ReportText.percent(total / full) : "").bold());
    table.row(cells);
  }

  /** The evaluator's items, or a placeholder saying where the workbook of this kind keeps them. */
  private void items(List<String> items, String placeholderKey) {
    if (items.isEmpty()) {
      doc.placeholder(sections.placeholder(placeholderKey));
      return;
    }
    for (String item : items) {
      doc.paragraph(item);
    }
  }

  /** The evaluator's lines, numbered 1、2、… unless they are numbered already. */
  static List<String> numbered(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : ReportText.clean(text).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    boolean own = lines.stream().anyMatch(l -> NUMBERED.matcher(l).find());
    if (own || lines.size() < 2) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i + 1) + "、" + lines.get(i));
    }
    return out;
  }

  private List<String> achievements() {
    return numbered(
        evaluation
            .details()
            .map(details -> details.achievements(card))
            .orElse(evaluation.findings().get(Findings.ACHIEVEMENTS)));
  }

  /**
   * 评价结论's 存在问题; where it names none, what the kind's details say (a form's leaves' 偏差原因 where they
   * lost points).
   */
  private List<String> problemItems() {
    List<String> own = numbered(evaluation.findings().get(Findings.PROBLEMS));
    if (!own.isEmpty()) {
      return own;
    }
    return evaluation.details().map(details -> details.problems(card)).orElse(own);
  }

  private List<String> suggestions() {
    return numbered(evaluation.findings().get(Findings.SUGGESTIONS));
  }

  // 一、基本情况

  private void basics() {
    doc.heading(1, Text.get("report.section.basics"));
    doc.heading(2, Text.get("report.section.background"));
    doc.placeholder(Text.get("report.placeholder.background"));
    sections.background(card, doc);
    doc.heading(2, Text.get("report.section.funds"));
    doc.paragraph(fundsSentence());
    sections.funds(card, doc);
    doc.heading(2, Text.get("report.section.method"));
    doc.placeholder(Text.get("report.placeholder.method"));
    doc.placeholder(Text.get("report.placeholder.data"));
  }

  // 二、评价结论和绩效分析

  private void conclusion() {
    doc.heading(1, Text.get("report.section.conclusion"));
    doc.heading(2, Text.get("report.section.result"));
    doc.paragraph(totalSentence());
    doc.heading(2, Text.get("report.section.analysis"));
    Map<Integer, IndicatorRow> rows = rows();
    List<ScoredIndicator> all = card.indicators();
    int number = 0;
    for (int i = 0; i < all.size(); i++) {
      ScoredIndicator level = all.get(i);
      if (level.level() != 1) {
        continue;
      }
      int end = i + 1;
      while (end < all.size() && all.get(end).level() > 1) {
        end++;
      }
      number++;
      doc.paragraph(
          Text.get(
              "report.analysis.level",
              number,
              label(level),
              ReportText.number(level.full()),
              ReportText.number(level.score().orElse(0)),
              ReportText.percent(level.rate().orElse(0))));
      if (end == i + 1) {
        doc.paragraph(itself(rows, level));
        continue;
      }
      List<ScoredIndicator> lost = lostLeaves(all.subList(i + 1, end));
      if (lost.isEmpty()) {
        doc.paragraph(Text.get("report.analysis.allFull"));
        continue;
      }
      doc.paragraph(Text.get("report.analysis.lost"));
      for (ScoredIndicator leaf : lost) {
        String reason = reason(rows, leaf);
        doc.paragraph(
            Text.get(
                    "report.analysis.leaf",
                    sections.namesByCode() ? leaf.code() : "",
                    leaf.name(),
                    ReportText.number(leaf.full()),
                    ReportText.number(leaf.score().orElse(0)),
                    reason.isBlank() ? Text.get("report.analysis.noReason") : sentence(reason))
                .strip());
      }
    }
    doc.heading(2, Text.get("report.section.achievements"));
    items(achievements(), "report.placeholder.achievements");
  }

  /**
   * A level-one indicator scored itself, with nothing below it (the form's 预算执行): full, or what it
   * lost and why.
   */
  private String itself(Map<Integer, IndicatorRow> rows, ScoredIndicator level) {
    double score = level.score().orElse(0);
    if (score >= level.full() - LOST) {
      return Text.get("report.analysis.itselfFull");
    }
    String lost = ReportText.number(level.full() - score);
    IndicatorRow row = rows.get(level.row());
    if (row != null
        && row.method() == ScoringMethod.BUDGET_EXECUTION
        && card.executionRate().isPresent()) {
      return Text.get(
          "report.analysis.itselfBudget",
          ReportText.percent(card.executionRate().getAsDouble()),
          lost);
    }
    String reason = reason(rows, level);
    return Text.get(
        "report.analysis.itselfLost",
        lost,
        reason.isBlank() ? Text.get("report.analysis.noReason") : sentence(reason));
  }

  /** A reason as a sentence: its own closing punctuation, or a full stop. */
  private static String sentence(String reason) {
    String text = ReportText.clean(reason).strip();
    return text.isEmpty() || "。！？；.!?;".indexOf(text.charAt(text.length() - 1)) >= 0
        ? text
        : text + "。";
  }

  private static List<ScoredIndicator> lostLeaves(List<ScoredIndicator> indicators) {
    return indicators.stream()
        .filter(ScoredIndicator::leaf)
        .filter(i -> i.score().isPresent() && i.score().getAsDouble() < i.full() - LOST)
        .toList();
  }

  private Map<Integer, IndicatorRow> rows() {
    Map<Integer, IndicatorRow> rows = new HashMap<>();
    for (IndicatorRow row : evaluation.indicators().rows()) {
      rows.put(row.row(), row);
    }
    return rows;
  }

  private static String reason(Map<Integer, IndicatorRow> rows, ScoredIndicator leaf) {
    IndicatorRow row = rows.get(leaf.row());
    return row == null ? "" : ReportText.clean(row.reason());
  }

  // 三、存在问题和改进措施建议

  private void problems() {
    doc.heading(1, Text.get("report.section.problems"));
    doc.heading(2, Text.get("report.section.problemList"));
    items(problemItems(), "report.placeholder.problems");
    doc.heading(2, Text.get("report.section.suggestionList"));
    items(suggestions(), "report.placeholder.suggestions");
  }

  // 附件

  /** Every indicator, names indented by level, parents in bold, then 合计. */
  private void appendix() {
    doc.heading(1, Text.get("report.section.appendix"));
    List<String> header = new ArrayList<>();
    if (sections.namesByCode()) {
      header.add(Text.get("report.table.code"));
    }
    header.add(Text.get("report.table.name"));
    header.add(Text.get("report.table.full"));
    header.add(Text.get("report.table.treeScore"));
    header.add(Text.get("report.table.rate"));
    ReportDocument.Table table =
        sections.namesByCode()
            ? doc.table(null, header, 2, 6, 2, 2, 2)
            : doc.table(null, header, 6, 2, 2, 2);
    for (ScoredIndicator indicator : card.indicators()) {
      List<ReportDocument.Cell> cells = new ArrayList<>();
      ReportDocument.Cell name =
          ReportDocument.Cell.text(indicator.name()).indented(indicator.level() - 1);
      if (sections.namesByCode()) {
        ReportDocument.Cell code = ReportDocument.Cell.text(indicator.code());
        cells.add(indicator.leaf() ? code : code.bold());
      }
      cells.add(indicator.leaf() ? name : name.bold());
      cells.add(ReportDocument.Cell.number(ReportText.number(indicator.full())));
      cells.add(
          ReportDocument.Cell.number(
              indicator.score().isPresent()
                  ? ReportText.score(indicator.score().getAsDouble())
                  : ""));
      cells.add(
          ReportDocument.Cell.number(
              indicator.rate().isPresent()
                  ? ReportText.percent(indicator.rate().getAsDouble())
                  : ""));
      table.row(cells);
    }
    totalRow(table, sections.namesByCode());
  }
}
