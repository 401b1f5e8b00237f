package org.scorebook.write;

import java.util.stream.Stream;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.style.TextWidth;

/**
 * The score sheet's column widths, in characters, from what the columns will hold (a CJK character
 * counts two). {@code autoSizeColumn} is not used: it needs fonts, which a headless server may not
 * have.
 */
final class ScoreSheetWidths {
  /** Characters an indent level takes, roughly, in Excel and LibreOffice. */
  static final int INDENT_CHARS = 3;

  private static final int PAD = 2;

  private ScoreSheetWidths() {}

  static String indentPad(int level) {
    return " ".repeat(INDENT_CHARS * Math.max(0, level - 1));
  }

  /** Widths of columns A to E. */
  static int[] of(Scorecard card) {
    return new int[] {
      clamp(
          widest(
              Stream.concat(
                  card.indicators().stream().map(ScoredIndicator::code),
                  Stream.of(
                      Text.get("scoresheet.project.budget"),
                      Text.get("scoresheet.project.executionRate"),
                      Text.get("scoresheet.msg.index")))),
          10,
          20),
      clamp(widest(card.indicators().stream().map(i -> indentPad(i.level()) + i.name())), 30, 46),
      10,
      clamp(widest(card.messages().stream().map(m -> m.where().toString())), 11, 22),
      clamp(
          widest(
              Stream.concat(
                  card.messages().stream().map(Message::code),
                  Stream.of(Text.get("scoresheet.col.rate")))),
          12,
          14),
    };
  }

  private static int widest(Stream<String> texts) {
    return texts.mapToInt(TextWidth::displayWidth).max().orElse(0) + PAD;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
