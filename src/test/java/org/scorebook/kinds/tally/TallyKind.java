package org.scorebook.kinds.tally;

import org.scorebook.kinds.Kind;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;

/**
 * A kind that exists only in tests, in a package of its own: the one-sheet 打分表 of {@link
 * TallyReader}. It is what adding a kind takes: this package and one line in a list of kinds.
 */
public record TallyKind() implements Kind.Added {

  @Override
  public WorkbookKind identity() {
    return TallyReader.KIND;
  }

  @Override
  public KindReader reader() {
    return new TallyReader();
  }
}
