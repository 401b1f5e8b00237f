package org.scorebook.read;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.scorebook.model.SheetNames;

/**
 * How sheet names, labels and headers are compared: after trimming and normalising what users vary.
 */
public final class Labels {
  private static final Pattern TRAILING_UNIT = Pattern.compile("[(（][^()（）]*[)）]$");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");

  private Labels() {}

  /** Trims half- and full-width spaces (and no-break spaces), leaving everything else as typed. */
  public static String trim(String text) {
    return SheetNames.trim(text);
  }

  /**
   * A label or header as the contract compares it: trimmed, with a trailing colon and a trailing
   * unit in brackets of either width dropped: {@code 预算金额（万元）} is {@code 预算金额}.
   */
  public static String label(String text) {
    String label = trim(text);
    label = trim(TRAILING_COLON.matcher(label).replaceFirst(""));
    return trim(TRAILING_UNIT.matcher(label).replaceFirst(""));
  }

  /**
   * The unit in brackets at the end of a label, without the brackets: {@code 元} for {@code
   * 预算金额（元）}; empty when there is none.
   */
  public static String unit(String text) {
    String label = trim(TRAILING_COLON.matcher(trim(text)).replaceFirst(""));
    var unit = TRAILING_UNIT.matcher(trim(label));
    return unit.find() ? trim(unit.group().substring(1, unit.group().length() - 1)) : "";
  }

  /** NFKC folds full-width letters, digits and punctuation to their half-width forms. */
  public static String halfWidth(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** A label with every kind of space taken out: forms spread labels as {@code 项 目 名 称}. */
  public static String compact(String text) {
    return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
  }
}
