package org.scorebook.kinds.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.targets.TargetForm;
import org.scorebook.template.FromDeclaration;
import org.scorebook.testing.TargetForms;

/** The forms written from a declaration: the split of 分值, the file names, the rows carried. */
class FormFromTargetsTest {
  @TempDir Path folder;

  @Test
  void pointsSplitEvenlyToTwoDecimalsAndTheLastRowTakesTheRemainder() {
    assertThat(FormFromTargets.split(50, 7))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("7.14", "7.14", "7.14", "7.14", "7.14", "7.14", "7.16");
    assertThat(FormFromTargets.split(30, 3))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("10.00", "10.00", "10.00");
    assertThat(FormFromTargets.split(10, 3))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("3.33", "3.33", "3.34");
    assertThat(FormFromTargets.split(50, 6).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("50");
  }

  @Test
  void projectNamesBecomeSafeDistinctFileNames() {
    assertThat(FormFromTargets.fileStem(" 政府购买服务\n（社区/养老:护理*员）. ")).isEqualTo("政府购买服务（社区_养老_护理_员）");
    assertThat(FormFromTargets.fileStem("..")).isEmpty();
  }

  @Test
  void anOldFormatDeclarationIsReadLikeTheNewOne() throws FromDeclaration.NotWritten {
    List<TargetForms.Form> forms =
        List.of(TargetForms.national().sheetName("甲"), TargetForms.local().sheetName("乙"));
    Path xlsx = TargetForms.saveAll(folder.resolve("申报表.xlsx"), forms);
    Path xls = TargetForms.saveAll(folder.resolve("申报表.xls"), forms);

    List<FormContent> fromXlsx =
        FormFromTargets.read(xlsx).stream().map(FormFromTargets::content).toList();
    List<FormContent> fromXls =
        FormFromTargets.read(xls).stream().map(FormFromTargets::content).toList();

    assertThat(fromXlsx).hasSize(2).isEqualTo(fromXls);
  }

  @Test
  void rowsThatDoNotApplyAreLeftOutAndTheNamesStayAsDeclared() throws FromDeclaration.NotWritten {
    Path file = TargetForms.saveAll(folder.resolve("申报表.xlsx"), List.of(TargetForms.local()));
    TargetForm form = FormFromTargets.read(file).get(0);

    FormContent content = FormFromTargets.content(form);

    assertThat(content.levels())
        .extracting(FormContent.FirstLevel::name)
        .containsExactly("产出", "效益", "满意度");
    assertThat(content.levels().get(1).children())
        .extracting(FormContent.SecondLevel::name)
        .containsExactly("社会效益", "可持续影响");
    assertThat(content.leafCount()).isEqualTo(8);
    assertThat(content.levels().get(2).children().get(0).leaves().get(0).full())
        .hasValueSatisfying(full -> assertThat(full).isEqualByComparingTo("10"));
  }
}
