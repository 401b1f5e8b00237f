package org.scorebook.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * Writes Scorebook's numbers into cells where the evaluator may have typed formulas of their own. A
 * formula that already gives the number, at the decimals the cell shows, stays: the workbook's
 * recalculation brings its cached value up to date. One that gives another number, or none (a
 * {@code #REF!}), is replaced by the number, and a note at the cell quotes it: what the user typed
 * never changes silently.
 */
final class ResultCells {
  private final List<Note> notes = new ArrayList<>();

  /** A note about a cell's formula, with the formula it quotes (as typed, with its {@code =}). */
  private record Note(Message message, String formula) {}

  /**
   * Writes {@code value} with {@code format} at the cell, compared at {@code places} decimals with
   * what a formula there gives; {@code code} is the indicator the cell belongs to ("" for none).
   */
  void number(
      EditedSheet sheet, int row, int column, double value, int format, int places, String code) {
    Optional<String> formula = sheet.formula(row, column);
    if (formula.isPresent()) {
      OptionalDouble gives = sheet.calculated(row, column);
      if (gives.isPresent() && same(gives.getAsDouble(), value, places)) {
        sheet.setFormat(row, column, format);
        return;
      }
      CellRef at = CellRef.of(sheet.name(), row, column);
      Message note = Message.warning(at, code, replaced(formula.get(), gives, value, places));
      notes.add(new Note(note, "=" + formula.get()));
    }
    sheet.setNumber(row, column, value, format);
  }

  /** Notes a cell of a total row whose formula gives no number: the printed form shows an error. */
  void noteError(EditedSheet sheet, int row, int column) {
    CellRef at = CellRef.of(sheet.name(), row, column);
    Optional<String> formula = sheet.formula(row, column).map(f -> "=" + f);
    String text =
        formula
            .map(f -> Text.get("write.formula.errorShown", f))
            .orElseGet(() -> Text.get("write.formula.errorValue"));
    notes.add(new Note(Message.warning(at, "", text), formula.orElse("")));
  }

  /**
   * The notes of the formulas replaced, but none for a cell where {@code messages} already quote
   * the formula as 「=…」 (a broken 总分 the reader reported).
   */
  List<Message> notesBeside(List<Message> messages) {
    return notes.stream()
        .filter(note -> !quotedAlready(note, messages))
        .map(Note::message)
        .toList();
  }

  private static boolean quotedAlready(Note note, List<Message> messages) {
    return !note.formula().isEmpty()
        && messages.stream()
            .anyMatch(
                m ->
                    m.where().equals(note.message().where())
                        && m.problem().contains("「" + note.formula() + "」"));
  }

  private static boolean same(double given, double value, int places) {
    return Decimals.round(given, places) == Decimals.round(value, places);
  }

  private static String replaced(String formula, OptionalDouble gives, double value, int places) {
    String shown = shown(value, places);
    if (gives.isEmpty()) {
      return Text.get("write.formula.noNumber", "=" + formula, shown);
    }
    return Text.get(
        "write.formula.replaced", "=" + formula, shown(gives.getAsDouble(), places), shown);
  }

  private static String shown(double value, int places) {
    return Decimals.plain(Decimals.round(value, places));
  }
}
