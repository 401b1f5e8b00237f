package org.scorebook.partsave;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.scorebook.aids.SheetContent;
import org.scorebook.aids.SheetXmlContent;

/**
 * What a sheet holds once a {@link SheetXmlPatch} is applied to it, without applying it: the
 * sheet's own cells with those the patch writes in their places, each read as {@link
 * SheetXmlContent} reads it from the patched part. A cell whose format alone changes keeps what it
 * holds; the filter and the panes are the sheet's own.
 */
final class PatchedContent implements SheetContent {
  private final SheetContent before;
  private final SheetContent written;
  private final Map<Integer, Set<Integer>> formatOnly;

  private PatchedContent(
      SheetContent before, SheetContent written, Map<Integer, Set<Integer>> formatOnly) {
    this.before = before;
    this.written = written;
    this.formatOnly = formatOnly;
  }

  /**
   * The content of the worksheet part {@code sheet} as {@code patch} leaves it, its cells as they
   * stand in the patch now.
   */
  static SheetContent of(byte[] sheet, SheetXmlPatch patch, List<String> sharedStrings)
      throws IOException {
    return new PatchedContent(
        SheetXmlContent.read(sheet, sharedStrings),
        SheetXmlContent.read(patch.cellsPart(), sharedStrings),
        patch.formatOnlyCells());
  }

  @Override
  public Optional<List<Cell>> row(int row) {
    Optional<List<Cell>> own = before.row(row);
    Optional<List<Cell>> changed = written.row(row);
    if (changed.isEmpty()) {
      return own;
    }
    TreeMap<Integer, Cell> cells = new TreeMap<>();
    own.ifPresent(list -> list.forEach(cell -> cells.put(cell.column(), cell)));
    for (Cell cell : changed.get()) {
      boolean formatAlone = formatOnly.getOrDefault(row, Set.of()).contains(cell.column());
      if (!(formatAlone && cells.containsKey(cell.column()))) {
        cells.put(cell.column(), cell);
      }
    }
    return Optional.of(new ArrayList<>(cells.values()));
  }

  @Override
  public boolean hasAutoFilter() {
    return before.hasAutoFilter();
  }

  @Override
  public boolean hasPanes() {
    return before.hasPanes();
  }
}
