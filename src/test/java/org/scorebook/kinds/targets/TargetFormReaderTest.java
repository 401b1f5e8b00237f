package org.scorebook.kinds.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.targets.TargetForm.Amount;
import org.scorebook.kinds.targets.TargetForm.Field;
import org.scorebook.kinds.targets.TargetForm.Row;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Text;
import org.scorebook.read.CellGrid;
import org.scorebook.read.KindReaders;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalBuilder;

/**
 * Target declarations are recognised in any sheet and read field by field, each value with its
 * cell, in the national layout (中期 and 年度 halves) and the local one (fixed 二级 rows, 指标解释, a
 * footnote), from .xlsx and .xls; the budget year's later forms are left alone.
 */
class TargetFormReaderTest {
  private static final String SOURCE = "申报表.xlsx";
  private final TargetFormReader reader = new TargetFormReader();

  @TempDir Path dir;

  private List<Evaluation> readAll(Workbook workbook) throws Exception {
    try (workbook) {
      return reader.readAll(CellGrid.of(workbook), SOURCE);
    }
  }

  private Evaluation readOne(Workbook workbook) throws Exception {
    List<Evaluation> read = readAll(workbook);
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  private static TargetForm form(Evaluation evaluation) {
    return (TargetForm) evaluation.details().orElseThrow();
  }

  private static void assertField(Field field, String text, String a1) {
    assertThat(field.text()).isEqualTo(text);
    assertThat(field.cell().a1()).isEqualTo(a1);
  }

  private static void assertAmount(Optional<Amount> amount, String text, Double value, String a1) {
    assertThat(amount).isPresent();
    assertThat(amount.get().text()).isEqualTo(text);
    assertThat(amount.get().value()).isEqualTo(Optional.ofNullable(value));
    assertThat(amount.get().cell().a1()).isEqualTo(a1);
  }

  private static void assertRow(
      Row row, String first, String second, String third, String value, String... cells) {
    assertField(row.first(), first, cells[0]);
    assertField(row.second(), second, cells[1]);
    assertField(row.third(), third, cells[2]);
    assertField(row.value(), value, cells[3]);
  }

  // The national layout

  @Test
  void theNationalFormsHeaderIsReadByItsSpacedOutLabels() throws Exception {
    Evaluation evaluation = readOne(TargetForms.national().build());
    TargetForm form = form(evaluation);

    assertThat(form.layout()).isEqualTo(TargetForm.Layout.NATIONAL);
    assertThat(form.sheetName()).isEqualTo("项目支出绩效目标申报表");
    assertThat(form.fields().keySet()).containsExactly("项目名称", "主管部门及代码", "实施单位", "项目属性", "项目周期");
    assertThat(form.fields().get("项目名称").label()).isEqualTo("项 目 名 称");
    assertField(form.fields().get("项目名称"), "高校思想政治工作能力提升", "C3");
    assertField(form.fields().get("主管部门及代码"), "[105]教育部", "C4");
    assertField(form.fields().get("实施单位"), "教育部思想政治工作司", "G4");
    assertField(form.fields().get("项目属性"), "延续项目", "C5");
    assertField(form.fields().get("项目周期"), "3年", "G5");
    assertThat(form.year()).hasValue(2020);
    assertField(form.midTermGoal().orElseThrow(), "三年内建成覆盖全国高校的思想政治工作培训体系。", "B11");
    assertField(form.yearGoal(), "全年培训高校辅导员 5000 人次，培训满意度不低于 90%。", "E11");
  }

  @Test
  void theNationalFormsTwoFundHalvesAreReadWithTheirIndentedParts() throws Exception {
    TargetForm form = form(readOne(TargetForms.national().build()));

    TargetForm.Amounts year = form.yearAmounts();
    assertAmount(year.total(), "1000", 1000.0, "G6");
    assertAmount(year.fiscal(), "900", 900.0, "G7");
    assertAmount(year.carriedOver(), "100", 100.0, "G8");
    assertAmount(year.other(), "0", 0.0, "G9");
    assertThat(year.unitLabel()).isEqualTo("万元");
    TargetForm.Amounts midTerm = form.midTermAmounts().orElseThrow();
    assertAmount(midTerm.total(), "3000", 3000.0, "D6");
    assertAmount(midTerm.fiscal(), "2800", 2800.0, "D7");
    assertAmount(midTerm.carriedOver(), "200", 200.0, "D8");
    assertAmount(midTerm.other(), "0", 0.0, "D9");
    assertThat(midTerm.unitLabel()).isEqualTo("万元");
  }

  @Test
  void theNationalGridIsReadFromItsYearHalfWithMergedNamesFilledDown() throws Exception {
    TargetForm form = form(readOne(TargetForms.national().build()));

    assertThat(form.hasExplanations()).isFalse();
    assertThat(form.tableHeader().a1()).isEqualTo("A12");
    assertThat(form.rows()).hasSize(6);
    assertRow(form.rows().get(0), "产出指标", "数量指标", "培训辅导员人次", "≥5000人次", "A14", "E14", "F14", "H14");
    assertRow(
        form.rows().get(2), "产出指标", "时效指标", "培训完成时间", "2020年11月底前", "A14", "E16", "F16", "H16");
    assertRow(form.rows().get(3), "产出指标", "成本指标", "年度培训成本", "≤1000万元", "A14", "E17", "F17", "H17");
    assertRow(form.rows().get(4), "效益指标", "社会效益指标", "辅导员履职能力", "显著提升", "A18", "E18", "F18", "H18");
    assertRow(
        form.rows().get(5), "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "A19", "E19", "F19", "H19");
    assertThat(form.rows()).extracting(Row::row).containsExactly(13, 14, 15, 16, 17, 18);
    assertThat(form.rows()).allMatch(row -> row.explanation().isEmpty());
  }

  @Test
  void aNationalFormWithOnlyItsYearHalfIsReadFromThatHalf() throws Exception {
    TargetForm form = form(readOne(TargetForms.national().yearOnly().build()));

    assertField(form.yearGoal(), "全年培训高校辅导员 5000 人次，培训满意度不低于 90%。", "B11");
    assertThat(form.midTermGoal()).isEmpty();
    assertThat(form.rows()).hasSize(6);
    assertRow(form.rows().get(0), "产出指标", "数量指标", "培训辅导员人次", "≥5000人次", "A14", "B14", "C14", "E14");
    assertRow(
        form.rows().get(5), "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "A19", "B19", "C19", "E19");
  }

  @Test
  void theNationalFormGivesTheSharedModelItsProjectAndTheYearsAmount() throws Exception {
    Evaluation evaluation = readOne(TargetForms.national().build());
    ProjectInfo project = evaluation.project();

    assertThat(evaluation.kind()).isEqualTo(TargetDeclaration.IDENTITY);
    assertThat(evaluation.kind().displayName()).isEqualTo("绩效目标申报表");
    assertThat(evaluation.kind().shortName()).isEqualTo("申报表");
    assertThat(evaluation.source()).isEqualTo(SOURCE);
    assertThat(project.sheetName()).isEqualTo("项目支出绩效目标申报表");
    assertThat(project.name()).isEqualTo("高校思想政治工作能力提升");
    assertThat(project.field(ProjectInfo.UNIT)).isEqualTo("教育部思想政治工作司");
    assertThat(project.field(ProjectInfo.DEPARTMENT)).isEqualTo("[105]教育部");
    assertThat(project.cellOf(ProjectInfo.NAME).a1()).isEqualTo("C3");
    assertThat(project.cellOf(ProjectInfo.UNIT).a1()).isEqualTo("G4");
    assertThat(project.cellOf(ProjectInfo.DEPARTMENT).a1()).isEqualTo("C4");
    assertThat(project.cellOf(ProjectInfo.BUDGET).a1()).isEqualTo("G6");
    assertThat(project.budget()).isEqualTo(NumberReading.of(1000));
    assertThat(project.spending()).isEqualTo(NumberReading.BLANK);
    assertThat(evaluation.parameters()).isEmpty();
    assertThat(evaluation.indicators().sheetName()).isEqualTo("项目支出绩效目标申报表");
    assertThat(evaluation.indicators().headerRow()).isEqualTo(12);
    assertThat(evaluation.indicators().rows()).isEmpty();
    assertThat(evaluation.findings()).isEqualTo(Findings.NONE);
    assertThat(evaluation.readMessages()).isEmpty();
  }

  // The local layout

  @Test
  void theLocalFormsLabelValuePairsAreReadInTheFormsOrder() throws Exception {
    TargetForm form = form(readOne(TargetForms.local().build()));

    assertThat(form.layout()).isEqualTo(TargetForm.Layout.LOCAL);
    assertThat(form.fields().keySet())
        .containsExactly(
            "项目编码", "项目名称", "申请单位", "一级预算单位", "实施期限", "项目类型", "是否新增项目", "分配方式", "政策依据", "测算依据");
    assertField(form.fields().get("项目编码"), "31011223000012", "B3");
    assertField(form.fields().get("项目名称"), "政府购买服务（社区养老护理员培训）", "D3");
    assertField(form.fields().get("申请单位"), "区民政局", "B4");
    assertField(form.fields().get("一级预算单位"), "区民政局", "D4");
    assertField(form.fields().get("实施期限"), "2023年1月-2023年12月", "B5");
    assertField(form.fields().get("项目类型"), "经常性项目", "D5");
    assertField(form.fields().get("是否新增项目"), "否", "B6");
    assertField(form.fields().get("分配方式"), "政府购买服务", "D6");
    assertField(form.fields().get("政策依据"), "《关于加快发展养老服务业的实施意见》", "B8");
    assertField(form.fields().get("测算依据"), "培训 10 场 × 4.814 万元", "B9");
    assertThat(form.year()).hasValue(2023);
    assertField(form.yearGoal(), "全年培训社区养老护理员 500 人次，合格率不低于 95%。", "B10");
    assertField(form.midTermGoal().orElseThrow(), "三年内社区养老护理员全部持证上岗。", "B11");
    assertAmount(form.yearAmounts().total(), "48.14", 48.14, "D7");
    assertThat(form.yearAmounts().fiscal()).isEmpty();
    assertThat(form.yearAmounts().unitLabel()).isEqualTo("万元");
    assertAmount(form.midTermAmounts().orElseThrow().total(), "144.42", 144.42, "B7");
    assertThat(form.midTermAmounts().orElseThrow().unitLabel()).isEqualTo("万元");
  }

  @Test
  void theLocalGridKeepsItsFixedRowsAndNotApplicableRowsAndStopsAtTheFootnote() throws Exception {
    LocalBuilder builder = TargetForms.local();
    TargetForm form = form(readOne(builder.build()));

    assertThat(form.hasExplanations()).isTrue();
    assertThat(form.tableHeader().a1()).isEqualTo("A12");
    assertThat(form.rows()).hasSize(11);
    assertThat(form.rows())
        .extracting(row -> row.second().text())
        .containsExactly(
            "数量", "数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度", "其他满意度");
    Row second = form.rows().get(1);
    assertRow(second, "产出", "数量", "培训场次", "≥10场", "A13", "B13", "C14", "D14");
    assertField(second.explanation().orElseThrow(), "全年组织培训的场次", "E14");
    Row notApplicable = form.rows().get(5);
    assertRow(notApplicable, "效益", "经济效益", "不适用", "不适用", "A18", "B18", "C18", "D18");
    assertField(notApplicable.explanation().orElseThrow(), "", "E18");
    Row last = form.rows().get(10);
    assertThat(last.row()).isEqualTo(builder.footnoteRow() - 1);
    assertRow(last, "满意度", "其他满意度", "不适用", "不适用", "A22", "B23", "C23", "D23");
  }

  @Test
  void theLocalFormGivesTheSharedModelItsApplicantAndFirstLevelUnit() throws Exception {
    Evaluation evaluation = readOne(TargetForms.local().build());

    assertThat(evaluation.project().name()).isEqualTo("政府购买服务（社区养老护理员培训）");
    assertThat(evaluation.project().field(ProjectInfo.UNIT)).isEqualTo("区民政局");
    assertThat(evaluation.project().cellOf(ProjectInfo.UNIT).a1()).isEqualTo("B4");
    assertThat(evaluation.project().cellOf(ProjectInfo.DEPARTMENT).a1()).isEqualTo("D4");
    assertThat(evaluation.project().cellOf(ProjectInfo.BUDGET).a1()).isEqualTo("D7");
    assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(48.14));
    assertThat(evaluation.indicators().headerRow()).isEqualTo(LocalBuilder.HEADER_ROW);
  }

  @Test
  void amountsTypedAsTextKeepTheirTextAndTheNumberInThem() throws Exception {
    TargetForm form = form(readOne(TargetForms.local().amounts("待定", "10185500").build()));

    assertAmount(form.yearAmounts().total(), "10185500", 10185500.0, "D7");
    assertAmount(form.midTermAmounts().orElseThrow().total(), "待定", null, "B7");
  }

  @Test
  void anAmountLabelledInYuanGivesItsUnitAndABudgetInWanYuan() throws Exception {
    Evaluation evaluation =
        readOne(TargetForms.local().yearAmountLabel("本年度项目金额（元）").amounts(null, 481400).build());

    TargetForm form = form(evaluation);
    assertThat(form.yearAmounts().unitLabel()).isEqualTo("元");
    assertAmount(form.yearAmounts().total(), "481400", 481400.0, "D7");
    assertAmount(form.midTermAmounts().orElseThrow().total(), "", null, "B7");
    assertThat(evaluation.project().budget()).isEqualTo(NumberReading.of(48.14));
  }

  // Several forms, blank forms, other formats

  @Test
  void everyFormOfAWorkbookIsAProjectAndABlankOneIsNamedInANote() throws Exception {
    List<Evaluation> projects =
        readAll(
            TargetForms.build(
                false,
                List.of(
                    TargetForms.local().sheetName("1.政府购买服务（社区养老）").projectName("社区养老"),
                    TargetForms.local().sheetName("2.政府购买服务（居家养老）").projectName("居家养老"),
                    TargetForms.blankLocal().sheetName("3.空白"),
                    TargetForms.local().sheetName("4.政府购买服务（助餐）").projectName("老年助餐"))));

    assertThat(projects)
        .extracting(e -> e.project().name())
        .containsExactly("社区养老", "居家养老", "老年助餐");
    assertThat(projects)
        .extracting(e -> form(e).sheetName())
        .containsExactly("1.政府购买服务（社区养老）", "2.政府购买服务（居家养老）", "4.政府购买服务（助餐）");
    assertThat(projects.get(0).readMessages())
        .containsExactly(
            Message.warning(
                CellRef.sheet("3.空白"), "", Text.get("targets.read.blankSheet", "3.空白")));
    assertThat(projects.get(1).readMessages()).isEmpty();
  }

  @Test
  void aWorkbookOfBlankFormsOnlyCannotBeRead() throws Exception {
    Workbook workbook = TargetForms.build(false, List.of(TargetForms.blankLocal()));

    assertThat(reader.recognises(CellGrid.of(workbook))).isTrue();
    assertThatThrownBy(() -> readAll(workbook))
        .isInstanceOf(UnreadableWorkbookException.class)
        .hasMessage(Text.get("targets.read.empty"));
  }

  @Test
  void anXlsCopyReadsAsTheXlsxDoes() throws Exception {
    assertThat(form(readOne(TargetForms.local().buildXls())))
        .isEqualTo(form(readOne(TargetForms.local().build())));
    assertThat(form(readOne(TargetForms.national().buildXls())))
        .isEqualTo(form(readOne(TargetForms.national().build())));
  }

  @Test
  void savedFilesReadAsTheWorkbooksInMemoryDo() throws Exception {
    List<TargetForms.Form> forms =
        List.of(
            TargetForms.local().sheetName("1.政府购买服务（社区养老）"),
            TargetForms.national().sheetName("2.中央项目"));
    List<TargetForm> inMemory =
        readAll(TargetForms.build(false, forms)).stream().map(e -> form(e)).toList();
    KindReaders only = new KindReaders(List.of(reader), reader);

    for (String name : List.of("申报表.xlsx", "申报表.xls")) {
      Path file = TargetForms.saveAll(dir.resolve(name), forms);
      assertThat(WorkbookReader.readAll(file, only))
          .extracting(TargetFormReaderTest::form)
          .containsExactlyElementsOf(inMemory);
    }
  }

  // Recognising

  @Test
  void aFormIsRecognisedByItsTitleOrByItsGridHeader() throws Exception {
    try (Workbook titled = TargetForms.national().title("项目支出绩效目标申报表").build();
        Workbook untitled = TargetForms.local().title(null).yearLine(null).build()) {
      assertThat(reader.recognises(CellGrid.of(titled))).isTrue();
      assertThat(reader.recognises(CellGrid.of(untitled))).isTrue();
    }
    assertThat(form(readOne(TargetForms.local().title(null).yearLine(null).build())).year())
        .isEmpty();
  }

  @Test
  void theSelfEvaluationAndTheMonitoringFormsAreNotDeclarations() throws Exception {
    try (Workbook selfEvaluation = SelfEvaluationForms.form().build();
        Workbook untitled = SelfEvaluationForms.form().title(null).build();
        Workbook monitoring =
            TargetForms.build(false, List.of(TargetForms.monitoringSheet("监控表")))) {
      assertThat(reader.recognises(CellGrid.of(selfEvaluation))).isFalse();
      assertThat(reader.recognises(CellGrid.of(untitled))).isFalse();
      assertThat(reader.recognises(CellGrid.of(monitoring))).isFalse();
    }
  }

  @Test
  void aSelfEvaluationFormBesideADeclarationIsNamedInANoteAndNotRead() throws Exception {
    Workbook workbook = TargetForms.build(false, List.of(TargetForms.local().sheetName("申报表")));
    SelfEvaluationForms.form().sheetName("自评表").fillInto(workbook);

    List<Evaluation> projects = readAll(workbook);

    assertThat(projects).hasSize(1);
    assertThat(projects.get(0).readMessages())
        .containsExactly(
            Message.warning(CellRef.sheet("自评表"), "", Text.get("targets.read.otherForms", "自评表")));
  }
}
