package org.scorebook.save;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.write.Cells;
import org.scorebook.write.ChangedSheets;
import org.scorebook.write.EditedSheet;
import org.scorebook.write.EditedSheets;

/** The sheets of a workbook loaded into POI, each changed one marked in {@link ChangedSheets}. */
public final class PoiSheets implements EditedSheets {
  private final Workbook workbook;
  private final ChangedSheets changed;
  private final Map<Sheet, PoiSheet> wrapped = new IdentityHashMap<>();

  public PoiSheets(Workbook workbook, ChangedSheets changed) {
    this.workbook = workbook;
    this.changed = changed;
  }

  @Override
  public Optional<EditedSheet> find(String name) {
    return Cells.findSheet(workbook, name).map(this::of);
  }

  @Override
  public List<EditedSheet> all() {
    List<EditedSheet> sheets = new ArrayList<>();
    workbook.forEach(sheet -> sheets.add(of(sheet)));
    return sheets;
  }

  private PoiSheet of(Sheet sheet) {
    return wrapped.computeIfAbsent(sheet, s -> new PoiSheet(s, changed));
  }
}
