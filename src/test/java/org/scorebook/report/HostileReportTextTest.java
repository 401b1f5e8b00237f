package org.scorebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.samples.SampleFiles;
import org.scorebook.score.Scorer;

/**
 * Whatever a workbook's cells hold (control characters, 32,767 characters, RTL marks and overrides,
 * surrogate halves), the report opens in POI and its XML is well-formed.
 */
class HostileReportTextTest {
  static final String HOSTILE =
      "项目\u0000名称\u0001\u0008\u000B\u001F\u007F\u0085\u200F\u202E反转\u2066\uD83D尾\uDE00\uFFFF😀<&>\"'";

  @TempDir Path temp;

  @Test
  void hostileTextFromTheWorkbookCannotBreakTheDocument() throws Exception {
    Scorecard sample = Scorebook.score(SampleFiles.SEED_001).scorecard().orElseThrow();
    Evaluation e = sample.evaluation();
    Map<String, String> fields = new HashMap<>(e.project().fields());
    fields.put(ProjectInfo.NAME, HOSTILE);
    fields.put(ProjectInfo.UNIT, "长".repeat(32_767));
    fields.put(ProjectInfo.EVALUATOR, "\u202Bשלום\u202C 机构");
    ProjectInfo project =
        new ProjectInfo(
            e.project().sheetName(),
            fields,
            e.project().cells(),
            e.project().budget(),
            e.project().spending(),
            e.project().emails());
    Findings findings =
        new Findings(
            Map.of(
                Findings.ACHIEVEMENTS,
                HOSTILE + "\r\n第二行\r第三行",
                Findings.PROBLEMS,
                "问".repeat(32_767),
                Findings.SUGGESTIONS,
                "\uDBFF"));
    Evaluation hostile =
        new Evaluation(
            e.kind(),
            HOSTILE,
            project,
            e.parameters(),
            e.indicators(),
            e.grades(),
            findings,
            e.readMessages(),
            e.scoredBefore(),
            e.details());
    Scorecard card = Scorer.score(hostile);
    assertThat(card.hasErrors()).isFalse();
    Path file = temp.resolve("hostile.docx");
    try (OutputStream out = Files.newOutputStream(file)) {
      EvaluationReport.write(
          card,
          Kinds.ALL.of(card.evaluation().kind()).report(),
          "test",
          EvaluationReportTest.JUNE_2018,
          out);
    }

    List<String> poi;
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      poi = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
    DocxXml xml = new DocxXml(file); // the JDK's parser rejects XML that is not well-formed
    for (List<String> paragraphs : List.of(poi, xml.paragraphs())) {
      assertThat(paragraphs).contains("项目名称：项目名称反转尾😀<&>\"'");
      assertThat(paragraphs).contains("评价机构：שלום 机构");
      assertThat(paragraphs).contains("1、项目名称反转尾😀<&>\"'", "2、第二行", "3、第三行");
      assertThat(paragraphs)
          .anyMatch(p -> p.startsWith("项目单位：长长") && p.endsWith("长…"))
          .allMatch(p -> p.length() < ReportText.MAX_LENGTH + 20);
    }
  }
}
