package org.scorebook.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words and symbols that say which way a 指标值 points, in front of the number ({@code ≥}, {@code
 * 不超过}) or behind it ({@code 以上}, {@code 以内}, {@code 内}), with the typos seen in real forms ({@code
 * 》} for ≥, {@code 不超过过}).
 */
final class IndicatorValueComparators {

  /** A comparison symbol; the ones a 指标值 may only carry in front of its number. */
  static final Pattern SYMBOL = Pattern.compile("[<>=≤≥≦≧》]");

  /** A word or symbol with the way it points; {@code strict} for {@code >} and {@code <}. */
  record Comparison(String words, Direction direction, boolean strict) {
    boolean isSymbol() {
      return SYMBOL.matcher(words).find();
    }
  }

  private static final List<Comparison> IN_FRONT =
      longestFirst(
          Stream.of(
                  ">=", "=>", "≥", "≧", "》", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "至少", "达到", "达")
              .map(words -> new Comparison(words, Direction.HIGHER, false)),
          Stream.of(">", "大于", "高于", "超过", "多于")
              .map(words -> new Comparison(words, Direction.HIGHER, true)),
          Stream.of(
                  "<=", "=<", "≤", "≦", "小于等于", "小于或等于", "不超过过", "不超过", "不超", "不高于", "不大于", "不多于",
                  "至多", "控制在")
              .map(words -> new Comparison(words, Direction.LOWER, false)),
          Stream.of("<", "小于", "低于", "少于")
              .map(words -> new Comparison(words, Direction.LOWER, true)),
          Stream.of("==", "=", "等于").map(words -> new Comparison(words, Direction.EQUAL, false)));

  private static final List<Comparison> BEHIND =
      longestFirst(
          Stream.of("及以上", "以上").map(words -> new Comparison(words, Direction.HIGHER, false)),
          Stream.of("及以下", "以下", "以内", "之内", "内")
              .map(words -> new Comparison(words, Direction.LOWER, false)));

  private IndicatorValueComparators() {}

  /** The comparison written at {@code from} in front of a number. */
  static Optional<Comparison> inFrontAt(String text, int from) {
    return IN_FRONT.stream().filter(c -> text.startsWith(c.words(), from)).findFirst();
  }

  /** The comparison that ends {@code text}, just before a number taken out of prose. */
  static Optional<Comparison> endOf(String text) {
    return IN_FRONT.stream().filter(c -> text.endsWith(c.words())).findFirst();
  }

  /** The comparison written at {@code from} behind a number and its unit. */
  static Optional<Comparison> behindAt(String text, int from) {
    return BEHIND.stream().filter(c -> text.startsWith(c.words(), from)).findFirst();
  }

  /**
   * Longest first, so that {@code 不低于} is found before {@code 低于} and {@code >=} before {@code >}.
   */
  @SafeVarargs
  private static List<Comparison> longestFirst(Stream<Comparison>... groups) {
    List<Comparison> all = new ArrayList<>();
    Stream.of(groups).flatMap(group -> group).forEach(all::add);
    all.sort(Comparator.comparingInt((Comparison c) -> c.words().length()).reversed());
    return List.copyOf(all);
  }
}
