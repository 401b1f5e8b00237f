package org.scorebook.kinds;

import org.scorebook.model.WorkbookKind;
import org.scorebook.read.ContractV1Reader;
import org.scorebook.read.KindReader;

/** The workbook of the evaluation contract, version 1: the template Scorebook writes. */
record ContractV1Kind(WorkbookKind identity, KindReader reader) implements Kind {
  ContractV1Kind() {
    this(WorkbookKind.CONTRACT_V1, new ContractV1Reader());
  }
}
