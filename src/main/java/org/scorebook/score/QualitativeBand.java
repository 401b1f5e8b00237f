package org.scorebook.score;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.Decimals;
import org.scorebook.model.Text;

/**
 * The three bands a qualitative leaf of the self-evaluation form is scored in by hand, as shares of
 * its 分值; each band's lower bound is included, only the top band includes its upper bound.
 */
public enum QualitativeBand {
  ACHIEVED("达成年度指标", "0.8", "1", "达成"),
  PARTLY_ACHIEVED("部分达成年度指标并具有一定效果", "0.6", "0.8", "部分达成", "部分达成年度指标"),
  NOT_ACHIEVED("未达成年度指标且效果较差", "0", "0.6", "未达成", "未达成年度指标");

  private final String words;
  private final BigDecimal from;
  private final BigDecimal to;
  private final List<String> shortForms;

  QualitativeBand(String words, String from, String to, String... shortForms) {
    this.words = words;
    this.from = new BigDecimal(from);
    this.to = new BigDecimal(to);
    this.shortForms = List.of(shortForms);
  }

  /** The band's full words as the filling notes write them: {@code 达成年度指标} … */
  public String words() {
    return words;
  }

  /**
   * The band 实际完成值 names, by its full words or short form; 实际完成值 repeating the 年度指标值 counts as 达成.
   * Empty when it names none (the typed 得分 then stands unchecked).
   */
  public static Optional<QualitativeBand> of(String actual, String target) {
    String named = plain(actual);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    if (named.equals(plain(target))) {
      return Optional.of(ACHIEVED);
    }
    return Arrays.stream(values())
        .filter(band -> band.words.equals(named) || band.shortForms.contains(named))
        .findFirst();
  }

  /** Whether {@code score} lies in this band of {@code full}. */
  public boolean allows(double score, double full) {
    BigDecimal typed = BigDecimal.valueOf(score);
    BigDecimal lowest = from.multiply(BigDecimal.valueOf(full));
    BigDecimal limit = to.multiply(BigDecimal.valueOf(full));
    return typed.compareTo(lowest) >= 0
        && (this == ACHIEVED ? typed.compareTo(limit) <= 0 : typed.compareTo(limit) < 0);
  }

  /** The sentence for a typed 得分 outside this band; empty when it lies inside. */
  public Optional<String> problem(double score, double full) {
    if (allows(score, full)) {
      return Optional.empty();
    }
    String lowest = Decimals.plain(from.multiply(BigDecimal.valueOf(full)).doubleValue());
    String limit = Decimals.plain(to.multiply(BigDecimal.valueOf(full)).doubleValue());
    String range =
        this == ACHIEVED
            ? Text.get("score.target.bandRange.closed", lowest, limit)
            : Text.get("score.target.bandRange.halfOpen", lowest, limit);
    return Optional.of(Text.get("score.target.outsideBand", Decimals.plain(score), words, range));
  }

  private static String plain(String text) {
    return Units.normalise(text).replaceAll("[。.，,；;！!]+$", "");
  }
}
