package org.scorebook.write;

import java.util.List;
import java.util.Optional;

/** The sheets of one workbook that results and marks may be written into. */
public interface EditedSheets {
  /** The sheet named {@code name}, or else the one whose name matches it after trimming spaces. */
  Optional<EditedSheet> find(String name);

  /** Every sheet, in workbook order. */
  List<EditedSheet> all();
}
