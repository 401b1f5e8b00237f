package org.scorebook.kinds;

import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;
import org.scorebook.read.SelfEvaluationReader;

/** The national project self-evaluation form (项目支出绩效自评表), found in any sheet of a workbook. */
record SelfEvaluationKind(WorkbookKind identity, KindReader reader) implements Kind {
  SelfEvaluationKind() {
    this(WorkbookKind.SELF_EVALUATION, new SelfEvaluationReader());
  }
}
