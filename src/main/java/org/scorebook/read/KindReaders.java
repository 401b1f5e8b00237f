package org.scorebook.read;

import java.util.List;
import java.util.Objects;

/**
 * The readers of the kinds Scorebook knows, in the order they are asked whether a workbook is
 * theirs, and the reader of a workbook none of them recognises (contract v1's, so that such a
 * workbook gets the reasons users of the template expect).
 */
public record KindReaders(List<KindReader> inOrder, KindReader otherwise) {

  public KindReaders {
    inOrder = List.copyOf(inOrder);
    Objects.requireNonNull(otherwise, "otherwise");
  }

  /** The first reader that recognises {@code grid}, or {@link #otherwise()}. */
  KindReader readerFor(CellGrid grid) {
    return inOrder.stream().filter(kind -> kind.recognises(grid)).findFirst().orElse(otherwise);
  }
}
