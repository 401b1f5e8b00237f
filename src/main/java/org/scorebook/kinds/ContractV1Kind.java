package org.scorebook.kinds;

import java.util.List;
import java.util.Optional;
import org.scorebook.kinds.contract.ContractV1Reader;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;
import org.scorebook.template.TemplateKind;
import org.scorebook.template.TemplateWriter;

/** The workbook of the evaluation contract, version 1: the template Scorebook writes. */
final class ContractV1Kind implements Kind {
  private static final KindReader READER = new ContractV1Reader();
  private static final TemplateKind TEMPLATE =
      new TemplateKind(
          TemplateWriter.FILE_NAME, List.of("模板", "contract-v1"), TemplateWriter::writeBlank);

  @Override
  public WorkbookKind identity() {
    return WorkbookKind.CONTRACT_V1;
  }

  @Override
  public KindReader reader() {
    return READER;
  }

  @Override
  public Optional<TemplateKind> template() {
    return Optional.of(TEMPLATE);
  }
}
