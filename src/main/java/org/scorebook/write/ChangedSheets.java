package org.scorebook.write;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The sheets one run of the writer changed in any way (a cell, a style, a comment, a rule, a cached
 * value, whether the tab is selected). Saving copies every other sheet's part as it came; so a
 * sheet left out of here loses what was written to it, while one added needlessly only loses its
 * original bytes. When in doubt, add.
 */
public final class ChangedSheets {
  private final Set<Sheet> sheets = Collections.newSetFromMap(new IdentityHashMap<>());

  public void add(Sheet sheet) {
    sheets.add(sheet);
  }

  public boolean contains(Sheet sheet) {
    return sheets.contains(sheet);
  }
}
