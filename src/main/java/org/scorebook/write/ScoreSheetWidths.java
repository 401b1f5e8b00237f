package org.scorebook.write;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.scorebook.model.IndicatorRow;
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

  /** Bold digits take up to a sixth more room than the plain digits a width counts. */
  private static final double BOLD = 1.15;

  /**
   * A column of scores and rates: the widest, a bold total of {@code 100.00%}, with room to spare,
   * so that no font shows ###.
   */
  static final int NUMBER = (int) Math.ceil((TextWidth.displayWidth("100.00%") + PAD) * BOLD);

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

  /**
   * Widths of the self-evaluation form's columns: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 得分率 and
   * 偏差原因分析及改进措施 (see {@link ScoreSheetTables.FormColumns}). Names fit on one line up to a cap;
   * longer texts wrap and their rows grow.
   */
  static int[] form(Scorecard card) {
    Function<ScoredIndicator, Optional<IndicatorRow>> rows = ScoreSheetTables.sources(card);
    List<ScoredIndicator> leaves =
        card.indicators().stream().filter(i -> i.leaf() && i.level() > 1).toList();
    return new int[] {
      clamp(
          widest(
              Stream.concat(
                  card.levelOne().stream().map(ScoredIndicator::name),
                  Stream.of(
                      Text.get("scoresheet.form.col.levelOne"),
                      Text.get("scoresheet.project.department")))),
          12,
          16),
      clamp(
          widest(
              Stream.concat(
                  card.indicators().stream()
                      .filter(i -> !i.leaf() && i.level() == 2)
                      .map(ScoredIndicator::name),
                  Stream.of(Text.get("scoresheet.form.col.levelTwo")))),
          12,
          20),
      clamp(widest(leaves.stream().map(ScoredIndicator::name)), 14, 28),
      clamp(widest(texts(leaves, rows, IndicatorRow::targetText)), 12, 18),
      clamp(widest(texts(leaves, rows, IndicatorRow::actualText)), 12, 18),
      NUMBER,
      // 得分 also carries the right half of a message's 位置 (项目支出绩效自评表!H24), which 分值 starts.
      Math.max(NUMBER, widest(card.messages().stream().map(m -> m.where().toString())) - NUMBER),
      NUMBER,
      clamp(widest(texts(leaves, rows, IndicatorRow::reason)), 26, 36),
    };
  }

  private static Stream<String> texts(
      List<ScoredIndicator> leaves,
      Function<ScoredIndicator, Optional<IndicatorRow>> rows,
      Function<IndicatorRow, String> text) {
    return leaves.stream().map(rows).flatMap(Optional::stream).map(text).map(String::strip);
  }

  private static int widest(Stream<String> texts) {
    return texts.mapToInt(TextWidth::displayWidth).max().orElse(0) + PAD;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
