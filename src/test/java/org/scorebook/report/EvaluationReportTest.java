package org.scorebook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.samples.SampleFiles;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report drafted from seed 001's workbook says what seed 001's own 摘要 says, read back through
 * POI and, independently, from the package's XML.
 */
class EvaluationReportTest {
  /** Seed 001's 摘要, its grade word aside (the seed writes 良好 where the workbook's band is 良). */
  static final String SEED_TOTAL =
      "该项目总体得分为 87.12 分。财政支出绩效评价等级为{grade}。其中，项目决策类指标满分为 10 分，项目得分为 9 分，得分率为 90%；"
          + "项目管理类指标满分为 25 分，项目得分为 16.94 分，得分率为 67.76%；"
          + "项目绩效类指标满分为 65 分，项目得分为 61.18 分，得分率为 94.12%。";

  static final String SEED_FUNDS = "该项目预算金额为19.369万元，实际支出19.000万元，预算执行率为98.09%。";

  static final ZonedDateTime JUNE_2018 =
      ZonedDateTime.of(2018, 6, 12, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  @TempDir Path temp;

  private Path processed(Path workbook) {
    Outcome outcome =
        Scorebook.process(
            workbook,
            temp.resolve("out").resolve(workbook.getFileName()),
            temp.resolve("out").resolve(workbook.getFileName()),
            Set.of(Outcome.OutputKind.REPORT));
    assertThat(outcome.report()).as(outcome.toString()).isPresent();
    return outcome.report().get();
  }

  private Path reportOf(Scorecard card) throws Exception {
    Path file = temp.resolve("报告.docx");
    try (OutputStream out = Files.newOutputStream(file)) {
      EvaluationReport.write(
          card, Kinds.ALL.of(card.evaluation().kind()).report(), "test", JUNE_2018, out);
    }
    return file;
  }

  private static List<String> poiParagraphs(Path docx) throws Exception {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
  }

  @Test
  void seed001sSummaryNumbersAndSentencesMatchTheSeedThroughPoi() throws Exception {
    Path report = processed(SampleFiles.SEED_001);

    assertThat(report.getFileName().toString()).isEqualTo("2017年合作交流综合信息服务平台建设运维项目.评价报告.docx");
    List<String> paragraphs = poiParagraphs(report);
    assertThat(paragraphs)
        .contains(SEED_FUNDS, SEED_TOTAL.replace("{grade}", "良"))
        .contains("摘　要", "一、项目基本情况", "二、评价结论及主要绩效", "三、存在问题及改进建议");
    assertThat(paragraphs.stream().filter(p -> p.startsWith("1、项目实施方案和过程管理有待进一步完善")))
        .hasSize(2); // in 摘要 and in 存在问题
    try (InputStream in = Files.newInputStream(report);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable levels = doc.getTables().get(0);
      assertThat(levels.getRows()).hasSize(5);
      assertThat(levels.getRow(2).getTableCells().stream().map(c -> c.getText()).toList())
          .containsExactly("B 项目管理", "25", "16.94", "67.76%");
    }
  }

  @Test
  void seed001sSummaryReadsTheSameWithoutPoi() throws Exception {
    DocxXml xml = new DocxXml(processed(SampleFiles.SEED_001));

    assertThat(xml.paragraphs()).contains(SEED_FUNDS, SEED_TOTAL.replace("{grade}", "良"));
    assertThat(xml.paragraphs()).contains("项目绩效得分情况表");
    assertThat(xml.tables().get(0))
        .containsExactly(
            List.of("指标", "满分值", "评价分值", "得分率"),
            List.of("A 项目决策", "10", "9.00", "90%"),
            List.of("B 项目管理", "25", "16.94", "67.76%"),
            List.of("C 项目绩效", "65", "61.18", "94.12%"),
            List.of("合计", "100", "87.12", "87.12%"));
  }

  @Test
  void theWorkbooksOwnGradeNameIsTheOneTheSummarySays() throws Exception {
    Path workbook =
        TestWorkbooks.from(SampleFiles.seed001())
            .grades("优秀", 90, "良好", 80, "合格", 60, "不合格", 0)
            .saveTo(temp.resolve("良好.xlsx"));

    assertThat(new DocxXml(processed(workbook)).paragraphs())
        .contains(SEED_TOTAL.replace("{grade}", "良好"));
  }

  @Test
  void theAppendixListsEveryIndicatorIndentedByLevel() throws Exception {
    Scorecard card = Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow();
    DocxXml xml = new DocxXml(reportOf(card));

    List<List<String>> appendix = xml.tables().get(xml.tables().size() - 1);
    assertThat(appendix.get(0)).containsExactly("指标编码", "指标名称", "满分值", "得分", "得分率");
    assertThat(appendix.subList(1, appendix.size() - 1).stream().map(r -> r.get(0)))
        .containsExactlyElementsOf(card.indicators().stream().map(i -> i.code()).toList());
    assertThat(appendix).contains(List.of("B1.1.2", "预算执行率", "3", "2.94", "98%"));
    assertThat(appendix).contains(List.of("C1.2.1", "故障重复发生率", "5", "5.00", "100%"));
    assertThat(appendix.get(appendix.size() - 1))
        .containsExactly("合计", "", "100", "87.12", "87.12%");
    List<Element> rows = xml.rows(xml.tables().size() - 1);
    assertThat(nameIndent(rows, "A")).isEqualTo("");
    assertThat(nameIndent(rows, "A1")).isEqualTo("210");
    assertThat(nameIndent(rows, "B1.1.2")).isEqualTo("630");
    assertThat(repeatsHeader(rows.get(0))).isTrue();
  }

  private static String nameIndent(List<Element> rows, String code) {
    for (Element row : rows) {
      NodeList cells = row.getElementsByTagNameNS(DocxXml.W, "tc");
      if (DocxXml.text((Element) cells.item(0)).equals(code)) {
        NodeList ind = ((Element) cells.item(1)).getElementsByTagNameNS(DocxXml.W, "ind");
        return ind.getLength() == 0
            ? ""
            : ((Element) ind.item(0)).getAttributeNS(DocxXml.W, "left");
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static boolean repeatsHeader(Element row) {
    return row.getElementsByTagNameNS(DocxXml.W, "tblHeader").getLength() == 1;
  }

  @Test
  void everyTablesHeaderRowRepeatsOnEachPage() throws Exception {
    DocxXml xml =
        new DocxXml(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    for (int t = 0; t < xml.tables().size(); t++) {
      assertThat(repeatsHeader(xml.rows(t).get(0))).as("table %d", t).isTrue();
      assertThat(repeatsHeader(xml.rows(t).get(1))).as("table %d", t).isFalse();
    }
  }

  @Test
  void sectionsUseWordsOwnHeadingStylesWithOutlineLevels() throws Exception {
    Path report = reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow());

    try (InputStream in = Files.newInputStream(report);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFStyle h1 = doc.getStyles().getStyle("Heading1");
      XWPFStyle h2 = doc.getStyles().getStyle("Heading2");
      assertThat(h1.getName()).isEqualTo("heading 1");
      assertThat(h2.getName()).isEqualTo("heading 2");
      assertThat(h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
      assertThat(h2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
      assertThat(h1.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
    }
    List<String> headings1 =
        new DocxXml(report)
            .styledParagraphs().stream()
                .filter(p -> p[0].equals("Heading1"))
                .map(p -> p[1])
                .toList();
    assertThat(headings1)
        .containsExactly("摘　要", "一、基本情况", "二、评价结论和绩效分析", "三、存在问题和改进措施建议", "附件：项目绩效评价得分情况表");
  }

  @Test
  void theTableOfContentsIsAFieldWordUpdatesShowingTheHeadingsUntilThen() throws Exception {
    DocxXml xml =
        new DocxXml(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    NodeList instructions = xml.document.getElementsByTagNameNS(DocxXml.W, "instrText");
    assertThat(instructions.getLength()).isEqualTo(1);
    assertThat(instructions.item(0).getTextContent()).contains("TOC \\o \"1-2\"");
    List<String> entries =
        xml.styledParagraphs().stream()
            .filter(p -> p[0].startsWith("TOC") && !p[1].isEmpty())
            .map(p -> p[1])
            .toList();
    List<String> headings =
        xml.styledParagraphs().stream()
            .filter(p -> p[0].startsWith("Heading"))
            .map(p -> p[1])
            .toList();
    assertThat(entries).hasSize(13).isEqualTo(headings);
    Element update =
        (Element)
            xml.part("word/settings.xml").getElementsByTagNameNS(DocxXml.W, "updateFields").item(0);
    assertThat(update.getAttributeNS(DocxXml.W, "val")).isIn("true", "1", "on");
  }

  @Test
  void bodyFontsFallBackThroughTheFontTable() throws Exception {
    DocxXml xml =
        new DocxXml(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    Element fangsong = font(xml, "仿宋_GB2312");
    assertThat(child(fangsong, "altName")).isEqualTo("仿宋");
    assertThat(child(fangsong, "charset")).isEqualTo("86");
    assertThat(child(font(xml, "黑体"), "charset")).isEqualTo("86");
    Element defaults =
        (Element) xml.part("word/styles.xml").getElementsByTagNameNS(DocxXml.W, "rFonts").item(0);
    assertThat(defaults.getAttributeNS(DocxXml.W, "eastAsia")).isEqualTo("仿宋_GB2312");
  }

  private static Element font(DocxXml xml, String name) throws Exception {
    NodeList fonts = xml.part("word/fontTable.xml").getElementsByTagNameNS(DocxXml.W, "font");
    for (int i = 0; i < fonts.getLength(); i++) {
      Element font = (Element) fonts.item(i);
      if (font.getAttributeNS(DocxXml.W, "name").equals(name)) {
        return font;
      }
    }
    throw new AssertionError("no font " + name);
  }

  private static String child(Element element, String name) {
    return ((Element) element.getElementsByTagNameNS(DocxXml.W, name).item(0))
        .getAttributeNS(DocxXml.W, "val");
  }

  @Test
  void theFooterCarriesAPageNumberField() throws Exception {
    DocxXml xml =
        new DocxXml(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    String footer =
        xml.partNames().stream()
            .filter(n -> n.matches("word/footer\\d*\\.xml"))
            .findFirst()
            .orElseThrow();
    NodeList fields = xml.part(footer).getElementsByTagNameNS(DocxXml.W, "fldSimple");
    assertThat(fields.getLength()).isEqualTo(1);
    assertThat(((Element) fields.item(0)).getAttributeNS(DocxXml.W, "instr").trim())
        .isEqualTo("PAGE");
    NodeList pageSize = xml.document.getElementsByTagNameNS(DocxXml.W, "pgSz");
    assertThat(((Element) pageSize.item(0)).getAttributeNS(DocxXml.W, "w")).isEqualTo("11906");
    assertThat(((Element) pageSize.item(0)).getAttributeNS(DocxXml.W, "h")).isEqualTo("16838");
  }

  @Test
  void theCoverNamesTheProjectAndTheMonthInChineseNumerals() throws Exception {
    List<String> paragraphs =
        poiParagraphs(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    assertThat(paragraphs.subList(0, 20))
        .contains(
            "财政项目支出绩效评价报告",
            "项目名称：2017年合作交流综合信息服务平台建设运维项目",
            "项目单位：上海市人民政府合作交流办公室",
            "主管部门：上海市人民政府合作交流办公室",
            "评价机构：上海科技咨询有限公司",
            "二〇一八年六月");
  }

  @Test
  void theCoverNamesTheClientWhenTheWorkbookGivesOne() throws Exception {
    Path workbook =
        TestWorkbooks.from(SampleFiles.seed001())
            .project("委托单位", "上海市人民政府合作交流办公室")
            .saveTo(temp.resolve("委托.xlsx"));

    assertThat(poiParagraphs(processed(workbook)).subList(0, 20))
        .containsSubsequence("主管部门：上海市人民政府合作交流办公室", "委托单位：上海市人民政府合作交流办公室", "评价机构：上海科技咨询有限公司");
  }

  @Test
  void whatOnlyTheEvaluatorKnowsIsAHighlightedPlaceholder() throws Exception {
    Path report = reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow());

    try (InputStream in = Files.newInputStream(report);
        XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFRun> placeholders =
          doc.getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .filter(r -> r.text().startsWith("【待补充】"))
              .toList();
      assertThat(placeholders.stream().map(XWPFRun::text))
          .anyMatch(t -> t.contains("立项背景"))
          .anyMatch(t -> t.contains("评价方法"))
          .anyMatch(t -> t.contains("数据来源"));
      assertThat(placeholders).allMatch(r -> r.isHighlighted());
    }
  }

  @Test
  void eachLevelOneIndicatorIsAnalysedWithTheLeavesThatLostPoints() throws Exception {
    List<String> paragraphs =
        poiParagraphs(reportOf(Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow()));

    assertThat(paragraphs)
        .contains(
            "1、A 项目决策：满分 10 分，得分 9 分，得分率 90%。",
            "A2.2 绩效指标明确性：满分 2 分，得分 1 分。绩效目标申报表中部分指标不够明确和细化，如运维工作完成率、故障修复时限未设定可考核的目标值。",
            "3、C 项目绩效：满分 65 分，得分 61.18 分，得分率 94.12%。");
  }

  @Test
  void aWorkbookWithErrorsGetsNoReportAndTheOutcomeSaysWhy() throws Exception {
    Path out = temp.resolve("out").resolve("带错误示例.xlsx");
    Outcome outcome =
        Scorebook.process(SampleFiles.WITH_MISTAKES, out, out, Set.of(Outcome.OutputKind.REPORT));

    assertThat(outcome).isInstanceOf(Outcome.HasErrors.class);
    assertThat(outcome.report()).isEmpty();
    assertThat(outcome.omitted())
        .containsExactly(
            new Outcome.Omitted(Outcome.OutputKind.REPORT, "工作簿有 7 个错误，没有总分和等级；改正后重新处理即可生成"));
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("带错误示例.xlsx");
    }
    Scorecard card = outcome.scorecard().orElseThrow();
    assertThatThrownBy(
            () ->
                EvaluationReport.write(
                    card,
                    Kinds.ALL.of(card.evaluation().kind()).report(),
                    "test",
                    JUNE_2018,
                    OutputStream.nullOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedAsTheOutputNotWritten() throws Exception {
    Path out = temp.resolve("out").resolve("x.xlsx");
    Path blocker = Files.createDirectories(out.resolveSibling("x.评价报告.docx"));
    Files.writeString(blocker.resolve("占位.txt"), "挡住同名文件");

    Outcome outcome =
        Scorebook.process(SampleFiles.SEED_001, out, out, Set.of(Outcome.OutputKind.REPORT));

    assertThat(outcome).isInstanceOf(Outcome.NotWritten.class);
    assertThat(outcome.failure().orElseThrow()).contains("x.评价报告.docx");
  }

  @Test
  void inPlaceTheReportGoesBesideTheInput() throws Exception {
    Path input = Files.copy(SampleFiles.SEED_001, temp.resolve("评价.xlsx"));

    Outcome outcome = Scorebook.processInPlace(input, Set.of(Outcome.OutputKind.REPORT));

    assertThat(outcome.report()).contains(temp.resolve("评价.评价报告.docx"));
    assertThat(temp.resolve("评价.评价报告.docx")).isRegularFile();
  }

  @Test
  void noReportIsWrittenUnlessAskedFor() throws Exception {
    Path out = temp.resolve("out").resolve("x.xlsx");
    Outcome outcome = Scorebook.process(SampleFiles.SEED_001, out);

    assertThat(outcome.report()).isEmpty();
    assertThat(outcome.omitted()).isEmpty();
    assertThat(out.resolveSibling("x.评价报告.docx")).doesNotExist();
  }

  @Test
  void aSelfEvaluationFormGetsTheSelfEvaluationTitleAndItsOwnProblems() throws Exception {
    Path form = SelfEvaluationForms.form().saveTo(temp.resolve("自评表.xlsx"));

    List<String> paragraphs = poiParagraphs(processed(form));

    assertThat(paragraphs).contains("项目支出绩效自评报告").doesNotContain("财政项目支出绩效评价报告");
    assertThat(paragraphs)
        .anyMatch(p -> p.startsWith("该项目总体得分为 96.16 分。项目支出绩效自评等级为优。其中，产出指标满分为 50 分，项目得分为 47.5 分"));
    assertThat(paragraphs).anyMatch(p -> p.startsWith("1、平均故障修复时间："));
  }
}
