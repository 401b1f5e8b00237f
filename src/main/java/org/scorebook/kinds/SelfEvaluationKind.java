package org.scorebook.kinds;

import java.util.List;
import java.util.Optional;
import org.scorebook.kinds.selfevaluation.FormFromTargets;
import org.scorebook.kinds.selfevaluation.FormReportSections;
import org.scorebook.kinds.selfevaluation.SelfEvaluation;
import org.scorebook.kinds.selfevaluation.SelfEvaluationReader;
import org.scorebook.kinds.selfevaluation.SelfEvaluationTemplate;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;
import org.scorebook.report.ReportSections;
import org.scorebook.template.TemplateKind;

/** The national project self-evaluation form (项目支出绩效自评表), found in any sheet of a workbook. */
final class SelfEvaluationKind implements Kind {
  private static final KindReader READER = new SelfEvaluationReader();
  private static final TemplateKind TEMPLATE =
      new TemplateKind(
          SelfEvaluationTemplate.FILE_NAME,
          List.of("自评表", "self-evaluation"),
          SelfEvaluationTemplate::write,
          Optional.of(new FormFromTargets()));
  private static final ReportSections REPORT = new FormReportSections();

  @Override
  public WorkbookKind identity() {
    return SelfEvaluation.IDENTITY;
  }

  @Override
  public KindReader reader() {
    return READER;
  }

  @Override
  public Optional<TemplateKind> template() {
    return Optional.of(TEMPLATE);
  }

  @Override
  public ReportSections report() {
    return REPORT;
  }
}
