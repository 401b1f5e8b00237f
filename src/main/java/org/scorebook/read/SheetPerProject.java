package org.scorebook.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * A form that budget systems export one project per sheet, read as such: every sheet that holds the
 * form is a project. A sheet still blank, or one its kind cannot read, and sheets holding the
 * budget cycle's other forms, are each named once in a note on the first project; when no sheet can
 * be read, the first one's reason is the workbook's.
 */
public final class SheetPerProject {
  private SheetPerProject() {}

  /** Reads one sheet of the form: its project, empty while nothing has been filled in. */
  @FunctionalInterface
  public interface SheetReader {
    Optional<Evaluation> readUnlessBlank(GridSheet sheet) throws UnreadableWorkbookException;
  }

  /**
   * The message keys a kind says its notes with.
   *
   * @param blankSheet a blank sheet, by its name: 「工作表「{0}」是一张还没有填写的…」
   * @param sheetNotRead a sheet not read, by its name and the reason
   * @param blank the reason of a workbook of blank forms only
   * @param otherForms the other forms' sheets, listed
   * @param noForm the reason of a workbook without any form sheet
   */
  public record Notes(
      String blankSheet, String sheetNotRead, String blank, String otherForms, String noForm) {}

  /**
   * The projects of {@code formSheets}, each read by {@code reader}, with the notes on the first.
   *
   * @param otherForms the names of the sheets that hold the cycle's other forms
   */
  public static List<Evaluation> readAll(
      List<GridSheet> formSheets, List<String> otherForms, SheetReader reader, Notes keys)
      throws UnreadableWorkbookException {
    List<Evaluation> projects = new ArrayList<>();
    List<Message> notes = new ArrayList<>();
    UnreadableWorkbookException firstReason = null;
    for (GridSheet sheet : formSheets) {
      try {
        Optional<Evaluation> read = reader.readUnlessBlank(sheet);
        if (read.isPresent()) {
          projects.add(read.get());
          continue;
        }
        notes.add(note(sheet.name(), Text.get(keys.blankSheet(), sheet.name())));
        firstReason = firstReason != null ? firstReason : noIndicators(keys.blank());
      } catch (UnreadableWorkbookException e) {
        notes.add(note(sheet.name(), Text.get(keys.sheetNotRead(), sheet.name(), e.getMessage())));
        firstReason = firstReason != null ? firstReason : e;
      }
    }
    if (projects.isEmpty()) {
      throw firstReason != null ? firstReason : noIndicators(keys.noForm());
    }
    if (!otherForms.isEmpty()) {
      String listed = String.join(Text.get("read.form.sheetSeparator"), otherForms);
      notes.add(note(otherForms.get(0), Text.get(keys.otherForms(), listed)));
    }
    projects.set(0, projects.get(0).withNotes(notes));
    return List.copyOf(projects);
  }

  private static UnreadableWorkbookException noIndicators(String key) {
    return UnreadableWorkbookException.noIndicators(Text.get(key));
  }

  private static Message note(String sheet, String text) {
    return Message.warning(CellRef.sheet(sheet), "", text);
  }
}
