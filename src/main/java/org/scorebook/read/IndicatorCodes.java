package org.scorebook.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The styles people write indicator codes in, turned into the letter codes the rules and the scorer
 * read ({@code A}, {@code A1}, {@code A1.1}):
 *
 * <ul>
 *   <li>letters: {@code A}, {@code A1}, {@code B1.1.2}, as the template has them (kept as they
 *       are);
 *   <li>digits: {@code 1}, {@code 1.1}, {@code 1.1.1}: the level is the number of groups and the
 *       code says its parent ({@code 2.1.3} is {@code B1.3});
 *   <li>outline numbering: {@code 一、} (level 1), {@code （一）} (2), {@code 1.} or {@code 1、} (3),
 *       {@code （1）} (4): the numbers restart under each parent, so the parent is the nearest row
 *       above of the level above ({@code 一、 （二） 1.} is {@code A2.1}).
 * </ul>
 *
 * <p>One reader per sheet: it remembers the style of the first row it recognised and the open
 * indicator of each outline level.
 */
public final class IndicatorCodes {
  public enum Style {
    LETTERS("A、A1、A1.1"),
    DIGITS("1、1.1、1.1.1"),
    OUTLINE("一、（一）1.（1）");

    private final String example;

    Style(String example) {
      this.example = example;
    }

    public String example() {
      return example;
    }
  }

  private static final Pattern LETTERS = Pattern.compile("[A-Z](\\d+(\\.\\d+)*)?");
  private static final Pattern DIGITS = Pattern.compile("(\\d+)((\\.\\d+)*)\\.?");
  private static final String CHINESE = "[一二三四五六七八九十百零〇]+";
  private static final Pattern OUTLINE_1 = Pattern.compile("(" + CHINESE + ")[、.,]\\s*(.*)");
  private static final Pattern OUTLINE_2 = Pattern.compile("\\((" + CHINESE + ")\\)[、.]?\\s*(.*)");
  private static final Pattern OUTLINE_3 = Pattern.compile("(\\d+)[、.](?!\\d)\\s*(.*)");
  private static final Pattern OUTLINE_4 = Pattern.compile("\\((\\d+)\\)[、.]?\\s*(.*)");
  private static final Pattern[] OUTLINE = {OUTLINE_1, OUTLINE_2, OUTLINE_3, OUTLINE_4};

  /**
   * A code as read.
   *
   * @param code the letter code, or the cleaned text when it is in no known style (the rules then
   *     say it is malformed)
   * @param style empty for text in no known style
   * @param name text written after outline numbering in the same cell ({@code 一、项目决策}), or empty
   * @param noParent an outline number with no row of the level above before it
   */
  public record Reading(String code, Optional<Style> style, String name, boolean noParent) {}

  private Style sheetStyle;
  private final String[] open = new String[OUTLINE.length + 1];

  /** The style of the first row read in a known style; empty before. */
  public Optional<Style> sheetStyle() {
    return Optional.ofNullable(sheetStyle);
  }

  /** Reads one row's code, in sheet order. */
  public Reading read(String typed) {
    String cleaned = Labels.trim(Labels.halfWidth(typed));
    String upper = cleaned.toUpperCase(Locale.ROOT);
    Reading reading = readAs(cleaned, upper);
    if (sheetStyle == null && reading.style().isPresent()) {
      sheetStyle = reading.style().get();
    }
    return reading;
  }

  private Reading readAs(String cleaned, String upper) {
    if (LETTERS.matcher(upper).matches()) {
      return new Reading(upper, Optional.of(Style.LETTERS), "", false);
    }
    Matcher digits = DIGITS.matcher(cleaned);
    if (digits.matches() && (!digits.group(2).isEmpty() || !cleaned.endsWith("."))) {
      return fromDigits(cleaned, digits);
    }
    for (int level = 1; level <= OUTLINE.length; level++) {
      Matcher outline = OUTLINE[level - 1].matcher(cleaned);
      if (outline.matches()) {
        return fromOutline(cleaned, level, outline.group(1), outline.group(2));
      }
    }
    return new Reading(upper, Optional.empty(), "", false);
  }

  private static Reading fromDigits(String cleaned, Matcher digits) {
    int top = Integer.parseInt(digits.group(1).length() > 3 ? "0" : digits.group(1));
    if (top < 1 || top > 26) {
      return new Reading(cleaned, Optional.of(Style.DIGITS), "", false);
    }
    String rest = digits.group(2);
    String code = letter(top) + (rest.isEmpty() ? "" : rest.substring(1));
    return new Reading(code, Optional.of(Style.DIGITS), "", false);
  }

  private Reading fromOutline(String cleaned, int level, String numberText, String name) {
    int number = level >= 3 ? arabic(numberText) : chinese(numberText);
    String parent = level == 1 ? "" : open[level - 1];
    for (int deeper = level; deeper < open.length; deeper++) {
      open[deeper] = null;
    }
    if (number < 1 || (level == 1 && number > 26)) {
      return new Reading(cleaned, Optional.of(Style.OUTLINE), name, false);
    }
    if (parent == null) {
      return new Reading(cleaned, Optional.of(Style.OUTLINE), name, true);
    }
    String code =
        switch (level) {
          case 1 -> letter(number);
          case 2 -> parent + number;
          default -> parent + "." + number;
        };
    open[level] = code;
    return new Reading(code, Optional.of(Style.OUTLINE), name, false);
  }

  private static String letter(int number) {
    return String.valueOf((char) ('A' + number - 1));
  }

  private static int arabic(String text) {
    return text.length() > 3 ? 0 : Integer.parseInt(text);
  }

  /** 一 … 九十九; 0 for anything else. */
  public static int chinese(String text) {
    String digits = "零一二三四五六七八九";
    if (text.length() == 1) {
      return text.equals("十") ? 10 : Math.max(digits.indexOf(text.charAt(0)), 0);
    }
    int ten = text.indexOf('十');
    if (ten < 0 || text.indexOf('十', ten + 1) >= 0 || ten > 1 || text.length() > 3) {
      return 0;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0));
    int units = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1));
    return tens < 1 || units < 0 ? 0 : tens * 10 + units;
  }
}
