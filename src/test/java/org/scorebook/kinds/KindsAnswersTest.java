package org.scorebook.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.aids.AidsChoices;
import org.scorebook.aids.ScoredAids;
import org.scorebook.model.Evaluation;
import org.scorebook.read.WorkbookReader;
import org.scorebook.report.ReportSections;
import org.scorebook.samples.SampleFiles;

/**
 * Each kind answers for itself what the generic packages ask: its aids, its report's sections and
 * its blank workbook; the writers that still look the aids up by kind get the same.
 */
class KindsAnswersTest {

  private static Evaluation read(Path file) throws Exception {
    return WorkbookReader.read(file, Kinds.ALL.readers());
  }

  @Test
  void aContractWorkbookGetsTheAidsOfOwnColumnsAndTheStandardReport() throws Exception {
    Evaluation evaluation = read(SampleFiles.SEED_001);
    Kind kind = Kinds.ALL.of(evaluation.kind());

    assertThat(AidsChoices.of(evaluation)).isEqualTo(AidsChoices.OWN_COLUMNS);
    assertThat(ScoredAids.projectFields(evaluation)).isPresent();
    assertThat(kind.report()).isSameAs(ReportSections.STANDARD);
  }

  @Test
  void aSelfEvaluationFormGetsThePrintedFormsAidsAndItsOwnReport() throws Exception {
    Evaluation evaluation = read(SampleFiles.SELF_EVALUATION);
    Kind kind = Kinds.ALL.of(evaluation.kind());

    assertThat(AidsChoices.of(evaluation)).isEqualTo(AidsChoices.PRINTED_FORM);
    assertThat(ScoredAids.projectFields(evaluation)).isEmpty();
    assertThat(kind.report().namesByCode()).isFalse();
    assertThat(evaluation.details()).isPresent();
  }

  @Test
  void theBlankWorkbooksAreTheKindsInTheirOrderTheContractTemplateFirst() {
    assertThat(Kinds.ALL.templates().inOrder())
        .extracting(template -> template.words().get(0))
        .containsExactly("模板", "自评表");
    assertThat(Kinds.ALL.templates().first().words()).contains("contract-v1");
    assertThat(Kinds.ALL.templates().named("SELF-EVALUATION").map(t -> t.words().get(0)))
        .isEqualTo(Optional.of("自评表"));
  }
}
