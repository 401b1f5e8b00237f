package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.kinds.contract.ContractV1Reader;
import org.scorebook.kinds.selfevaluation.SelfEvaluation;
import org.scorebook.kinds.selfevaluation.SelfEvaluationReader;
import org.scorebook.kinds.tally.TallyReader;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.WorkbookKind;
import org.scorebook.score.Scorer;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.TestWorkbooks;

/**
 * Each kind of workbook is read by its own reader into the same model, which the scorer scores by
 * the kind's profile.
 */
class WorkbookKindsTest {
  private static final KindReader CONTRACT_V1 = new ContractV1Reader();
  private static final KindReaders WITH_TALLY =
      new KindReaders(List.of(new TallyReader(), CONTRACT_V1), CONTRACT_V1);

  private static List<Path> shippedWorkbooks() throws IOException {
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      return Stream.concat(
              Stream.of(Path.of("workbook-templates", TemplateWriter.FILE_NAME)), samples.sorted())
          .toList();
    }
  }

  @Test
  void eachShippedWorkbookIsRecognisedByExactlyItsOwnKind() throws Exception {
    List<Path> files = shippedWorkbooks();
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path file : files) {
      boolean form = file.getFileName().toString().contains("自评表");
      try (OpenedWorkbook opened = WorkbookReader.open(file, Kinds.ALL.readers())) {
        assertThat(new ContractV1Reader().recognises(CellGrid.of(opened.workbook())))
            .as(file.toString())
            .isEqualTo(!form);
        assertThat(new SelfEvaluationReader().recognises(CellGrid.of(opened.workbook())))
            .as(file.toString())
            .isEqualTo(form);
        assertThat(new TallyReader().recognises(CellGrid.of(opened.workbook())))
            .as(file.toString())
            .isFalse();
        assertThat(opened.evaluation().kind())
            .as(file.toString())
            .isEqualTo(form ? SelfEvaluation.IDENTITY : WorkbookKind.CONTRACT_V1);
      }
    }
  }

  @Test
  void aContractV1WorkbookIsReadAsV1WhenAnotherKindIsAskedFirst() throws Exception {
    try (XSSFWorkbook workbook =
        TestWorkbooks.evaluation()
            .project("项目名称", "测试")
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 100)
            .manual(100)
            .build()) {
      Evaluation evaluation = WorkbookReader.read(workbook, "t.xlsx", WITH_TALLY);
      assertThat(evaluation.kind()).isEqualTo(WorkbookKind.CONTRACT_V1);
      assertThat(Scorer.score(evaluation).total()).hasValue(100.0);
    }
  }

  @Test
  void aWorkbookNoKindRecognisesGetsContractV1sReason() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Sheet1");
      assertThatThrownBy(() -> WorkbookReader.read(workbook, "t.xlsx", WITH_TALLY))
          .isInstanceOf(UnreadableWorkbookException.class)
          .hasMessage(
              "缺少工作表「指标评分」（现有工作表：Sheet1），也没有找到项目支出绩效自评表。"
                  + "请用 scorebook template 生成的模板（或 scorebook template --kind 自评表 生成的自评表）填写");
    }
  }

  @Test
  void anotherKindPluggedInIsReadIntoTheSameModelAndScoredByItsProfile() throws Exception {
    try (Workbook workbook = tally(new Object[] {"产出", 6, 5}, new Object[] {"满意度", 4, 3.5})) {
      Evaluation evaluation = WorkbookReader.read(workbook, "打分.xlsx", WITH_TALLY);
      Scorecard card = Scorer.score(evaluation);

      assertThat(evaluation.kind()).isEqualTo(TallyReader.KIND);
      assertThat(card.indicators())
          .extracting(ScoredIndicator::code, ScoredIndicator::name, ScoredIndicator::full)
          .containsExactly(tuple("A", "产出", 6.0), tuple("B", "满意度", 4.0));
      assertThat(card.projectName()).isEqualTo("演示项目");
      assertThat(card.messages()).as("out of 10, and no reason asked for a deduction").isEmpty();
      assertThat(card.total()).hasValue(8.5);
      assertThat(card.grade()).hasValue("合格");
    }
  }

  @Test
  void anotherKindsRulesReportAtItsOwnCells() throws Exception {
    try (Workbook workbook = tally(new Object[] {"产出", 6, 5}, new Object[] {"满意度", 6, 7})) {
      Scorecard card = Scorer.score(WorkbookReader.read(workbook, "打分.xlsx", WITH_TALLY));

      assertThat(card.total()).isEmpty();
      assertThat(card.messages())
          .extracting(m -> m.where() + " " + m.text())
          .containsExactly(
              "打分表!B2 一级指标分值合计为 12，应为 10", "打分表!C4 人工得分 7.00 超出 0 至 6 的范围，请填写 0 到分值之间的得分");
    }
  }

  /**
   * A 打分表 workbook: project name, header, then one row of name, full score and score per indicator.
   */
  private static Workbook tally(Object[]... indicators) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet(TallyReader.SHEET);
    put(sheet.createRow(0), "项目名称", "演示项目");
    put(sheet.createRow(1), "指标", "分值", "得分");
    for (int i = 0; i < indicators.length; i++) {
      put(sheet.createRow(2 + i), indicators[i]);
    }
    return workbook;
  }

  private static void put(Row row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else {
        row.createCell(c).setCellValue(String.valueOf(values[c]));
      }
    }
  }
}
