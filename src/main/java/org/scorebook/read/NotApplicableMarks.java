package org.scorebook.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.NotApplicableRow;
import org.scorebook.model.Text;

/**
 * What units type in a cell to say an indicator does not apply to their project: the words 不适用, 不涉及
 * or N/A, or a placeholder: a slash, a dash of any width or length, 无. Compared after removing
 * spaces and folding full-width forms ({@code ／}, {@code －}) to half-width.
 */
public final class NotApplicableMarks {
  private static final Set<String> WORDS = Set.of("不适用", "不涉及", "N/A");
  private static final Set<String> PLACEHOLDERS = Set.of("/", "-", "--", "—", "——", "–", "––", "无");

  private NotApplicableMarks() {}

  /** Whether {@code text} is one of the marks, a word or a placeholder. */
  public static boolean isMark(String text) {
    String mark = normalised(text);
    return WORDS.contains(mark) || PLACEHOLDERS.contains(mark);
  }

  /** Whether {@code text} spells out that the indicator does not apply: 不适用, 不涉及, N/A. */
  public static boolean isWord(String text) {
    return WORDS.contains(normalised(text));
  }

  /** Whether {@code text} is 无, which in a 实际完成值 may also mean "none happened". */
  public static boolean isNone(String text) {
    return normalised(text).equals("无");
  }

  /**
   * The one note that lists every row marked not applicable, at {@code firstMark}; nothing when no
   * row is marked ({@code firstMark} null).
   */
  public static void addNote(
      CellRef firstMark, List<NotApplicableRow> rows, List<Message> messages) {
    if (firstMark != null) {
      messages.add(
          Message.warning(
              firstMark, "", Text.get("read.notApplicable", NotApplicableRow.rowNumbers(rows))));
    }
  }

  private static String normalised(String text) {
    return Labels.compact(Labels.halfWidth(text)).toUpperCase(Locale.ROOT);
  }
}
