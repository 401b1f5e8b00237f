package org.scorebook.score;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scorebook.score.IndicatorValueComparators.Comparison;

/**
 * A number in a 指标值 (half-width after normalising, thousands separators, decimals, or Chinese
 * numerals such as {@code 两}, {@code 十一}, {@code 三百}) and the unit written behind it: a known unit
 * ({@code %}, {@code 万元}, {@code 人次}, {@code 工作日} …), possibly with a magnitude in front ({@code
 * 万人次}) and per a second unit ({@code 万元/台}, {@code 次/周}), then a comparison behind ({@code 以上}).
 */
final class IndicatorValueUnits {

  static final String PERCENT = "%";

  private static final List<String> MONEY = List.of("元", "千元", "万元", "亿元");

  private static final List<String> COUNTS =
      List.of(
          "个", "人", "人次", "次", "场", "家", "套", "台", "件", "份", "集", "项", "处", "宗", "栋", "户", "户次",
          "名", "位", "所", "座", "辆", "条", "篇", "本", "册", "期", "批", "张", "部", "间", "床", "棵", "株", "只",
          "头", "课时", "学时", "人天");

  private static final List<String> MEASURES =
      List.of(
          "米", "公里", "千米", "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "公斤", "千克", "m", "km", "m2", "m3",
          "kg");

  /** Spans of time; {@code 个月} and the like are read as the unit without {@code 个}. */
  private static final Set<String> TIME =
      Set.of("年", "月", "季度", "周", "天", "日", "工作日", "小时", "分钟", "秒");

  private static final List<String> OTHERS =
      List.of(PERCENT, "个百分点", "百分点", "分", "个月", "个季度", "个工作日", "个小时");

  private static final Map<String, String> SAME_AS =
      Map.of(
          "个月", "月", "个季度", "季度", "个工作日", "工作日", "个小时", "小时", "m", "米", "km", "公里", "m2", "平方米",
          "m3", "立方米", "kg", "公斤");

  private static final List<String> MAGNITUDES = List.of("万", "亿", "千", "百");

  /** The units without a magnitude in front. */
  private static final Set<String> WRITTEN_BASES = Set.copyOf(bases().toList());

  /** Every unit as it may be written, longest first. */
  private static final List<String> WRITTEN = written();

  private static final Pattern ARABIC =
      Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千]+");

  private static final String CHINESE_DIGITS = "零一二三四五六七八九";

  /**
   * A number at a position with what follows it.
   *
   * @param unit as this class names it ({@code 月} for {@code 个月}); empty when none is written
   * @param behind a comparison written behind the unit ({@code 以上}, {@code 内})
   * @param end the index just after what was read
   */
  record Quantity(BigDecimal value, String unit, Optional<Comparison> behind, int end) {}

  private IndicatorValueUnits() {}

  /**
   * The number at {@code from} with its unit and a comparison behind it, when one stands there. A
   * number in Chinese numerals counts only with a known unit behind it ({@code 两栋}, not {@code
   * 一流}).
   */
  static Optional<Quantity> at(String text, int from) {
    Matcher arabic = ARABIC.matcher(text).region(from, text.length());
    Matcher chinese = CHINESE.matcher(text).region(from, text.length());
    boolean isArabic = arabic.lookingAt();
    if (!isArabic && !chinese.lookingAt()) {
      return Optional.empty();
    }
    Matcher number = isArabic ? arabic : chinese;
    BigDecimal value =
        isArabic ? new BigDecimal(number.group().replace(",", "")) : chineseValue(number.group());
    Optional<UnitAt> unit = unitAt(text, number.end());
    if (!isArabic && unit.isEmpty()) {
      return Optional.empty();
    }
    int end = unit.map(UnitAt::end).orElse(number.end());
    Optional<Comparison> behind = IndicatorValueComparators.behindAt(text, end);
    return Optional.of(
        new Quantity(
            value,
            unit.map(UnitAt::unit).orElse(""),
            behind,
            end + behind.map(c -> c.words().length()).orElse(0)));
  }

  /** Whether {@code text} is nothing, or nothing but a unit ({@code %} after a lone {@code ≥}). */
  static boolean isUnitOnly(String text) {
    return text.isEmpty() || unitAt(text, 0).filter(u -> u.end() == text.length()).isPresent();
  }

  /** Whether {@code text} starts with a unit ({@code 万元} behind what looked like a date). */
  static boolean startsWithUnit(String text) {
    return unitAt(text, 0).isPresent();
  }

  static boolean isTime(String unit) {
    return TIME.contains(unit);
  }

  static boolean isMoney(String unit) {
    return MONEY.stream().anyMatch(unit::startsWith);
  }

  /** A count of things or events, which a frequency counts per period ({@code 次}, {@code 场}). */
  static boolean isCount(String unit) {
    return !unit.isEmpty()
        && !unit.contains("/")
        && !unit.equals(PERCENT)
        && !isMoney(unit)
        && !isTime(unit);
  }

  /** The value of a simple Chinese numeral: {@code 两} 2, {@code 十一} 11, {@code 一百零五} 105. */
  static BigDecimal chineseValue(String numeral) {
    int total = 0;
    int digit = 0;
    for (char c : numeral.replace('两', '二').replace('〇', '零').toCharArray()) {
      int multiplier = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (multiplier == 0) {
        digit = CHINESE_DIGITS.indexOf(c);
      } else {
        total += (digit == 0 ? 1 : digit) * multiplier;
        digit = 0;
      }
    }
    return BigDecimal.valueOf(total + digit);
  }

  private static Optional<UnitAt> unitAt(String text, int from) {
    Optional<String> first = WRITTEN.stream().filter(u -> text.startsWith(u, from)).findFirst();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int end = from + first.get().length();
    String unit = named(first.get());
    if (text.startsWith("/", end)) {
      Optional<String> per = WRITTEN.stream().filter(u -> text.startsWith(u, end + 1)).findFirst();
      if (per.isPresent()) {
        return Optional.of(new UnitAt(unit + "/" + named(per.get()), end + 1 + per.get().length()));
      }
    }
    return Optional.of(new UnitAt(unit, end));
  }

  /**
   * The unit as this class names it: a magnitude stays ({@code 万人次}), a synonym is replaced ({@code
   * 个月} is {@code 月}).
   */
  private static String named(String written) {
    String magnitude =
        MAGNITUDES.stream()
            .filter(m -> written.startsWith(m) && !WRITTEN_BASES.contains(written))
            .findFirst()
            .orElse("");
    String base = written.substring(magnitude.length());
    return magnitude + SAME_AS.getOrDefault(base, base);
  }

  private static Stream<String> bases() {
    return Stream.of(
            MONEY.stream(), COUNTS.stream(), MEASURES.stream(), TIME.stream(), OTHERS.stream())
        .flatMap(s -> s);
  }

  private static List<String> written() {
    Stream<String> magnified =
        MAGNITUDES.stream().flatMap(m -> Stream.concat(Stream.of(m), bases().map(b -> m + b)));
    return Stream.concat(bases(), magnified)
        .filter(u -> !u.equals("千") && !u.equals("百"))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private record UnitAt(String unit, int end) {}
}
